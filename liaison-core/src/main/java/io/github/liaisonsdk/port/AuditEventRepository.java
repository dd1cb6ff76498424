package io.github.liaisonsdk.port;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit trail. Events are numbered 1, 2, 3, ... without gaps. The library builds the events and
 * chains them; a repository stores them and refuses a batch that does not follow its head, which is how a writer
 * learns that another process appended first. Implementations are thread-safe.
 */
public interface AuditEventRepository {

  /**
   * Appends a batch of consecutive events, all or none, in the current unit of work.
   *
   * @param events events numbered consecutively, the first one more than the head, each carrying the hash of the
   *     one before it (the first, the stored head's)
   * @throws ConcurrentUpdateException if a number is taken or leaves a gap, or an event does not carry the hash of
   *     the one it follows as stored
   */
  void append(List<AuditEvent> events);

  /**
   * Appends one event.
   *
   * @param event the event, numbered one more than the head
   * @throws ConcurrentUpdateException if the number is taken or leaves a gap
   */
  default void append(AuditEvent event) {
    append(List.of(event));
  }

  /**
   * The latest event's sequence number and hash, read cheaply (no document is parsed).
   *
   * @return the head's checkpoint, or {@link ChainCheckpoint#GENESIS} if the trail is empty
   */
  ChainCheckpoint headCheckpoint();

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

  /**
   * Stored rows in order of their sequence column, nothing parsed or checked, for verification.
   *
   * @param fromSequence the first number included, at least 1
   * @param limit the most rows returned
   * @return the rows as stored
   */
  List<StoredAuditEvent> readStored(long fromSequence, int limit);
}
