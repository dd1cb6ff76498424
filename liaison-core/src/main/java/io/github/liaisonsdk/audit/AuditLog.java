package io.github.liaisonsdk.audit;

import java.util.List;

/**
 * The school's audit trail, read-only: every decision, write, restricted read and workflow step the facade took,
 * hash-chained so that a change, a removal or a reordering is detected. Events hold ids, outcomes and clause ids,
 * never confidential text. Only the facade appends to it.
 *
 * <p>Implementations are thread-safe.
 */
public interface AuditLog {

  /**
   * Reads events in order.
   *
   * @param fromSequence the first sequence number wanted, from 1
   * @param limit the most events to return
   * @return the events, oldest first; fewer than {@code limit} at the end of the trail
   */
  List<AuditEvent> read(long fromSequence, int limit);

  /**
   * Walks the whole chain from its first event, checking each stored event's document, columns, sequence, link
   * and hash. Never throws on what it finds stored.
   *
   * @return whether the chain is intact and, if not, where it breaks and why
   */
  ChainVerification verify();

  /**
   * Verifies the chain from a checkpoint kept outside the database: the event at the checkpoint must still carry
   * its hash, and every event after it must follow. A trail that now ends before the checkpoint was cut short.
   *
   * @param from a checkpoint from an earlier verification ({@link ChainVerification#checkpoint()}), or
   *     {@link ChainCheckpoint#GENESIS}
   * @return whether the chain is intact from there and, if not, where it breaks and why
   */
  ChainVerification verify(ChainCheckpoint from);

  /**
   * The checkpoint of the latest event, read without walking the chain.
   *
   * @return the head's sequence number and hash, or {@link ChainCheckpoint#GENESIS} for an empty trail
   */
  ChainCheckpoint head();
}
