package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;

/**
 * A member of staff's "read and understood" of one version of the policy (HSL-10). Value-based and immutable.
 *
 * @param staff who
 * @param version which version
 * @param acknowledgedAt when
 */
public record Acknowledgement(StaffId staff, PolicyVersion version, Instant acknowledgedAt) {

  /**
   * Checks the parts are present.
   *
   * @param staff who
   * @param version which version
   * @param acknowledgedAt when
   */
  public Acknowledgement {
    if (staff == null || version == null || acknowledgedAt == null) {
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "Acknowledgement",
          io.github.liaisonsdk.basics.Violation.of(
              staff == null ? "staff" : version == null ? "version" : "acknowledgedAt",
              "is required: an acknowledgement names the member of staff, the version and the time"));
    }
  }
}
