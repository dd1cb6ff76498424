package io.github.liaisonsdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-2's aims as indicators, each on data made for it. */
class IndicatorsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static List<Indicator> indicators(InMemoryStore store) {
    return MonitoringReports.report(
            store,
            List.of(StandardPacks.hsl()),
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 12, 18),
            Clock.fixed(Instant.parse("2026-12-18T16:00:00Z"), LONDON),
            LONDON)
        .indicators();
  }

  private static Indicator find(List<Indicator> all, String aim, String cohort) {
    return all.stream()
        .filter(i -> i.aim().equals(aim) && i.cohort().equals(cohort))
        .findFirst()
        .orElseThrow();
  }

  /** A pupil living with their family (the counterpart a parent) and one in a care home (a key worker), at risk. */
  private static InMemoryStore school() {
    InMemoryStore store = InMemoryStore.create();
    store.pupils().save(Fixtures.pupil(ResidenceContext.DAY_WITH_FAMILY));
    store
        .pupils()
        .save(
            Pupil.builder()
                .from(Fixtures.pupil(ResidenceContext.CARE_HOME))
                .atRiskOfFailure(true)
                .build());
    store.plans().save(Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY));
    store.plans().save(Fixtures.plan(ResidenceContext.CARE_HOME));
    for (int i = 0; i < 2; i++) {
      store
          .contacts()
          .append(
              Fixtures.record(
                  "family-" + i,
                  ResidenceContext.DAY_WITH_FAMILY,
                  Instant.parse("2026-10-0" + (5 + i) + "T09:00:00Z")));
      store
          .contacts()
          .append(
              Fixtures.record(
                  "home-" + i,
                  ResidenceContext.CARE_HOME,
                  Instant.parse("2026-10-0" + (5 + i) + "T10:00:00Z")));
    }
    store
        .contacts()
        .append(
            Fixtures.recordBuilder(
                    "home-emergency",
                    ResidenceContext.CARE_HOME,
                    Instant.parse("2026-10-08T10:00:00Z"))
                .kind(ContactKind.EMERGENCY)
                .emergencyRaisedAt(Instant.parse("2026-10-08T09:50:00Z"))
                .build());
    return store;
  }

  @Test
  @DisplayName(
      "LP36-2 participation: routine contacts that involved the family, all pupils and those at risk apart")
  void participation() {
    List<Indicator> all = indicators(school());
    Indicator everyone = find(all, Indicators.PARTICIPATION, Indicators.ALL);
    assertThat(everyone.numerator()).isEqualTo(2);
    assertThat(everyone.denominator())
        .as("routine contacts only: the emergency call is not counted")
        .isEqualTo(4);
    assertThat(everyone.value()).contains(0.5);
    Indicator atRisk = find(all, Indicators.PARTICIPATION, Indicators.AT_RISK);
    assertThat(atRisk.numerator()).isZero();
    assertThat(atRisk.denominator()).as("the care-home pupil's two routine contacts").isEqualTo(2);
    assertThat(atRisk.value()).contains(0.0);
    assertThat(atRisk.definition()).contains("at risk of failure");
  }

  @Test
  @DisplayName(
      "LP36-2 cooperation: contacts of any kind with another service or agency on the plan")
  void cooperation() {
    Indicator cooperation = find(indicators(school()), Indicators.COOPERATION, Indicators.ALL);
    assertThat(cooperation.numerator())
        .as("the care home's key worker, routine and emergency")
        .isEqualTo(3);
    assertThat(cooperation.denominator()).isEqualTo(5);
    assertThat(cooperation.value()).contains(0.6);
  }

  @Test
  @DisplayName(
      "LP36-2: what liaison records cannot measure is said, with the reason, and given no value")
  void outOfReachSaidNotInvented() {
    List<Indicator> all = indicators(school());
    for (String aim : List.of(Indicators.CAPACITY, Indicators.OUTCOMES)) {
      Indicator indicator = find(all, aim, Indicators.ALL);
      assertThat(indicator.value()).as(aim).isEmpty();
      assertThat(indicator.notMeasured()).as(aim).isPresent();
    }
    assertThat(all)
        .extracting(Indicator::aim)
        .containsOnly(
            Indicators.PARTICIPATION,
            Indicators.COOPERATION,
            Indicators.CAPACITY,
            Indicators.OUTCOMES,
            Indicators.DISSEMINATION);
  }

  @Test
  @DisplayName(
      "LP36-2 dissemination / HSL-10: staff who acknowledged the policy version in force, out of all staff")
  void disseminationFromAcknowledgements() {
    InMemoryStore store = school();
    io.github.liaisonsdk.policy.PolicyPack hsl = StandardPacks.hsl();
    for (String id : List.of("staff-a", "staff-b", "staff-c", "staff-d")) {
      store
          .staff()
          .save(
              Fixtures.staff(
                  io.github.liaisonsdk.staff.StaffId.of(id),
                  io.github.liaisonsdk.staff.Designation.TEACHER));
    }
    io.github.liaisonsdk.publication.PolicyVersion inForce =
        io.github.liaisonsdk.publication.PolicyVersion.of(hsl);
    store
        .publication()
        .saveAcknowledgement(
            new io.github.liaisonsdk.publication.Acknowledgement(
                io.github.liaisonsdk.staff.StaffId.of("staff-a"),
                inForce,
                Instant.parse("2026-09-02T08:00:00Z")));
    // An acknowledgement of an older version, and one by someone no longer on the staff, do not
    // count.
    store
        .publication()
        .saveAcknowledgement(
            new io.github.liaisonsdk.publication.Acknowledgement(
                io.github.liaisonsdk.staff.StaffId.of("staff-b"),
                new io.github.liaisonsdk.publication.PolicyVersion(
                    hsl.id(), hsl.version() + 1, "0".repeat(64)),
                Instant.parse("2026-09-02T08:00:00Z")));
    store
        .publication()
        .saveAcknowledgement(
            new io.github.liaisonsdk.publication.Acknowledgement(
                io.github.liaisonsdk.staff.StaffId.of("staff-left"),
                inForce,
                Instant.parse("2026-09-02T08:00:00Z")));
    Indicator dissemination = find(indicators(store), Indicators.DISSEMINATION, "all staff");
    assertThat(dissemination.numerator()).isEqualTo(1);
    assertThat(dissemination.denominator()).isEqualTo(4);
    assertThat(dissemination.value()).contains(0.25);
    assertThat(dissemination.definition()).contains("acknowledged").contains("HSL-10");
  }

  @Test
  @DisplayName(
      "LP36-2: a contact counts as the plan version it was recorded under names its people, not a later one")
  void planVersionOfTheContact() {
    InMemoryStore store = InMemoryStore.create();
    store.pupils().save(Fixtures.pupil(ResidenceContext.DAY_WITH_FAMILY));
    io.github.liaisonsdk.plan.LiaisonPlan first = Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY);
    store.plans().save(first);
    store
        .contacts()
        .append(
            Fixtures.record(
                "with-the-parent",
                ResidenceContext.DAY_WITH_FAMILY,
                Instant.parse("2026-09-14T09:00:00Z")));
    // Version 2 from October names someone else under the same person id: a key worker.
    store
        .plans()
        .save(
            io.github.liaisonsdk.plan.LiaisonPlan.builder()
                .from(first)
                .version(2)
                .effectiveFrom(LocalDate.of(2026, 10, 1))
                .familySide(
                    List.of(
                        io.github.liaisonsdk.plan.FamilyContact.builder()
                            .from(Fixtures.counterpart(ResidenceContext.DAY_WITH_FAMILY))
                            .relationship(io.github.liaisonsdk.plan.Relationship.SOCIAL_WORKER)
                            .parentalResponsibility(false)
                            .build(),
                        io.github.liaisonsdk.plan.FamilyContact.builder()
                            .from(Fixtures.counterpart(ResidenceContext.DAY_WITH_FAMILY))
                            .id(io.github.liaisonsdk.plan.ContactPersonId.of("parent-2"))
                            .build()))
                .build());
    List<Indicator> all = indicators(store);
    assertThat(find(all, Indicators.PARTICIPATION, Indicators.ALL).value()).contains(1.0);
    assertThat(find(all, Indicators.COOPERATION, Indicators.ALL).value()).contains(0.0);
  }

  @Test
  @DisplayName(
      "LP36-2: a contact whose plan is no longer held counts in no share, above or below the line")
  void contactWithoutItsPlan() {
    InMemoryStore store = school();
    store.pupils().save(Fixtures.pupil(ResidenceContext.BOARDING));
    store
        .contacts()
        .append(
            Fixtures.record(
                "no-plan", ResidenceContext.BOARDING, Instant.parse("2026-10-05T09:00:00Z")));
    Indicator everyone = find(indicators(store), Indicators.PARTICIPATION, Indicators.ALL);
    assertThat(everyone.denominator()).isEqualTo(4);
  }

  @Test
  @DisplayName(
      "LP36-2: with no contact in the period a share has no value rather than a made-up zero")
  void noContactsNoValue() {
    InMemoryStore store = InMemoryStore.create();
    store.pupils().save(Fixtures.pupil(ResidenceContext.DAY_WITH_FAMILY));
    store.plans().save(Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY));
    Indicator participation = find(indicators(store), Indicators.PARTICIPATION, Indicators.ALL);
    assertThat(participation.denominator()).isZero();
    assertThat(participation.value()).isEqualTo(Optional.empty());
  }
}
