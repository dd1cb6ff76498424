package io.github.liaisonsdk;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Participant;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import java.util.List;
import java.util.Set;

/**
 * Sharing decisions on the school's records: "may this member of staff share this information with this
 * recipient, now?", the consultations that open a route, and the LP36-6.3 safeguarding record. Every decision is
 * audited, including refusals of unknown requesters.
 *
 * <p>Thread-safe. Get it from {@link Liaison#sharing()}.
 */
public interface Sharing {

  /**
   * Decides a request under the school's pack on facts read from its records, and audits the decision.
   *
   * @param request who asks, about which pupil and topic, to whom, why, and which consultations it relies on
   * @return PERMIT, DENY or CONSULT, with clauses, obligations, aims and explanation
   * @throws io.github.liaisonsdk.port.NotFoundException if the requester, the pupil, a staff recipient or a family
   *     contact of the plan in force is not held
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if a consultation relied on is not one the
   *     requester recorded about this pupil and topic
   */
  Decision decide(SharingRequest request);

  /**
   * Records a consultation, checked against the records: it is recorded by the member of staff consulted (for the
   * LA team, by the designated safeguarding lead or the headship); HSL-4's consultee is the requester's line manager on their staff record,
   * HSL-5's a headteacher or assistant headteacher, LP36-6.1's the LA safeguarding contact of the pack's
   * directory; and it happened no later than now.
   *
   * @param consultation the consultation
   * @return the consultation as stored
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException naming the clause the consultation fails
   * @throws io.github.liaisonsdk.port.NotFoundException if the member of staff consulting or the pupil is not held
   * @throws io.github.liaisonsdk.port.ConcurrentUpdateException if a consultation with that id is held
   */
  ConsultationRecord recordConsultation(ConsultationRecord consultation);

  /**
   * Documents a safeguarding sharing agreement in the child's safeguarding record (LP36-6.3), on the LA
   * safeguarding team's recorded agreement (LP36-6.1) that says who informs the other services (LP36-6.2).
   * Only the site/service manager, the designated safeguarding lead or the headship record one, and only when
   * the pack permits the share it documents.
   *
   * @param laConsultation the LA team's agreement, recorded by {@code recordedBy}
   * @param recordedBy who documents it
   * @param participants the names and designations of everyone involved in the decision besides the LA contact
   * @param servicesToInform the other services of the group to be informed
   * @return the agreement as documented
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the recorder may not, or the pack does not permit
   */
  SafeguardingAgreement documentSafeguardingAgreement(
      ConsultationId laConsultation,
      StaffId recordedBy,
      List<Participant> participants,
      Set<ServiceId> servicesToInform);

  /**
   * The safeguarding agreements documented for a child (LP36-6.3), for the posts that hold safeguarding records.
   * The read is audited.
   *
   * @param pupil the child
   * @param reader the site manager, the designated safeguarding lead or the headship
   * @return the agreements, oldest first
   * @throws io.github.liaisonsdk.basics.AccessDeniedException for any other reader
   */
  List<SafeguardingAgreement> safeguardingAgreements(PupilId pupil, StaffId reader);

  /**
   * Answers a recorded decision again, on the facts its audit event names: under the pack version in force when it
   * was taken (found by its content hash among the versions this school holds) and under today's, each compared
   * with what was recorded, with why in plain English. For the headship; audited.
   *
   * @param auditSequence the decision's event on the audit trail
   * @param reader the headteacher or an assistant headteacher
   * @return the replay
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   * @throws io.github.liaisonsdk.port.NotFoundException if no decision has that sequence
   */
  io.github.liaisonsdk.sharing.DecisionReplay replay(
      long auditSequence, io.github.liaisonsdk.staff.StaffId reader);
}
