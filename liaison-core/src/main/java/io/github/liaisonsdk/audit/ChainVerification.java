package io.github.liaisonsdk.audit;

import java.util.Optional;

/**
 * The result of verifying the audit chain. Verification never throws on what it finds stored: an event that does
 * not parse, a column that disagrees with its document, a gap, an insertion or a reordering is reported here, by
 * sequence number, with what is wrong. Value-based and immutable.
 *
 * @param intact whether the chain is sound from where verification started to its end
 * @param verifiedEvents how many events were verified before the end or the first break
 * @param headSequence the sequence number of the last verified event, or where verification started
 * @param headHash the hash of the last verified event: export it, with {@link #checkpoint()}, to anchor the chain
 *     outside the database
 * @param brokenAt the sequence number of the first event that breaks the chain, or 0
 * @param problem what is wrong there, in plain English, or an empty string; never the event's content
 */
public record ChainVerification(
    boolean intact,
    long verifiedEvents,
    long headSequence,
    String headHash,
    long brokenAt,
    String problem) {

  /**
   * A chain found intact.
   *
   * @param events how many events were verified
   * @param head the last event's checkpoint
   * @return the result
   */
  public static ChainVerification intact(long events, ChainCheckpoint head) {
    return new ChainVerification(true, events, head.sequence(), head.hash(), 0, "");
  }

  /**
   * A chain found broken.
   *
   * @param verified how many events were verified before the break
   * @param lastGood the checkpoint of the last sound event before the break
   * @param at the sequence number of the first event that breaks it
   * @param problem what is wrong there
   * @return the result
   */
  public static ChainVerification broken(
      long verified, ChainCheckpoint lastGood, long at, String problem) {
    return new ChainVerification(
        false, verified, lastGood.sequence(), lastGood.hash(), at, problem);
  }

  /**
   * Where the chain breaks.
   *
   * @return the first bad sequence number, if the chain is broken
   */
  public Optional<Long> firstBrokenEvent() {
    return intact ? Optional.empty() : Optional.of(brokenAt);
  }

  /**
   * The checkpoint to keep outside the database and verify from next time.
   *
   * @return the head's checkpoint, if the chain is intact
   */
  public Optional<ChainCheckpoint> checkpoint() {
    return intact ? Optional.of(new ChainCheckpoint(headSequence, headHash)) : Optional.empty();
  }
}
