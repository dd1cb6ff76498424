package io.github.liaisonsdk.port;

import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only log of contact records and their amendments. Nothing is updated or deleted here (retention
 * disposal is a separate, audited port operation). Implementations are thread-safe.
 */
public interface ContactRecordRepository {

  /**
   * Appends a record.
   *
   * @param record the record
   * @throws ConcurrentUpdateException if a record with that id exists
   */
  void append(ContactRecord record);

  /**
   * Appends several records, all or none: for importing history or syncing from an MIS in bulk. Adapters may batch
   * the writes; the default appends one by one.
   *
   * @param records the records
   * @throws ConcurrentUpdateException if a record with one of the ids exists
   */
  default void appendAll(List<ContactRecord> records) {
    for (ContactRecord record : records) {
      append(record);
    }
  }

  /**
   * Appends an amendment to a record.
   *
   * @param amendment the amendment
   * @throws NotFoundException if the record is not held
   */
  void amend(Amendment amendment);

  /**
   * Erases a record and its amendments at the end of their retention period (LP36-4e): the only deletion the log
   * allows, made by the disposal run, which audits it.
   *
   * @param id the record's id
   * @return {@code true} if the record was held and is now gone
   */
  boolean dispose(ContactRecordId id);

  /**
   * Finds a record as originally written.
   *
   * @param id the record's id
   * @return the record, if held
   */
  Optional<ContactRecord> find(ContactRecordId id);

  /**
   * The amendments of a record, oldest first.
   *
   * @param id the record's id
   * @return the amendments, empty if none
   */
  List<Amendment> amendments(ContactRecordId id);

  /**
   * A pupil's chronology: their records as originally written, ordered by when the contact happened, then by id.
   *
   * @param pupil the pupil
   * @return the records, empty if none
   */
  List<ContactRecord> chronology(PupilId pupil);

  /**
   * Records of contacts that happened in a period, ordered by when they happened, then by id.
   *
   * @param from the first instant included
   * @param until the first instant excluded
   * @return the records
   */
  List<ContactRecord> occurredBetween(Instant from, Instant until);
}
