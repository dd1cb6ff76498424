package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.PupilId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring report of LP36-7: per pupil and per residence cohort, with reviews due and repeated out-of-hours
 * contact. Plain data that serialises to JSON with {@link io.github.liaisonsdk.json.LiaisonJson}. Value-based and
 * immutable.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param zone the school's time zone the days are in
 * @param generatedAt when the report was made, from the injected clock
 * @param pupils liaison per pupil with a plan, by pupil id
 * @param cohorts liaison per residence context
 * @param pupilsWithoutPlan pupils in scope with no plan in force (LP36-3)
 * @param reviewsDue plans and policy packs past their review date (LP36-7, HSL-11)
 * @param repeatedOutOfHours staff in repeated out-of-hours contact with one family (HSL-2)
 */
public record MonitoringReport(LocalDate from, LocalDate to, String zone, Instant generatedAt,
    List<PupilLiaison> pupils, List<CohortLiaison> cohorts, List<PupilId> pupilsWithoutPlan,
    List<ReviewDueItem> reviewsDue, List<RepeatedOutOfHoursContact> repeatedOutOfHours) {

  /**
   * Copies the lists.
   *
   * @param from first day
   * @param to last day
   * @param zone time zone
   * @param generatedAt when made
   * @param pupils per pupil
   * @param cohorts per cohort
   * @param pupilsWithoutPlan pupils without a plan
   * @param reviewsDue reviews due
   * @param repeatedOutOfHours repeated out-of-hours contact
   */
  public MonitoringReport {
    pupils = List.copyOf(pupils);
    cohorts = List.copyOf(cohorts);
    pupilsWithoutPlan = List.copyOf(pupilsWithoutPlan);
    reviewsDue = List.copyOf(reviewsDue);
    repeatedOutOfHours = List.copyOf(repeatedOutOfHours);
  }
}
