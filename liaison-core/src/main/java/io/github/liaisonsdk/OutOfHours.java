package io.github.liaisonsdk;

import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Contact with pupils and families outside school (HSL-6 to HSL-9): disclosed by the member of staff, reviewed by
 * the headteacher (HSL-7, with the conflict-of-interest question of HSL-2), logged on the liaison form that only
 * the headteacher and assistant headteacher read (HSL-8, HSL-9). Every step is audited.
 *
 * <p>Thread-safe. Get it from {@link Liaison#outOfHours()}.
 */
public interface OutOfHours {

  /**
   * A member of staff discloses a contact or planned meeting outside school, on school business or not (HSL-6).
   *
   * @param id the new case's id
   * @param pupil the pupil
   * @param staff who is in contact
   * @param onSchoolBusiness whether it is on school business
   * @param circumstances who, where and why; confidential
   * @param plannedFor the date of a planned meeting, if any
   * @return the case, version 1, waiting for the headteacher's review
   * @throws io.github.liaisonsdk.port.NotFoundException if the member of staff or the pupil is not held
   */
  ExternalContactCase disclose(
      CaseId id,
      PupilId pupil,
      StaffId staff,
      boolean onSchoolBusiness,
      ConfidentialText circumstances,
      Optional<LocalDate> plannedFor);

  /**
   * The headteacher reviews a disclosure: answers the conflict-of-interest question (HSL-2) and approves,
   * approves with conditions or declines, with reasons (HSL-7).
   *
   * @param id the case
   * @param review the review
   * @return the reviewed case
   * @throws io.github.liaisonsdk.contact.WorkflowException if the case was decided, or the reviewer disclosed it
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reviewer is not the headteacher
   */
  ExternalContactCase review(CaseId id, HeadReview review);

  /**
   * The approved contact went ahead: logged on the liaison form (HSL-8), restricted (HSL-9). The record and the
   * case move together or not at all.
   *
   * @param id the case
   * @param record the liaison-form entry: out-of-hours, on the liaison form, by the case's member of staff
   * @return the case, logged
   * @throws io.github.liaisonsdk.contact.WorkflowException if the case was not approved
   */
  ExternalContactCase log(CaseId id, ContactRecord record);

  /**
   * The member of staff withdraws the disclosure, or the headteacher ends it.
   *
   * @param id the case
   * @param by the member of staff or the headteacher
   * @return the withdrawn case
   */
  ExternalContactCase withdraw(CaseId id, StaffId by);

  /**
   * Records a contact found later that was never disclosed (HSL-6): a closed breach case.
   *
   * @param id the new case's id
   * @param pupil the pupil
   * @param staff who did not disclose
   * @param recordedBy the headteacher or an assistant headteacher
   * @param circumstances what was found; confidential
   * @return the breach case
   */
  ExternalContactCase recordBreach(
      CaseId id, PupilId pupil, StaffId staff, StaffId recordedBy, ConfidentialText circumstances);
}
