package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.pupil.ResidenceContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  private static String run(boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(json, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("LP36-3 / LP36-4a-e: the quick start prints a plan for every residence context")
  void printsEveryResidenceContext() {
    String out = run(false);
    for (ResidenceContext context : ResidenceContext.values()) {
      assertThat(out).contains(", " + context + "\n");
    }
    assertThat(out).contains("LP36-4a", "LP36-4b", "LP36-4c", "LP36-4d", "LP36-4e");
  }

  @Test
  @DisplayName("LP36-4: with --json the plans come out as JSON that reads back into the same plans")
  void jsonReadsBack() throws Exception {
    JsonNode plans = LiaisonJson.mapper().readTree(run(true));
    assertThat(plans).hasSize(ResidenceContext.values().length);
    var expected = QuickStart.plansForEveryResidenceContext(LocalDate.of(2026, 9, 1));
    for (int i = 0; i < plans.size(); i++) {
      assertThat(LiaisonJson.read(plans.get(i).toString(), LiaisonPlan.class))
          .isEqualTo(expected.get(i));
    }
  }
}
