package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;

/**
 * One signature on a draft (HSL-11, LP36-0): the member of staff who signed, in which of the named signatories'
 * posts, and the draft's content hash they signed. Each required post is signed by a different person. Value-based
 * and immutable.
 *
 * @param draft the draft signed: pack id, version and content hash
 * @param post the signatory post signed for, which the signer held on the school's directory when signing
 * @param signedBy who signed
 * @param signedAt when
 */
public record Ratification(
    PolicyVersion draft, Designation post, StaffId signedBy, Instant signedAt) {

  /**
   * Checks the parts are present.
   *
   * @param draft the draft signed
   * @param post the post signed for
   * @param signedBy who signed
   * @param signedAt when
   */
  public Ratification {
    if (draft == null || post == null || signedBy == null || signedAt == null) {
      throw new LiaisonValidationException(
          "Ratification",
          Violation.of(
              draft == null
                  ? "draft"
                  : post == null ? "post" : signedBy == null ? "signedBy" : "signedAt",
              "is required: a signature names the draft, the post, the signer and the time",
              Clause.HSL_11));
    }
  }
}
