package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ratified draft made the school's policy from a day (LP36-9, HSL-11). The published version is the signed draft
 * with the changes the publication itself makes, and nothing else: its review-history entry appended, its next
 * review date set from the term calendar, its date the day in force and its ratification the signatures on
 * record (LP36-0). Decisions on and after {@link #inForceFrom()} are taken under it.
 * Value-based and immutable.
 *
 * @param version the published version: pack id, version number and content hash
 * @param draftHash the content hash of the draft the signatories signed
 * @param inForceFrom the first day it is in force, in the school's time zone
 * @param publishedBy the headship member who published it
 * @param publishedAt when
 */
public record PolicyPublication(
    PolicyVersion version,
    String draftHash,
    LocalDate inForceFrom,
    StaffId publishedBy,
    Instant publishedAt) {

  /**
   * Checks the parts are present.
   *
   * @param version the published version
   * @param draftHash the signed draft's content hash
   * @param inForceFrom the first day in force
   * @param publishedBy who published it
   * @param publishedAt when
   */
  public PolicyPublication {
    if (version == null
        || draftHash == null
        || inForceFrom == null
        || publishedBy == null
        || publishedAt == null) {
      throw new LiaisonValidationException(
          "PolicyPublication",
          Violation.of(
              version == null
                  ? "version"
                  : draftHash == null
                      ? "draftHash"
                      : inForceFrom == null
                          ? "inForceFrom"
                          : publishedBy == null ? "publishedBy" : "publishedAt",
              "is required: a publication names the version, the signed draft, the day in force, who and when",
              Clause.LP36_9));
    }
  }
}
