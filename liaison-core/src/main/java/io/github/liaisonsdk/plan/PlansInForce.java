package io.github.liaisonsdk.plan;

import io.github.liaisonsdk.pupil.PupilId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which plan is in force for each pupil on a day, by one rule everywhere (decisions, monitoring, the to-do list):
 * for each plan, its latest version if it applies that day; if the latest version starts later, the highest older
 * version that applies (a version approved ahead of its start leaves the current one in force); if the latest
 * version has ended, none (an ending is not undone by the versions before it). Of a pupil's plans, the one that
 * took effect last, the greater plan id on a tie.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlansInForce {

  private PlansInForce() {}

  /**
   * The plan in force for each pupil on a day.
   *
   * @param day the day
   * @param latest the latest version of each plan
   * @param versions every version of a plan, read only for a plan whose latest version does not apply that day
   * @return the plan in force by pupil; a pupil with none is absent
   */
  public static Map<PupilId, LiaisonPlan> on(
      LocalDate day, Collection<LiaisonPlan> latest, Function<PlanId, List<LiaisonPlan>> versions) {
    Map<PupilId, LiaisonPlan> inForce = new HashMap<>();
    for (LiaisonPlan plan : latest) {
      LiaisonPlan current = plan.appliesOn(day) ? plan : null;
      // Only a latest version still to start leaves an older one in force: one that has ended the
      // plan ends it.
      if (current == null && plan.effectiveFrom().isAfter(day)) {
        for (LiaisonPlan version : versions.apply(plan.id())) {
          if (version.appliesOn(day)
              && (current == null || version.version() > current.version())) {
            current = version;
          }
        }
      }
      if (current != null) {
        inForce.merge(current.pupil(), current, PlansInForce::later);
      }
    }
    return inForce;
  }

  private static LiaisonPlan later(LiaisonPlan a, LiaisonPlan b) {
    int byStart = a.effectiveFrom().compareTo(b.effectiveFrom());
    if (byStart != 0) {
      return byStart > 0 ? a : b;
    }
    return a.id().value().compareTo(b.id().value()) >= 0 ? a : b;
  }
}
