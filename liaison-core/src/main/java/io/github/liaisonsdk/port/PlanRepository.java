package io.github.liaisonsdk.port;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every version of every liaison plan. Versions are never overwritten: saving is optimistic, and a version
 * that is not exactly one more than the latest is refused. Implementations are thread-safe.
 */
public interface PlanRepository {

  /**
   * Saves a new version of a plan: version 1 of a new plan, or the latest version plus one.
   *
   * @param plan the plan version
   * @throws ConcurrentUpdateException if that version exists already or the previous one does not (a lost race)
   */
  void save(LiaisonPlan plan);

  /**
   * The latest version of a plan.
   *
   * @param id the plan's id
   * @return the plan, if held
   */
  Optional<LiaisonPlan> latest(PlanId id);

  /**
   * Every version of a plan, oldest first.
   *
   * @param id the plan's id
   * @return the versions, empty if none
   */
  List<LiaisonPlan> versions(PlanId id);

  /**
   * The latest version of each of a pupil's plans, ordered by effective date.
   *
   * @param pupil the pupil
   * @return the plans, empty if none
   */
  List<LiaisonPlan> forPupil(PupilId pupil);

  /**
   * The pupil's plan in force on a date: among the latest versions of the pupil's plans, the one whose effective
   * dates contain the date, the most recently started if several do.
   *
   * @param pupil the pupil
   * @param date the date
   * @return the plan, if one is in force
   */
  default Optional<LiaisonPlan> inForce(PupilId pupil, LocalDate date) {
    // The one rule decisions, monitoring and the to-do list use.
    return Optional.ofNullable(
        io.github.liaisonsdk.plan.PlansInForce.on(date, forPupil(pupil), this::versions)
            .get(pupil));
  }
}
