package io.github.liaisonsdk.port;

import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every version of every out-of-hours contact case. Saving is optimistic: a version that is not exactly one
 * more than the latest is refused, so two reviews of one case cannot both land. Implementations are thread-safe.
 */
public interface ExternalContactRepository {

  /**
   * Saves a new version of a case: version 1 of a new case, or the latest version plus one.
   *
   * @param contactCase the case version
   * @throws ConcurrentUpdateException if that version exists already or the previous one does not
   */
  void save(ExternalContactCase contactCase);

  /**
   * The latest version of a case.
   *
   * @param id the case's id
   * @return the case, if held
   */
  Optional<ExternalContactCase> latest(CaseId id);

  /**
   * Every version of a case, oldest first: its history.
   *
   * @param id the case's id
   * @return the versions
   */
  List<ExternalContactCase> versions(CaseId id);

  /**
   * The latest version of each case about a pupil, oldest disclosure first.
   *
   * @param pupil the pupil
   * @return the cases
   */
  List<ExternalContactCase> forPupil(PupilId pupil);
}
