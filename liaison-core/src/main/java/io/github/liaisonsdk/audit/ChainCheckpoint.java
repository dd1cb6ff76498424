package io.github.liaisonsdk.audit;

import io.github.liaisonsdk.internal.Hashing;

/**
 * A point on the audit chain: an event's sequence number and hash. Export the head's checkpoint somewhere the
 * database's administrators cannot write (a signed e-mail, a write-once bucket, the group's own system) and verify
 * from it later with {@link AuditLog#verify(ChainCheckpoint)}: a trail cut short before it, or changed at or after
 * it, is found without walking the events before it. Value-based and immutable.
 *
 * @param sequence the event's number, or 0 for the start of an empty chain
 * @param hash the event's hash, or 64 zeros for the start
 */
public record ChainCheckpoint(long sequence, String hash) {
  /** The start of every chain, before its first event. */
  public static final ChainCheckpoint GENESIS = new ChainCheckpoint(0, Hashing.GENESIS);

  /**
   * Checks the checkpoint's shape.
   *
   * @param sequence at least 0
   * @param hash 64 lower-case hex digits; 64 zeros exactly when the sequence is 0
   * @throws IllegalArgumentException if either is malformed
   */
  public ChainCheckpoint {
    if (sequence < 0
        || !Hashing.isSha256(hash)
        || (sequence == 0) != hash.equals(Hashing.GENESIS)) {
      throw new IllegalArgumentException(
          "a checkpoint is a sequence number from 0 and a 64-digit lower-case hex"
              + " hash, all zeros exactly at sequence 0");
    }
  }

  /**
   * The checkpoint just after an event.
   *
   * @param event the event
   * @return its sequence number and hash
   */
  public static ChainCheckpoint of(AuditEvent event) {
    return new ChainCheckpoint(event.sequence(), event.hash());
  }
}
