package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;

/**
 * A new version of the school's pack put forward for review (LP36-9, HSL-11): not in force, not yet signed. The
 * document is the pack's canonical JSON as proposed; signatures and the publication name its content hash, so what
 * was signed is exactly what was read. Value-based and immutable.
 *
 * @param version the pack id, the new version number and the draft's content hash
 * @param document the draft's canonical JSON (a site pack names its group, which is loaded first)
 * @param proposedBy the headship member who put it forward
 * @param proposedAt when
 */
public record PolicyDraft(
    PolicyVersion version, String document, StaffId proposedBy, Instant proposedAt) {

  /**
   * Checks the parts are present.
   *
   * @param version the pack id, the new version number and the draft's content hash
   * @param document the draft's canonical JSON
   * @param proposedBy who put it forward
   * @param proposedAt when
   */
  public PolicyDraft {
    if (version == null
        || document == null
        || document.isBlank()
        || proposedBy == null
        || proposedAt == null) {
      throw new LiaisonValidationException(
          "PolicyDraft",
          Violation.of(
              version == null
                  ? "version"
                  : document == null || document.isBlank()
                      ? "document"
                      : proposedBy == null ? "proposedBy" : "proposedAt",
              "is required: a draft names its version, its document, who proposed it and when",
              Clause.LP36_9));
    }
  }

  @Override
  public String toString() {
    // The document is the policy, not pupil data, but it is long: a log line names the version
    // only.
    return "PolicyDraft["
        + version.pack()
        + "@"
        + version.version()
        + " "
        + version.contentHash().substring(0, 12)
        + " by "
        + proposedBy
        + "]";
  }
}
