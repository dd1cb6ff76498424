package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.ContactTally;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.OutOfHoursTally;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the {@link MonitoringReport} from a store. Days are calendar days in the school's time zone; "today" comes
 * from the injected clock, so a report can be produced for any simulated date.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonitoringReports {
  /** How many out-of-hours contacts (or cases) with one family in the period count as repeated (HSL-2). */
  public static final int REPEATED_OUT_OF_HOURS = 3;

  private MonitoringReports() {}

  /**
   * Builds the report for a period.
   *
   * @param store the store
   * @param packs the policy packs in force, whose review dates are checked (HSL-11)
   * @param from the first day of the period
   * @param to the last day of the period
   * @param clock where "now" comes from
   * @param zone the school's time zone
   * @return the report
   */
  public static MonitoringReport report(LiaisonStore store, List<PolicyPack> packs, LocalDate from, LocalDate to,
      Clock clock, ZoneId zone) {
    if (to.isBefore(from)) {
      throw new LiaisonValidationException("MonitoringReport", Violation.of("to", "must not be before from", Clause.LP36_7));
    }
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    LocalDate end = to.isAfter(today) ? today : to;
    Instant periodStart = from.atStartOfDay(zone).toInstant();
    Instant periodEnd = to.plusDays(1).atStartOfDay(zone).toInstant();

    List<PupilLiaison> pupils = new ArrayList<>();
    List<PupilId> withoutPlan = new ArrayList<>();
    List<ReviewDueItem> reviews = new ArrayList<>();
    Map<ResidenceContext, List<PupilLiaison>> byCohort = new EnumMap<>(ResidenceContext.class);
    Map<ResidenceContext, Integer> cohortSizes = new EnumMap<>(ResidenceContext.class);

    MonitoringQueries queries = store.monitoring();
    Map<PupilId, ContactTally> tallies = queries.contactTallies(periodStart, periodEnd);
    Map<PupilId, LiaisonPlan> inForce = new HashMap<>();
    for (LiaisonPlan plan : queries.latestPlans()) {
      LiaisonPlan held = inForce.get(plan.pupil());
      if (plan.appliesOn(end) && (held == null || !plan.effectiveFrom().isBefore(held.effectiveFrom()))) {
        inForce.put(plan.pupil(), plan);
      }
    }
    for (Pupil pupil : store.pupils().all()) {
      cohortSizes.merge(pupil.residence(), 1, Integer::sum);
      LiaisonPlan plan = inForce.get(pupil.id());
      if (plan == null) {
        withoutPlan.add(pupil.id());
        continue;
      }
      if (plan.reviewDue().isBefore(today)) {
        reviews.add(new ReviewDueItem("PLAN", plan.id().value(), plan.reviewDue(),
            ChronoUnit.DAYS.between(plan.reviewDue(), today)));
      }
      ContactTally tally = tallies.getOrDefault(pupil.id(),
          new ContactTally(pupil.id(), 0, Optional.empty(), List.of(), Set.of()));
      PupilLiaison liaison = pupilLiaison(pupil, plan, tally, from, end, today, zone);
      pupils.add(liaison);
      byCohort.computeIfAbsent(pupil.residence(), r -> new ArrayList<>()).add(liaison);
    }

    for (PolicyPack pack : packs) {
      LocalDate due = pack.metadata().reviewDue().dueBy(pack.calendar());
      if (due.isBefore(today)) {
        reviews.add(new ReviewDueItem("POLICY_PACK", pack.id().value(), due, ChronoUnit.DAYS.between(due, today)));
      }
    }

    List<CohortLiaison> cohorts = new ArrayList<>();
    for (ResidenceContext residence : ResidenceContext.values()) {
      int size = cohortSizes.getOrDefault(residence, 0);
      if (size > 0) {
        cohorts.add(cohort(residence, size, byCohort.getOrDefault(residence, List.of())));
      }
    }

    Map<List<String>, int[]> outOfHours = new LinkedHashMap<>();
    for (OutOfHoursTally tally : queries.outOfHours(periodStart, periodEnd)) {
      outOfHours.computeIfAbsent(List.of(tally.staff().value(), tally.pupil().value()), k -> new int[2])[0] =
          tally.contacts();
    }
    for (OutOfHoursTally tally : queries.outOfHoursCases()) {
      outOfHours.computeIfAbsent(List.of(tally.staff().value(), tally.pupil().value()), k -> new int[2])[1] =
          tally.contacts();
    }
    List<RepeatedOutOfHoursContact> repeated = new ArrayList<>();
    outOfHours.forEach((key, counts) -> {
      if (counts[0] >= REPEATED_OUT_OF_HOURS || counts[1] >= REPEATED_OUT_OF_HOURS) {
        repeated.add(new RepeatedOutOfHoursContact(StaffId.of(key.get(0)), PupilId.of(key.get(1)), counts[0],
            counts[1]));
      }
    });
    reviews.sort(Comparator.comparing(ReviewDueItem::dueBy));
    return new MonitoringReport(from, to, zone.getId(), clock.instant(), pupils, cohorts, withoutPlan, reviews,
        repeated);
  }

  private static PupilLiaison pupilLiaison(Pupil pupil, LiaisonPlan plan, ContactTally tally, LocalDate from,
      LocalDate end, LocalDate today, ZoneId zone) {
    LocalDate planFrom = plan.effectiveFrom().isAfter(from) ? plan.effectiveFrom() : from;
    int nominal = plan.routine().frequency().nominalDays();
    int expected = (int) (plan.routine().frequency() == Frequency.DAILY ? schoolDays(planFrom, end)
        : (end.isBefore(planFrom) ? 0 : ChronoUnit.DAYS.between(planFrom, end) + 1) / nominal);
    LocalDate since = tally.lastRoutine().map(last -> last.atZone(zone).toLocalDate()).orElse(plan.effectiveFrom());
    long overdue = Math.max(0, ChronoUnit.DAYS.between(since, today) - nominal);
    Set<Topic> missing = EnumSet.noneOf(Topic.class);
    missing.addAll(plan.topics());
    missing.removeAll(tally.topicsCovered());
    return new PupilLiaison(pupil.id(), pupil.residence(), Optional.of(plan.id().value()),
        Optional.of(plan.routine().frequency()), expected, tally.routineInPeriod(), tally.lastRoutine(), overdue,
        tally.emergencyResponseMinutes(), plan.topics(), tally.topicsCovered(), missing);
  }

  /** Weekdays from one date to another, both included: the days a daily contact is expected on. */
  static long schoolDays(LocalDate from, LocalDate to) {
    long days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
        days++;
      }
    }
    return days;
  }

  private static CohortLiaison cohort(ResidenceContext residence, int size, List<PupilLiaison> pupils) {
    int expected = 0;
    int actual = 0;
    int overdue = 0;
    List<Long> responses = new ArrayList<>();
    for (PupilLiaison pupil : pupils) {
      expected += pupil.expectedRoutineContacts();
      actual += pupil.actualRoutineContacts();
      overdue += pupil.overdue() ? 1 : 0;
      responses.addAll(pupil.emergencyResponseMinutes());
    }
    responses.sort(null);
    long median = responses.isEmpty() ? -1 : responses.get(responses.size() / 2);
    return new CohortLiaison(residence, size, pupils.size(), expected, actual, overdue, responses.size(), median);
  }
}
