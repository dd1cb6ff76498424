package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.childprotection.TransferState;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.plan.PlansInForce;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.port.ContactTally;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.OutOfHoursTally;
import io.github.liaisonsdk.publication.PolicyVersion;
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
import java.util.function.BiFunction;

/**
 * Computes the {@link MonitoringReport} from a store. Days are calendar days in the school's time zone; "today" comes
 * from the injected clock, so a report can be produced for any simulated date.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonitoringReports {

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
  public static MonitoringReport report(
      LiaisonStore store,
      List<PolicyPack> packs,
      LocalDate from,
      LocalDate to,
      Clock clock,
      ZoneId zone) {
    if (to.isBefore(from)) {
      throw new LiaisonValidationException(
          "MonitoringReport", Violation.of("to", "must not be before from", Clause.LP36_7));
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

    TermCalendar calendar = packs.isEmpty() ? TermCalendar.conventional() : packs.get(0).calendar();
    int repeatedThreshold =
        packs.isEmpty()
            ? PolicyPack.DEFAULT_REPEATED_OUT_OF_HOURS
            : packs.get(0).repeatedOutOfHoursThreshold();
    SchoolTime time = new SchoolTime(calendar, from, today.isAfter(to) ? to : today);
    MonitoringQueries queries = store.monitoring();
    Map<PupilId, ContactTally> tallies = queries.contactTallies(periodStart, periodEnd);
    Map<PupilId, List<LocalDate>> routineDays = new HashMap<>();
    queries
        .routineContacts(periodStart, periodEnd)
        .forEach(
            (pupil, times) ->
                routineDays.put(
                    pupil, times.stream().map(t -> t.atZone(zone).toLocalDate()).toList()));
    List<SupportPlanGap> supportPlanGaps = new ArrayList<>();
    List<ChecklistGap> checklistGaps = new ArrayList<>();
    List<String> checklist = packs.isEmpty() ? List.of() : packs.get(0).checklist();
    Series series = new Series(time, from, end);
    Map<PlanId, LiaisonPlan> latest = new HashMap<>();
    List<LiaisonPlan> latestPlans = queries.latestPlans();
    latestPlans.forEach(plan -> latest.put(plan.id(), plan));
    Map<PupilId, LiaisonPlan> inForce = PlansInForce.on(end, latestPlans, store.plans()::versions);
    Map<PupilId, Pupil> everyPupil = new HashMap<>();
    for (Pupil pupil : store.pupils().all()) {
      everyPupil.put(pupil.id(), pupil);
      cohortSizes.merge(pupil.residence(), 1, Integer::sum);
      LiaisonPlan plan = inForce.get(pupil.id());
      if (plan == null) {
        withoutPlan.add(pupil.id());
        continue;
      }
      if (plan.reviewDue().isBefore(today)) {
        reviews.add(
            new ReviewDueItem(
                "PLAN",
                plan.id().value(),
                plan.reviewDue(),
                ChronoUnit.DAYS.between(plan.reviewDue(), today)));
      }
      ContactTally tally =
          tallies.getOrDefault(
              pupil.id(), new ContactTally(pupil.id(), 0, Optional.empty(), List.of(), Set.of()));
      PupilLiaison liaison = pupilLiaison(pupil, plan, tally, from, end, today, zone, time);
      pupils.add(liaison);
      series.add(pupil, plan, routineDays.getOrDefault(pupil.id(), List.of()));
      for (StaffId named : plan.schoolSide()) {
        pupil.supportPlans().stream()
            .filter(sp -> !sp.accessibleTo().contains(named))
            .forEach(sp -> supportPlanGaps.add(new SupportPlanGap(pupil.id(), named, sp.kind())));
      }
      List<String> missing =
          checklist.stream().filter(item -> !plan.checklistConfirmed().contains(item)).toList();
      if (!missing.isEmpty()) {
        checklistGaps.add(new ChecklistGap(pupil.id(), plan.id().value(), missing));
      }
      byCohort.computeIfAbsent(pupil.residence(), r -> new ArrayList<>()).add(liaison);
    }

    for (PolicyPack pack : packs) {
      LocalDate due = pack.metadata().reviewDue().dueBy(pack.calendar());
      if (due.isBefore(today)) {
        reviews.add(
            new ReviewDueItem(
                "POLICY_PACK", pack.id().value(), due, ChronoUnit.DAYS.between(due, today)));
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
      outOfHours
              .computeIfAbsent(
                  List.of(tally.staff().value(), tally.pupil().value()), k -> new int[2])[0] =
          tally.contacts();
    }
    for (OutOfHoursTally tally : queries.outOfHoursCases()) {
      outOfHours
              .computeIfAbsent(
                  List.of(tally.staff().value(), tally.pupil().value()), k -> new int[2])[1] =
          tally.contacts();
    }
    List<RepeatedOutOfHoursContact> repeated = new ArrayList<>();
    outOfHours.forEach(
        (key, counts) -> {
          if (counts[0] >= repeatedThreshold || counts[1] >= repeatedThreshold) {
            repeated.add(
                new RepeatedOutOfHoursContact(
                    StaffId.of(key.get(0)), PupilId.of(key.get(1)), counts[0], counts[1]));
          }
        });
    reviews.sort(Comparator.comparing(ReviewDueItem::dueBy));
    return new MonitoringReport(
        from,
        to,
        zone.getId(),
        clock.instant(),
        pupils,
        cohorts,
        withoutPlan,
        reviews,
        repeated,
        repeatedThreshold,
        series.all(),
        supportPlanGaps,
        Indicators.of(
            queries.contactParties(periodStart, periodEnd),
            planVersions(store, latest),
            everyPupil,
            acknowledged(store, packs),
            store.staff().all().stream().filter(MonitoringReports::staff).count()),
        store.childProtectionFiles().openTransfers().stream()
            .map(
                t ->
                    new FileTransferDue(
                        t.id().value(),
                        t.pupil(),
                        t.dueBy(),
                        t.state() != TransferState.AWAITING_SEND,
                        t.overdueOn(today)))
            .toList(),
        checklistGaps);
  }

  /** A member of the school's staff, not a governor on the directory. */
  private static boolean staff(io.github.liaisonsdk.staff.StaffMember member) {
    return member.designations().stream()
        .anyMatch(io.github.liaisonsdk.staff.Designation::isStaffPost);
  }

  /** How many of the staff held acknowledged the school's pack version in force (HSL-10, LP36-2 dissemination). */
  private static long acknowledged(LiaisonStore store, List<PolicyPack> packs) {
    if (packs.isEmpty()) {
      return 0;
    }
    Set<StaffId> staff =
        store.staff().all().stream()
            .filter(MonitoringReports::staff)
            .map(io.github.liaisonsdk.staff.StaffMember::id)
            .collect(java.util.stream.Collectors.toSet());
    return store.publication().acknowledgements(PolicyVersion.of(packs.get(0))).stream()
        .filter(a -> staff.contains(a.staff()))
        .count();
  }

  private static PupilLiaison pupilLiaison(
      Pupil pupil,
      LiaisonPlan plan,
      ContactTally tally,
      LocalDate from,
      LocalDate end,
      LocalDate today,
      ZoneId zone,
      SchoolTime time) {
    LocalDate planFrom = plan.effectiveFrom().isAfter(from) ? plan.effectiveFrom() : from;
    Frequency frequency = plan.routine().frequency();
    // A small margin so that, say, 14 weeks of a fortnightly plan expect 7 however the division
    // rounds.
    int expected = (int) Math.floor(time.expected(frequency, planFrom, end) + 1e-9);
    LocalDate since =
        tally
            .lastRoutine()
            .map(last -> last.atZone(zone).toLocalDate())
            .orElse(plan.effectiveFrom());
    long overdue = time.daysOverdue(frequency, since, today);
    Set<Topic> missing = EnumSet.noneOf(Topic.class);
    missing.addAll(plan.topics());
    missing.removeAll(tally.topicsCovered());
    return new PupilLiaison(
        pupil.id(),
        pupil.residence(),
        Optional.of(plan.id().value()),
        Optional.of(plan.routine().frequency()),
        expected,
        tally.routineInPeriod(),
        tally.lastRoutine(),
        overdue,
        tally.emergencyResponseMinutes(),
        plan.topics(),
        tally.topicsCovered(),
        missing);
  }

  /**
   * Plan versions by id and number: the latest of each plan from the query already made, an older one read once
   * when a contact was recorded under it.
   */
  private static BiFunction<PlanId, Integer, Optional<LiaisonPlan>> planVersions(
      LiaisonStore store, Map<PlanId, LiaisonPlan> latest) {
    Map<PlanId, List<LiaisonPlan>> older = new HashMap<>();
    return (id, version) -> {
      LiaisonPlan newest = latest.get(id);
      if (newest != null && newest.version() == version) {
        return Optional.of(newest);
      }
      return older.computeIfAbsent(id, store.plans()::versions).stream()
          .filter(p -> p.version() == version)
          .findFirst();
    };
  }

  /** Week-by-week and term-by-term expected against actual, for the school, each residence context and each pupil. */
  private static final class Series {
    private final SchoolTime time;
    private final List<SchoolTime.Span> weeks;
    private final List<SchoolTime.Span> terms;
    private final Totals school;
    private final Map<ResidenceContext, Totals> residences = new EnumMap<>(ResidenceContext.class);
    private final List<LiaisonSeries> pupils = new ArrayList<>();

    Series(SchoolTime time, LocalDate from, LocalDate end) {
      this.time = time;
      this.weeks = end.isBefore(from) ? List.of() : time.weeks(from, end);
      this.terms = end.isBefore(from) ? List.of() : time.terms(from, end);
      this.school = new Totals(weeks.size(), terms.size());
    }

    void add(Pupil pupil, LiaisonPlan plan, List<LocalDate> contacts) {
      Totals own = new Totals(weeks.size(), terms.size());
      fill(own.weeks, weeks, plan, contacts);
      fill(own.terms, terms, plan, contacts);
      school.add(own);
      residences
          .computeIfAbsent(pupil.residence(), r -> new Totals(weeks.size(), terms.size()))
          .add(own);
      pupils.add(own.series("PUPIL", pupil.id().value(), weeks, terms, time));
    }

    private void fill(
        double[][] into, List<SchoolTime.Span> spans, LiaisonPlan plan, List<LocalDate> contacts) {
      for (int i = 0; i < spans.size(); i++) {
        SchoolTime.Span span = spans.get(i);
        LocalDate a =
            plan.effectiveFrom().isAfter(span.first()) ? plan.effectiveFrom() : span.first();
        into[i][0] = time.expected(plan.routine().frequency(), a, span.last());
        into[i][1] = contacts.stream().filter(span::contains).count();
      }
    }

    List<LiaisonSeries> all() {
      List<LiaisonSeries> all = new ArrayList<>();
      all.add(school.series("SCHOOL", "school", weeks, terms, time));
      residences.forEach(
          (residence, totals) ->
              all.add(totals.series("RESIDENCE", residence.name(), weeks, terms, time)));
      all.addAll(pupils);
      return all;
    }
  }

  /** Expected and actual per week and per term: [i][0] expected, [i][1] actual. */
  private static final class Totals {
    final double[][] weeks;
    final double[][] terms;

    Totals(int weeks, int terms) {
      this.weeks = new double[weeks][2];
      this.terms = new double[terms][2];
    }

    void add(Totals other) {
      for (int i = 0; i < weeks.length; i++) {
        weeks[i][0] += other.weeks[i][0];
        weeks[i][1] += other.weeks[i][1];
      }
      for (int i = 0; i < terms.length; i++) {
        terms[i][0] += other.terms[i][0];
        terms[i][1] += other.terms[i][1];
      }
    }

    LiaisonSeries series(
        String scope,
        String subject,
        List<SchoolTime.Span> weekSpans,
        List<SchoolTime.Span> termSpans,
        SchoolTime time) {
      return new LiaisonSeries(
          scope, subject, points(weeks, weekSpans, time), points(terms, termSpans, time));
    }

    private static List<SeriesPoint> points(
        double[][] values, List<SchoolTime.Span> spans, SchoolTime time) {
      List<SeriesPoint> points = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        SchoolTime.Span span = spans.get(i);
        // Rounded to hundredths: the JSON stays short and the sums of many pupils stay readable.
        points.add(
            new SeriesPoint(
                span.name(),
                span.first(),
                span.last(),
                time.schoolDays(span.first(), span.last()),
                Math.round(values[i][0] * 100) / 100.0,
                (int) values[i][1]));
      }
      return points;
    }
  }

  private static CohortLiaison cohort(
      ResidenceContext residence, int size, List<PupilLiaison> pupils) {
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
    java.util.OptionalLong median =
        responses.isEmpty()
            ? java.util.OptionalLong.empty()
            : java.util.OptionalLong.of(responses.get(responses.size() / 2));
    return new CohortLiaison(
        residence, size, pupils.size(), expected, actual, overdue, responses.size(), median);
  }
}
