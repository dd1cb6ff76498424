package io.github.liaisonsdk.port;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import java.util.List;
import java.util.Optional;

/**
 * Consultations made before sharing (HSL-4, HSL-5, LP36-6.1), insert-only: a consultation, once recorded, is never
 * changed; a new conclusion is a new consultation.
 *
 * <p>Implementations are thread-safe.
 */
public interface ConsultationRepository {

  /**
   * Stores a consultation.
   *
   * @param consultation the consultation, already checked by the facade
   * @throws ConcurrentUpdateException if a consultation with that id is held
   */
  void save(ConsultationRecord consultation);

  /**
   * Finds a consultation.
   *
   * @param id its id
   * @return the consultation, if held
   */
  Optional<ConsultationRecord> find(ConsultationId id);

  /**
   * The consultations about a pupil.
   *
   * @param pupil the pupil
   * @return the consultations, oldest first
   */
  List<ConsultationRecord> forPupil(PupilId pupil);
}
