package io.github.liaisonsdk;

import io.github.liaisonsdk.dataprotection.DisposalReport;
import io.github.liaisonsdk.dataprotection.SubjectAccessExport;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.util.Set;

/**
 * Data protection (LP36-4e): disposal when the pack's retention period ends, and subject access exports. Both are
 * audited, and both see records as the one read decision lets their member of staff see them.
 *
 * <p>Thread-safe. Get it from {@link Liaison#dataProtection()}.
 */
public interface DataProtection {

  /**
   * Erases the contact records whose retention period has ended, counted on each record as it is now (its
   * highest level and every topic it had), except those of pupils under a legal hold. A record whose period
   * counts from an unknown date of birth is kept. A child protection file is never erased by the run: its records
   * are reported as awaiting a disposal review ({@link ChildProtectionFiles#reviewDisposal}), or as retained by one.
   * Every erasure is audited by id.
   *
   * @param by the headteacher or an assistant headteacher who runs it
   * @param legalHolds pupils whose records must be kept whatever their age
   * @return what was erased, held and kept
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if {@code by} is not a headship member
   */
  DisposalReport disposalRun(StaffId by, Set<PupilId> legalHolds);

  /**
   * Everything held about a pupil, for a subject access response prepared by the headteacher or an assistant
   * headteacher; the records as that member of the headship may see them. Audited.
   *
   * @param pupil the pupil
   * @param preparedBy the headteacher or an assistant headteacher
   * @return the export, ready to serialise as JSON
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if {@code preparedBy} is not a headship member
   */
  SubjectAccessExport subjectAccessExport(PupilId pupil, StaffId preparedBy);
}
