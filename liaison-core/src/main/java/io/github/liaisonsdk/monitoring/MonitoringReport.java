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
 * @param repeatedOutOfHoursThreshold how many contacts or cases count as repeated, from the pack (HSL-2)
 * @param series expected against actual routine contact week by week and term by term, by the pack's term
 *     calendar (LP36-4b, LP36-7): the school first, then each residence context, then each pupil
 * @param supportPlanGaps named liaison persons without access to their pupil's IEP or EHCP (LP36-5.1)
 * @param indicators the aims of LP36-2, each as an indicator defined from the period's records, or said to be out
 *     of reach of liaison records
 * @param fileTransfers leavers' child protection files not yet confirmed received as the report is made, whatever its
 *     period, earliest due first (LP36-4e); empty in a group's report, being the site's DSL's and headship's alone
 * @param checklistGaps plans in force that have not confirmed every item of the pack's checklist (LP36-1)
 */
public record MonitoringReport(
    LocalDate from,
    LocalDate to,
    String zone,
    Instant generatedAt,
    List<PupilLiaison> pupils,
    List<CohortLiaison> cohorts,
    List<PupilId> pupilsWithoutPlan,
    List<ReviewDueItem> reviewsDue,
    List<RepeatedOutOfHoursContact> repeatedOutOfHours,
    int repeatedOutOfHoursThreshold,
    List<LiaisonSeries> series,
    List<SupportPlanGap> supportPlanGaps,
    List<Indicator> indicators,
    List<FileTransferDue> fileTransfers,
    List<ChecklistGap> checklistGaps) {

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
   * @param repeatedOutOfHoursThreshold the HSL-2 threshold
   * @param series the series
   * @param supportPlanGaps the LP36-5.1 gaps
   * @param indicators the LP36-2 indicators
   * @param repeatedOutOfHours repeated out-of-hours contact
   * @param fileTransfers child protection file transfers awaiting receipt
   * @param checklistGaps plans missing checklist items
   */
  public MonitoringReport {
    pupils = List.copyOf(pupils);
    cohorts = List.copyOf(cohorts);
    pupilsWithoutPlan = List.copyOf(pupilsWithoutPlan);
    reviewsDue = List.copyOf(reviewsDue);
    repeatedOutOfHours = List.copyOf(repeatedOutOfHours);
    series = List.copyOf(series);
    supportPlanGaps = List.copyOf(supportPlanGaps);
    indicators = List.copyOf(indicators);
    fileTransfers = List.copyOf(fileTransfers);
    checklistGaps = List.copyOf(checklistGaps);
  }
}
