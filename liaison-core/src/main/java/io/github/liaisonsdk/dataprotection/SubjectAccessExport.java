package io.github.liaisonsdk.dataprotection;

import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.List;

/**
 * Everything held about a pupil, as the member of staff preparing a subject access response may see it (LP36-4e):
 * the pupil reference, every plan version and the contact chronology with content only where the policy permits.
 * Serialises to JSON with {@link io.github.liaisonsdk.json.LiaisonJson}. Value-based and immutable.
 *
 * @param pupil the pupil reference
 * @param preparedBy who prepared the export
 * @param preparedAt when
 * @param plans every version of every plan
 * @param chronology the contact records as the preparer may see them
 */
public record SubjectAccessExport(
    Pupil pupil,
    StaffId preparedBy,
    Instant preparedAt,
    List<LiaisonPlan> plans,
    List<RecordView> chronology) {

  /**
   * Copies the lists.
   *
   * @param pupil the pupil
   * @param preparedBy who
   * @param preparedAt when
   * @param plans the plans
   * @param chronology the records
   */
  public SubjectAccessExport {
    plans = List.copyOf(plans);
    chronology = List.copyOf(chronology);
  }
}
