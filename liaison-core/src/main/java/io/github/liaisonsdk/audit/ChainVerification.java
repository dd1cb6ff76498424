package io.github.liaisonsdk.audit;

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

  /**
   * A chain found intact.
   *
   * @param events how many events were verified
   * @param headHash the hash of the last one
   * @return the result
   */
  public static ChainVerification intact(long events, String headHash) {
    return new ChainVerification(true, events, headHash, 0, "");
  }

  /**
   * A chain found broken.
   *
   * @param verified how many events were verified before the break
   * @param at the sequence number of the first event that breaks it
   * @param problem what is wrong there
   * @return the result
   */
  public static ChainVerification broken(long verified, long at, String problem) {
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
