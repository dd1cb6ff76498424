package io.github.liaisonsdk;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.Optional;

/**
 * The school's register: its staff and pupils, kept in step with the MIS, and the pupils' liaison plans. These
 * are the records every decision reads its facts from, so they change only here, and every change is audited.
 *
 * <p>Staff and pupils are written by the MIS synchronisation, a named system actor: no member of staff writes a
 * post, their own or anyone's, through the library. Plans are versions approved by the headteacher or an
 * assistant headteacher (LP36-4).
 *
 * <p>Thread-safe. Get it from {@link Liaison#school()}.
 */
public interface School {

  /** The system actor that synchronises staff and pupils from the MIS, as the audit trail names it. */
  String MIS_SYNCHRONISATION = "MIS synchronisation";

  /**
   * Synchronises a member of staff from the MIS: creates or replaces the record, posts and line manager included.
   *
   * @param member the member of staff as the MIS holds them
   * @return the member as stored
   */
  StaffMember synchroniseStaff(StaffMember member);

  /**
   * Synchronises a pupil from the MIS: residence context, services and support plans included.
   *
   * @param pupil the pupil as the MIS holds them
   * @return the pupil as stored
   */
  Pupil synchronisePupil(Pupil pupil);

  /**
   * Stores a plan version approved by the headteacher or an assistant headteacher (LP36-4): its
   * {@code approvedBy} is a headship member held, approving no later than today; the pupil and every school-side
   * person are held; the residence context is the pupil's (LP36-3); the version follows the latest.
   *
   * @param plan the plan version
   * @return the plan as stored
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the approver is not a headship member
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException naming each rule the plan breaks
   * @throws io.github.liaisonsdk.port.NotFoundException if the approver or the pupil is not held
   * @throws io.github.liaisonsdk.port.ConcurrentUpdateException if the version is not the next one
   */
  LiaisonPlan approvePlan(LiaisonPlan plan);

  /**
   * A member of staff, to map an MIS identity onto the school's records.
   *
   * @param id the member's id
   * @return the member, if held
   */
  Optional<StaffMember> staffMember(StaffId id);

  /**
   * A pupil.
   *
   * @param id the pupil's id
   * @return the pupil, if held
   */
  Optional<Pupil> pupil(PupilId id);
}
