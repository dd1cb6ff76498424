package io.github.liaisonsdk;

import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.RequesterKind;
import io.github.liaisonsdk.staff.StaffId;
import java.util.List;

/**
 * The policy made available (HSL-10): to all staff, who each acknowledge the version in force, and on request to
 * governors, parents, stakeholders and other interested parties, each request recorded with who asked, when and
 * which version they were given. The policy is not pupil data: its document is anyone's to read.
 *
 * <p>Thread-safe. Get it from {@link Liaison#publication()}.
 */
public interface Publication {

  /**
   * The pack in force as a document a person reads: self-contained XHTML, see
   * {@link io.github.liaisonsdk.publication.PolicyDocuments}.
   *
   * @return the page
   */
  String document();

  /**
   * Records that someone outside the staff asked for a copy, and was given the version in force. Audited without
   * the requester's name.
   *
   * @param id the request's id, new
   * @param requester who asked, as they gave their name: one line
   * @param kind governor, parent, stakeholder or interested party
   * @param recordedBy the member of staff who recorded it
   * @return the request, naming the version given
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the name breaks its rule or the id is held
   */
  CopyRequest recordCopyRequest(
      String id, String requester, RequesterKind kind, StaffId recordedBy);

  /**
   * The requests for a copy, for the headship.
   *
   * @param reader the headteacher or an assistant headteacher
   * @return the requests, oldest first
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   */
  List<CopyRequest> copyRequests(StaffId reader);

  /**
   * A member of staff says they have read and understood the version in force. Acknowledging it again returns the
   * first acknowledgement. Audited.
   *
   * @param staff the member of staff
   * @return the acknowledgement
   */
  Acknowledgement acknowledge(StaffId staff);

  /**
   * The staff who have not acknowledged the version in force, for the headship.
   *
   * @param reader the headteacher or an assistant headteacher
   * @return their ids, in id order
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   */
  List<StaffId> notAcknowledged(StaffId reader);
}
