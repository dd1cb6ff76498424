package io.github.liaisonsdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.plan.RoutineArrangement;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An autumn term at a simulated school, reported on the last day of term by an injected clock. */
class MonitoringTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Clock END_OF_TERM = Clock.fixed(Instant.parse("2026-12-18T16:00:00Z"), LONDON);
  static final LocalDate FROM = LocalDate.of(2026, 9, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 18);

  InMemoryStore store;
  MonitoringReport report;
  Map<String, PupilLiaison> byPupil;

  private static Instant on(LocalDate date, String time) {
    return Instant.parse(date + "T" + time + "Z");
  }

  @BeforeEach
  void autumnTerm() {
    store = InMemoryStore.create();
    for (ResidenceContext context :
        List.of(
            ResidenceContext.DAY_WITH_FAMILY,
            ResidenceContext.BOARDING,
            ResidenceContext.CARE_HOME,
            ResidenceContext.INPATIENT_UNIT)) {
      store.pupils().save(Fixtures.pupil(context));
    }
    store.plans().save(Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY));
    store
        .plans()
        .save(
            Fixtures.planBuilder(ResidenceContext.BOARDING)
                .routine(RoutineArrangement.of(ContactMethod.TELEPHONE, Frequency.FORTNIGHTLY))
                .build());
    store
        .plans()
        .save(
            Fixtures.planBuilder(ResidenceContext.INPATIENT_UNIT)
                .reviewDue(LocalDate.of(2026, 11, 1))
                .build());

    LocalDate day = LocalDate.of(2026, 9, 7);
    for (int week = 0; week < 15; week++, day = day.plusWeeks(1)) {
      Topic topic = week % 2 == 0 ? Topic.ATTENDANCE : Topic.PROGRESS;
      store
          .contacts()
          .append(
              Fixtures.recordBuilder(
                      "family-" + week, ResidenceContext.DAY_WITH_FAMILY, on(day, "08:30:00"))
                  .topics(List.of(topic))
                  .build());
    }
    for (LocalDate d :
        List.of(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 5))) {
      store
          .contacts()
          .append(Fixtures.record("boarding-" + d, ResidenceContext.BOARDING, on(d, "18:00:00")));
    }
    store
        .contacts()
        .append(
            Fixtures.recordBuilder(
                    "ward-emergency",
                    ResidenceContext.INPATIENT_UNIT,
                    on(LocalDate.of(2026, 11, 3), "10:12:00"))
                .kind(ContactKind.EMERGENCY)
                .emergencyRaisedAt(on(LocalDate.of(2026, 11, 3), "10:00:00"))
                .build());
    for (int i = 0; i < 3; i++) {
      store
          .contacts()
          .append(
              Fixtures.recordBuilder(
                      "ooh-" + i,
                      ResidenceContext.DAY_WITH_FAMILY,
                      on(LocalDate.of(2026, 10, 3 + 7 * i), "11:00:00"))
                  .kind(ContactKind.OUT_OF_HOURS)
                  .location(RecordLocation.LIAISON_FORM)
                  .level(ConfidentialityLevel.RESTRICTED)
                  .build());
    }
    report =
        MonitoringReports.report(
            store,
            List.of(StandardPacks.hsl(), StandardPacks.group()),
            FROM,
            TO,
            END_OF_TERM,
            LONDON);
    byPupil =
        report.pupils().stream()
            .collect(Collectors.toMap(p -> p.pupil().value(), Function.identity()));
  }

  @Test
  @DisplayName(
      "LP36-7 / LP36-4b: expected routine contacts come from each plan's frequency and are compared with actual ones")
  void lp36_7_expectedVersusActual() {
    PupilLiaison family = byPupil.get("pupil-day_with_family");
    assertThat(family.frequency()).contains(Frequency.WEEKLY);
    // The conventional autumn term 2026: from Monday 7 September to Friday 18 December, 15 weeks
    // less the half-term
    // week of 26 October: 14 school weeks, so 14 weekly contacts and 7 fortnightly ones.
    assertThat(family.expectedRoutineContacts()).isEqualTo(14);
    assertThat(family.actualRoutineContacts()).isEqualTo(15);
    assertThat(family.overdue()).isFalse();

    PupilLiaison boarding = byPupil.get("pupil-boarding");
    assertThat(boarding.expectedRoutineContacts()).isEqualTo(7);
    assertThat(boarding.actualRoutineContacts()).isEqualTo(3);
  }

  @Test
  @DisplayName("LP36-7: overdue contact is reported with how long it is overdue")
  void lp36_7_overdue() {
    PupilLiaison boarding = byPupil.get("pupil-boarding");
    assertThat(boarding.lastRoutineContact()).contains(on(LocalDate.of(2026, 10, 5), "18:00:00"));
    // Fortnightly: ten school days' allowance after 5 October runs out on 19 October; overdue from
    // the 20th.
    assertThat(boarding.daysOverdue()).isEqualTo(60);
    // Weekly, never contacted since the plan began on 1 September: the term's first five school
    // days (7 to 11
    // September) are the allowance; overdue from the 14th.
    assertThat(byPupil.get("pupil-inpatient_unit").daysOverdue()).isEqualTo(96);
  }

  @Test
  @DisplayName("LP36-4c: emergency contacts report how fast a person was reached")
  void lp36_4c_emergencyResponse() {
    assertThat(byPupil.get("pupil-inpatient_unit").emergencyResponseMinutes()).containsExactly(12L);
    CohortLiaison ward =
        report.cohorts().stream()
            .filter(c -> c.residence() == ResidenceContext.INPATIENT_UNIT)
            .findFirst()
            .orElseThrow();
    assertThat(ward.emergencyContacts()).isEqualTo(1);
    assertThat(ward.medianEmergencyResponseMinutes()).hasValue(12);
  }

  @Test
  @DisplayName("LP36-5: topic coverage shows which planned topics no contact covered")
  void lp36_5_topicCoverage() {
    PupilLiaison family = byPupil.get("pupil-day_with_family");
    assertThat(family.topicsCovered()).contains(Topic.ATTENDANCE, Topic.PROGRESS);
    assertThat(family.topicsMissing()).containsExactly(Topic.CONCERNS_AND_SAFEGUARDING);
  }

  @Test
  @DisplayName("LP36-3 / LP36-2: pupils in scope without a plan, and cohorts by residence context")
  void lp36_3_scopeAndCohorts() {
    assertThat(report.pupilsWithoutPlan())
        .extracting(p -> p.value())
        .containsExactly("pupil-care_home");
    assertThat(report.cohorts())
        .extracting(CohortLiaison::residence)
        .containsExactly(
            ResidenceContext.DAY_WITH_FAMILY,
            ResidenceContext.CARE_HOME,
            ResidenceContext.INPATIENT_UNIT,
            ResidenceContext.BOARDING);
    CohortLiaison careHome = report.cohorts().get(1);
    assertThat(careHome.pupils()).isEqualTo(1);
    assertThat(careHome.withPlan()).isZero();
    // 15 weekly contacts recorded against 14 school weeks expected: above the plan.
    assertThat(report.cohorts().get(0).compliance()).isEqualTo(15.0 / 14);
    assertThat(report.cohorts().get(3).compliance()).isEqualTo(3.0 / 7);
  }

  @Test
  @DisplayName(
      "HSL-11 / LP36-7: plans and policy packs past their review dates; the HSL 'Spring Term 2023' review is overdue")
  void hsl11_reviewsDue() {
    assertThat(report.reviewsDue())
        .extracting(ReviewDueItem::kind, ReviewDueItem::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POLICY_PACK", "clare-hsl"),
            org.assertj.core.groups.Tuple.tuple("POLICY_PACK", "ecs36-group"),
            org.assertj.core.groups.Tuple.tuple("PLAN", "plan-inpatient_unit"));
    assertThat(report.reviewsDue().get(0).dueBy()).isEqualTo(LocalDate.of(2023, 4, 8));
  }

  @Test
  @DisplayName(
      "HSL-2: a member of staff in repeated out-of-hours contact with one family is flagged")
  void hsl2_repeatedOutOfHours() {
    assertThat(report.repeatedOutOfHours())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.staff()).isEqualTo(Fixtures.TEACHER);
              assertThat(r.pupil().value()).isEqualTo("pupil-day_with_family");
              assertThat(r.contacts()).isEqualTo(3);
            });
  }

  @Test
  @DisplayName(
      "LP36-7: the report serialises to JSON and reads back equal; the facade produces the same report")
  void reportIsData() {
    assertThat(LiaisonJson.read(LiaisonJson.write(report), MonitoringReport.class))
        .isEqualTo(report);
    assertThat(LiaisonJson.write(report)).doesNotContain(Fixtures.MARKER);
    store.staff().save(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .clock(END_OF_TERM)
            .zone(LONDON)
            .build();
    MonitoringReport viaFacade = liaison.monitoring().report(Fixtures.HEAD, FROM, TO);
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () -> liaison.monitoring().report(Fixtures.TEACHER, FROM, TO))
                .clauses())
        .containsExactly(Clause.LP36_7);
    assertThat(viaFacade.pupils()).isEqualTo(report.pupils());
    assertThat(viaFacade.reviewsDue())
        .extracting(ReviewDueItem::id)
        .contains("coxlease-lp36", "ecs36-group");
  }
}
