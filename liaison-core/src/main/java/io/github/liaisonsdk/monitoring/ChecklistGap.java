package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;

/**
 * A plan in force not yet checked against every item of the pack's checklist: the group's core items and the site's
 * additions (LP36-1). Value-based and immutable.
 *
 * @param pupil the pupil
 * @param plan the plan's id
 * @param missing the checklist items the plan has not confirmed, in the pack's order
 */
public record ChecklistGap(PupilId pupil, String plan, List<String> missing) {

  /**
   * Copies the list.
   *
   * @param pupil the pupil
   * @param plan the plan
   * @param missing the missing items
   */
  public ChecklistGap {
    missing = List.copyOf(missing);
  }
}
