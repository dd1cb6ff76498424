package io.github.liaisonsdk.port;

import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/** Keeps the pupil references the MIS shares. Implementations are thread-safe. */
public interface PupilRepository {

  /**
   * Saves a pupil, replacing what was held under the same id.
   *
   * @param pupil the pupil
   */
  void save(Pupil pupil);

  /**
   * Finds a pupil.
   *
   * @param id the pupil's id
   * @return the pupil, if held
   */
  Optional<Pupil> find(PupilId id);

  /**
   * Every pupil held, ordered by id.
   *
   * @return the pupils
   */
  List<Pupil> all();
}
