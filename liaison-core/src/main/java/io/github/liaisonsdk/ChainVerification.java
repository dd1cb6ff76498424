package io.github.liaisonsdk;

import java.util.Optional;

/**
 * The result of verifying the audit chain. Value-based and immutable.
 *
 * @param intact whether the whole chain is sound
 * @param verifiedEvents how many events were verified before the end or the first break
 * @param headHash the hash of the last verified event: export it to anchor the chain outside the database
 * @param brokenAt the sequence number of the first event that breaks the chain, or 0
 * @param problem what is wrong there, or an empty string
 */
public record ChainVerification(boolean intact, long verifiedEvents, String headHash, long brokenAt,
    String problem) {

  static ChainVerification intact(long events, String headHash) {
    return new ChainVerification(true, events, headHash, 0, "");
  }

  static ChainVerification broken(long verified, long at, String problem) {
    return new ChainVerification(false, verified, "", at, problem);
  }

  /**
   * Where the chain breaks.
   *
   * @return the first bad sequence number, if the chain is broken
   */
  public Optional<Long> firstBrokenEvent() {
    return intact ? Optional.empty() : Optional.of(brokenAt);
  }
}
