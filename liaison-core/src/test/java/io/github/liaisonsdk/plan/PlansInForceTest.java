package io.github.liaisonsdk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-4: which plan is in force on a day, one rule for decisions, monitoring and the to-do list. */
class PlansInForceTest {
  private static final ResidenceContext CONTEXT = ResidenceContext.DAY_WITH_FAMILY;
  private static final LocalDate DAY = LocalDate.of(2026, 12, 9);

  private static Map<io.github.liaisonsdk.pupil.PupilId, LiaisonPlan> on(LiaisonPlan... versions) {
    List<LiaisonPlan> all = List.of(versions);
    return PlansInForce.on(DAY, List.of(all.get(all.size() - 1)), id -> all);
  }

  @Test
  @DisplayName(
      "LP36-4: a version approved ahead of its start leaves the current one in force until then")
  void pendingVersionWaits() {
    LiaisonPlan v1 = Fixtures.plan(CONTEXT);
    LiaisonPlan v2 =
        Fixtures.planBuilder(CONTEXT).version(2).effectiveFrom(LocalDate.of(2027, 1, 4)).build();
    assertThat(on(v1, v2)).containsEntry(v1.pupil(), v1);
  }

  @Test
  @DisplayName(
      "LP36-4: a version that ended the plan ends it: the versions before it do not come back into force")
  void endedPlanStaysEnded() {
    LiaisonPlan v1 = Fixtures.plan(CONTEXT);
    LiaisonPlan v2 =
        Fixtures.planBuilder(CONTEXT).version(2).effectiveTo(LocalDate.of(2026, 11, 30)).build();
    assertThat(on(v1, v2)).isEmpty();
  }
}
