package io.github.liaisonsdk.port;

import io.github.liaisonsdk.audit.AuditEvent;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit trail. Events are numbered 1, 2, 3, ... without gaps; appending a number that is not
 * exactly one more than the head is refused, which serialises concurrent appenders. Implementations are
 * thread-safe.
 */
public interface AuditEventRepository {

  /**
   * Appends an event.
   *
   * @param event the event, numbered one more than the head
   * @throws ConcurrentUpdateException if the number is taken or leaves a gap
   */
  void append(AuditEvent event);

  /**
   * The latest event.
   *
   * @return the head, if the trail is not empty
   */
  Optional<AuditEvent> head();

  /**
   * Events in order of their numbers.
   *
   * @param fromSequence the first number included, at least 1
   * @param limit the most events returned
   * @return the events
   */
  List<AuditEvent> read(long fromSequence, int limit);
}
