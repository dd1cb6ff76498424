package io.github.liaisonsdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-1: a site's checklist items, the group's core ones and its own additions, checked per plan. */
class ChecklistTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  @DisplayName(
      "LP36-1: a plan that has not confirmed the site's own checklist item is reported, with the item")
  void siteItemRequired() {
    PolicyPack lp36 = StandardPacks.lp36();
    String siteItem = lp36.checklist().get(lp36.checklist().size() - 1);
    assertThat(StandardPacks.group().checklist()).doesNotContain(siteItem);
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison =
        Liaison.builder()
            .pack(lp36)
            .store(store)
            .zone(LONDON)
            .clock(Clock.fixed(Instant.parse("2026-12-09T10:00:00Z"), LONDON))
            .build();
    TestSchool.staff().forEach(liaison.school()::synchroniseStaff);
    ResidenceContext checked = ResidenceContext.BOARDING;
    ResidenceContext coreOnly = ResidenceContext.SCHOOL_CARE_ACCOMMODATION;
    for (ResidenceContext context : List.of(checked, coreOnly)) {
      liaison.school().synchronisePupil(Fixtures.pupil(context));
    }
    liaison
        .school()
        .approvePlan(
            LiaisonPlan.builder()
                .from(Fixtures.plan(checked))
                .checklistConfirmed(lp36.checklist())
                .build());
    liaison
        .school()
        .approvePlan(
            LiaisonPlan.builder()
                .from(Fixtures.plan(coreOnly))
                .checklistConfirmed(StandardPacks.group().checklist())
                .build());

    List<ChecklistGap> gaps =
        liaison
            .monitoring()
            .report(Fixtures.HEAD, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 9))
            .checklistGaps();
    assertThat(gaps)
        .containsExactly(
            new ChecklistGap(
                Fixtures.pupilId(coreOnly), "plan-school_care_accommodation", List.of(siteItem)));
  }

  @Test
  @DisplayName("LP36-1: a plan confirms only items of its pack's checklist, word for word")
  void onlyThePacksItems() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .zone(LONDON)
            .clock(Clock.fixed(Instant.parse("2026-12-09T10:00:00Z"), LONDON))
            .build();
    TestSchool.staff().forEach(liaison.school()::synchroniseStaff);
    liaison.school().synchronisePupil(Fixtures.pupil(ResidenceContext.BOARDING));
    LiaisonValidationException invented =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .school()
                    .approvePlan(
                        LiaisonPlan.builder()
                            .from(Fixtures.plan(ResidenceContext.BOARDING))
                            .addChecklistConfirmed("An item no pack has")
                            .build()));
    assertThat(invented.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("checklistConfirmed");
              assertThat(v.clause()).isEqualTo(Clause.LP36_1);
            });
    assertThat(store.plans().forPupil(Fixtures.pupilId(ResidenceContext.BOARDING))).isEmpty();
  }
}
