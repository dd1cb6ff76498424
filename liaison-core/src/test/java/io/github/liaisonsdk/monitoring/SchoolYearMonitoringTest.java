package io.github.liaisonsdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.plan.RoutineArrangement;
import io.github.liaisonsdk.policy.DateRange;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.SchoolTerm;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.policy.TermDates;
import io.github.liaisonsdk.policy.TermReference;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.SupportPlan;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Monitoring that knows the school year: holidays, half terms and INSET days expect no contact (LP36-4b, LP36-7). */
class SchoolYearMonitoringTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ResidenceContext CONTEXT = ResidenceContext.DAY_WITH_FAMILY;

  @Test
  @DisplayName(
      "LP36-4b: the conventional year closes Christmas, Easter and the half terms (Europe/London, 2026-27)")
  void conventionalHolidays() {
    TermCalendar year = TermCalendar.conventional();
    // Christmas 2026: the autumn term's last day is Friday 18 December; spring begins Monday 4
    // January 2027.
    assertThat(year.isSchoolDay(LocalDate.of(2026, 12, 18))).isTrue();
    assertThat(year.schoolDays(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3))).isZero();
    assertThat(year.isSchoolDay(LocalDate.of(2027, 1, 4))).isTrue();
    // Easter 2027 is 28 March: spring ends Thursday 25 March, summer begins Monday 5 April.
    assertThat(year.isSchoolDay(LocalDate.of(2027, 3, 25))).isTrue();
    assertThat(year.schoolDays(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 4))).isZero();
    assertThat(year.isSchoolDay(LocalDate.of(2027, 4, 5))).isTrue();
    // October half term 2026: the week of the last Monday, 26 to 30 October.
    assertThat(year.schoolDays(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30))).isZero();
    assertThat(year.isSchoolDay(LocalDate.of(2026, 11, 2))).isTrue();
    // February half term 2027 (third Monday, the 15th) and the early May bank holiday (3 May 2027).
    assertThat(year.schoolDays(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19))).isZero();
    assertThat(year.isSchoolDay(LocalDate.of(2027, 5, 3))).isFalse();
    assertThat(year.isSchoolDay(LocalDate.of(2027, 5, 4))).isTrue();
  }

  @Test
  @DisplayName("LP36-4b: a pack's own term dates, half term and INSET days decide the school days")
  void localTermDates() {
    TermCalendar local = TermCalendar.of(List.of(autumn2026()));
    assertThat(local.isSchoolDay(LocalDate.of(2026, 9, 2))).as("before the local term").isFalse();
    assertThat(local.isSchoolDay(LocalDate.of(2026, 9, 3))).isTrue();
    assertThat(local.isSchoolDay(LocalDate.of(2026, 10, 19))).as("half term").isFalse();
    assertThat(local.isSchoolDay(LocalDate.of(2026, 11, 20))).as("INSET day").isFalse();
    assertThat(local.isSchoolDay(LocalDate.of(2026, 12, 21))).as("after the local term").isFalse();
    assertThat(local.termOf(LocalDate.of(2026, 12, 21)))
        .isEqualTo(new TermReference(SchoolTerm.AUTUMN, 2026));
    assertThatThrownBy(
            () ->
                TermDates.builder()
                    .from(autumn2026())
                    .addClosures(new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4)))
                    .build())
        .isInstanceOf(LiaisonValidationException.class)
        .hasMessageContaining("closures")
        .hasMessageContaining("LP36-7");
  }

  @Test
  @DisplayName(
      "LP36-7: a weekly plan expects no contact in the Christmas weeks, and is not overdue over them")
  void weeklyPlanOverChristmas() {
    InMemoryStore store = school(Frequency.WEEKLY);
    store
        .contacts()
        .append(
            Fixtures.record("before-christmas", CONTEXT, Instant.parse("2026-12-18T09:00:00Z")));
    store
        .contacts()
        .append(Fixtures.record("in-the-holiday", CONTEXT, Instant.parse("2026-12-23T09:00:00Z")));
    Clock clock = Clock.fixed(Instant.parse("2027-01-05T16:00:00Z"), LONDON);

    MonitoringReport report =
        MonitoringReports.report(
            store,
            List.of(StandardPacks.hsl()),
            LocalDate.of(2026, 12, 14),
            LocalDate.of(2027, 1, 10),
            clock,
            LONDON);

    PupilLiaison pupil = report.pupils().get(0);
    // Weeks of 14 December and of 4 January (to the 5th, today) have school days; the two between
    // do not.
    assertThat(pupil.expectedRoutineContacts()).isEqualTo(2);
    assertThat(pupil.overdue()).as("two school days since the last contact").isFalse();
    LiaisonSeries school = report.series().get(0);
    assertThat(school.scope()).isEqualTo("SCHOOL");
    assertThat(school.weeks())
        .extracting(SeriesPoint::period)
        .containsExactly("2026-W51", "2026-W52", "2026-W53", "2027-W01");
    assertThat(school.weeks())
        .extracting(SeriesPoint::expected)
        .containsExactly(1.0, 0.0, 0.0, 1.0);
    assertThat(school.weeks()).extracting(SeriesPoint::actual).containsExactly(1, 1, 0, 0);
    assertThat(school.weeks()).extracting(SeriesPoint::schoolDays).containsExactly(5L, 0L, 0L, 2L);
    assertThat(school.terms())
        .extracting(SeriesPoint::period)
        .containsExactly("Autumn Term 2026", "Spring Term 2027");
    assertThat(school.terms()).extracting(SeriesPoint::actual).containsExactly(2, 0);
    assertThat(report.series())
        .extracting(LiaisonSeries::scope)
        .containsExactly("SCHOOL", "RESIDENCE", "PUPIL");
    assertThat(report.series().get(2).weeks()).isEqualTo(school.weeks());
  }

  @Test
  @DisplayName(
      "LP36-7: a weekly plan expects none over Easter and a half term; fortnightly and daily follow school days")
  void easterAndHalfTerm() {
    Clock clock = Clock.fixed(Instant.parse("2027-04-30T16:00:00Z"), LONDON);
    // Easter 2027: 26 March to 4 April closed; spring half term 15 to 19 February.
    for (Frequency frequency : List.of(Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.DAILY)) {
      MonitoringReport report =
          MonitoringReports.report(
              school(frequency),
              List.of(StandardPacks.hsl()),
              LocalDate.of(2027, 2, 8),
              LocalDate.of(2027, 4, 30),
              clock,
              LONDON);
      LiaisonSeries series = report.series().get(0);
      SeriesPoint halfTerm =
          series.weeks().stream()
              .filter(w -> w.period().equals("2027-W07"))
              .findFirst()
              .orElseThrow();
      SeriesPoint easterWeek =
          series.weeks().stream()
              .filter(w -> w.period().equals("2027-W13"))
              .findFirst()
              .orElseThrow();
      assertThat(halfTerm.expected()).as(frequency + " in half term").isZero();
      assertThat(easterWeek.expected()).as(frequency + " in the Easter holiday").isZero();
      // 12 weeks from 8 February to 30 April, less the half-term week and the Easter week with no
      // school day (the
      // week of 22 March keeps four): 10 school weeks.
      int expected = report.pupils().get(0).expectedRoutineContacts();
      switch (frequency) {
        case WEEKLY -> assertThat(expected).isEqualTo(10);
        case FORTNIGHTLY -> assertThat(expected).isEqualTo(5);
        default ->
            assertThat(expected)
                .as("school days, Easter Thursday included")
                .isEqualTo(
                    (int)
                        TermCalendar.conventional()
                            .schoolDays(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 4, 30)));
      }
    }
  }

  @Test
  @DisplayName(
      "LP36-4b: a monthly plan expects one a month, a termly one one a term, a half-termly one two")
  void monthlyAndTermly() {
    Clock clock = Clock.fixed(Instant.parse("2027-07-30T16:00:00Z"), LONDON);
    // February 2027 (half term inside it), March 2027 (Easter starts on the 26th), the spring term
    // 2027 whole.
    assertThat(
            expected(Frequency.MONTHLY, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), clock))
        .isEqualTo(1);
    assertThat(
            expected(Frequency.MONTHLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), clock))
        .isEqualTo(1);
    assertThat(
            expected(Frequency.TERMLY, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 25), clock))
        .isEqualTo(1);
    assertThat(
            expected(
                Frequency.HALF_TERMLY, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 25), clock))
        .isEqualTo(2);
    assertThat(
            expected(Frequency.TERMLY, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 23), clock))
        .as("a school year")
        .isEqualTo(3);
    assertThat(
            expected(Frequency.MONTHLY, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), clock))
        .as("August, no school day")
        .isZero();
  }

  private static int expected(Frequency frequency, LocalDate from, LocalDate to, Clock clock) {
    InMemoryStore store = InMemoryStore.create();
    store.pupils().save(Fixtures.pupil(CONTEXT));
    store
        .plans()
        .save(
            Fixtures.planBuilder(CONTEXT)
                .effectiveFrom(LocalDate.of(2026, 8, 1))
                .approvedOn(LocalDate.of(2026, 7, 1))
                .reviewDue(LocalDate.of(2028, 1, 1))
                .routine(RoutineArrangement.of(ContactMethod.TELEPHONE, frequency))
                .build());
    return MonitoringReports.report(store, List.of(StandardPacks.hsl()), from, to, clock, LONDON)
        .pupils()
        .get(0)
        .expectedRoutineContacts();
  }

  @Test
  @DisplayName("HSL-2: how many out-of-hours contacts count as repeated is the pack's to say")
  void hsl2_thresholdFromThePack() throws Exception {
    InMemoryStore store = school(Frequency.WEEKLY);
    for (int i = 0; i < 2; i++) {
      store
          .contacts()
          .append(
              Fixtures.recordBuilder(
                      "ooh-" + i, CONTEXT, Instant.parse("2026-10-0" + (3 + i) + "T11:00:00Z"))
                  .kind(ContactKind.OUT_OF_HOURS)
                  .location(RecordLocation.LIAISON_FORM)
                  .level(ConfidentialityLevel.RESTRICTED)
                  .build());
    }
    Clock clock = Clock.fixed(Instant.parse("2026-12-18T16:00:00Z"), LONDON);
    LocalDate from = LocalDate.of(2026, 9, 1);
    LocalDate to = LocalDate.of(2026, 12, 18);
    MonitoringReport standard =
        MonitoringReports.report(store, List.of(StandardPacks.hsl()), from, to, clock, LONDON);
    assertThat(standard.repeatedOutOfHoursThreshold()).isEqualTo(3);
    assertThat(standard.repeatedOutOfHours()).isEmpty();

    MonitoringReport stricter =
        MonitoringReports.report(store, List.of(hslWith(2)), from, to, clock, LONDON);
    assertThat(stricter.repeatedOutOfHoursThreshold()).isEqualTo(2);
    assertThat(stricter.repeatedOutOfHours())
        .singleElement()
        .satisfies(r -> assertThat(r.contacts()).isEqualTo(2));
    assertThatThrownBy(() -> hslWith(1))
        .isInstanceOf(LiaisonValidationException.class)
        .hasMessageContaining("repeatedOutOfHoursContacts")
        .hasMessageContaining("HSL-2");
  }

  @Test
  @DisplayName(
      "HSL-2, LP36-1: a site may flag repeated out-of-hours contact sooner than its group, never later")
  void hsl2_siteThresholdOnlyStricter() throws Exception {
    assertThat(siteWith(2).repeatedOutOfHoursThreshold()).isEqualTo(2);
    assertThat(StandardPacks.lp36().repeatedOutOfHoursThreshold())
        .as("the group's default")
        .isEqualTo(3);
    assertThatThrownBy(() -> siteWith(5))
        .isInstanceOf(LiaisonValidationException.class)
        .hasMessageContaining("$.repeatedOutOfHoursContacts")
        .hasMessageContaining("HSL-2");
  }

  private static PolicyPack siteWith(int threshold) throws Exception {
    ObjectNode site =
        (ObjectNode) LiaisonJson.mapper().readTree(StandardPacks.json("coxlease-lp36"));
    site.put("repeatedOutOfHoursContacts", threshold);
    PolicyPackLoader loader = PolicyPackLoader.create();
    loader.load(StandardPacks.json("ecs36-group"));
    return loader.load(LiaisonJson.mapper().writeValueAsString(site));
  }

  @Test
  @DisplayName("LP36-5.1: a named liaison person without access to the pupil's EHCP is reported")
  void lp36_5_1_supportPlanGaps() {
    InMemoryStore store = school(Frequency.WEEKLY);
    StaffId dsl = StaffId.of("staff-dsl");
    store
        .pupils()
        .save(
            Pupil.builder()
                .from(Fixtures.pupil(CONTEXT))
                .addSupportPlans(
                    SupportPlan.builder()
                        .kind(SupportPlanKind.EHCP)
                        .reference("EHCP-1")
                        .accessibleTo(Set.of(dsl))
                        .build())
                .build());
    MonitoringReport report =
        MonitoringReports.report(
            store,
            List.of(StandardPacks.hsl()),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 12, 18),
            Clock.fixed(Instant.parse("2026-12-18T16:00:00Z"), LONDON),
            LONDON);
    assertThat(report.supportPlanGaps())
        .containsExactly(
            new SupportPlanGap(Fixtures.pupilId(CONTEXT), Fixtures.TEACHER, SupportPlanKind.EHCP));

    store
        .pupils()
        .save(
            Pupil.builder()
                .from(Fixtures.pupil(CONTEXT))
                .addSupportPlans(
                    SupportPlan.builder()
                        .kind(SupportPlanKind.EHCP)
                        .reference("EHCP-1")
                        .accessibleTo(Set.of(dsl, Fixtures.TEACHER))
                        .build())
                .build());
    assertThat(
            MonitoringReports.report(
                    store,
                    List.of(StandardPacks.hsl()),
                    LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 12, 18),
                    Clock.fixed(Instant.parse("2026-12-18T16:00:00Z"), LONDON),
                    LONDON)
                .supportPlanGaps())
        .isEmpty();
  }

  private static InMemoryStore school(Frequency frequency) {
    InMemoryStore store = InMemoryStore.create();
    store.pupils().save(Fixtures.pupil(CONTEXT));
    store
        .plans()
        .save(
            Fixtures.planBuilder(CONTEXT)
                .routine(RoutineArrangement.of(ContactMethod.TELEPHONE, frequency))
                .build());
    return store;
  }

  private static TermDates autumn2026() {
    return TermDates.builder()
        .term(new TermReference(SchoolTerm.AUTUMN, 2026))
        .first(LocalDate.of(2026, 9, 3))
        .last(LocalDate.of(2026, 12, 18))
        .addClosures(new DateRange(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23)))
        .addClosures(new DateRange(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
        .build();
  }

  private static PolicyPack hslWith(int threshold) throws Exception {
    ObjectNode pack = (ObjectNode) LiaisonJson.mapper().readTree(StandardPacks.json("clare-hsl"));
    pack.put("repeatedOutOfHoursContacts", threshold);
    ArrayNode terms = pack.putArray("termDates");
    terms.add(LiaisonJson.mapper().valueToTree(autumn2026()));
    return PolicyPackLoader.create().load(LiaisonJson.mapper().writeValueAsString(pack));
  }
}
