package io.github.liaisonsdk;

import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.contact.RecordingResult;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.staff.StaffId;
import java.util.List;

/**
 * Contact records (LP36-4d): recorded against the pupil's plan, corrected by append-only amendments, read as the
 * policy lets each reader see them. Every write and every read of a restricted or safeguarding record is audited.
 *
 * <p>Thread-safe. Get it from {@link Liaison#records()}.
 */
public interface Records {

  /**
   * Records a contact, checked against the pupil's liaison plan (LP36-4d): where the recording plan says, by a
   * named person, with the plan's contacts, on its topics, in time. Departures are refused or flagged as the pack
   * says. Out-of-hours contact goes through {@link OutOfHours} instead (HSL-6 to HSL-8).
   *
   * @param record the record; its author must be a member of staff held
   * @return the record stored and any flagged departures
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException for departures the pack refuses
   * @throws io.github.liaisonsdk.port.NotFoundException if the author, the pupil or the plan version is not held
   * @throws io.github.liaisonsdk.port.ConcurrentUpdateException if a record with that id exists
   */
  RecordingResult record(ContactRecord record);

  /**
   * Appends a correction. Only the record's author or the headship amends; a correction adds topics and may raise
   * the level, never lower it (HSL-5); the original stays readable.
   *
   * @param amendment the correction
   * @throws io.github.liaisonsdk.port.NotFoundException if the record is not held, or not one the author may know
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the author may see the record but not amend it
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the correction lowers the level
   */
  void amend(Amendment amendment);

  /**
   * Reads a record as the policy lets this member of staff see it: the content if a decision permits every topic
   * at the record's current level, otherwise its existence and topics with the clauses that withhold the rest. A
   * record the reader may not know exists (HSL-9) answers exactly as an id that is not held.
   *
   * @param id the record
   * @param reader who reads
   * @param consultations consultations the reader recorded, such as their line manager's agreement (HSL-4)
   * @return the view
   * @throws io.github.liaisonsdk.port.NotFoundException if the record is not held or not one the reader may know
   */
  RecordView read(ContactRecordId id, StaffId reader, ConsultationId... consultations);

  /**
   * A pupil's chronology as this member of staff may see it: every record they may know exists, oldest first,
   * each decided as {@link #read} decides it.
   *
   * @param pupil the pupil
   * @param reader who reads
   * @return the views
   */
  List<RecordView> chronology(PupilId pupil, StaffId reader);
}
