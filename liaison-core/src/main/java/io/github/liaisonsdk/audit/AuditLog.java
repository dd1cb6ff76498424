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
   * Walks the whole chain, checking each event's sequence, link and hash.
   *
   * @return whether the chain is intact and, if not, where it breaks
   */
  ChainVerification verify();
}
