package io.github.liaisonsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationGateTest {
  private static final String REPORT =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><mutations>"
          + mutation("a.Decider", "KILLED")
          + mutation("a.Decider", "TIMED_OUT")
          + mutation("a.Decider", "SURVIVED")
          + mutation("a.Decider", "NON_VIABLE")
          + mutation("a.b.Other", "NO_COVERAGE")
          + mutation("a.b.Other", "KILLED")
          + "</mutations>";

  private static String mutation(String type, String status) {
    return "<mutation detected='"
        + !status.equals("SURVIVED")
        + "' status='"
        + status
        + "'><mutatedClass>"
        + type
        + "</mutatedClass></mutation>";
  }

  @Test
  @DisplayName(
      "scores count killed and timed-out mutants as detected, per package, leaving out non-viable ones")
  void scoresPerPackage(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mutations.xml"), REPORT);
    var scores = MutationGate.scores(dir.resolve("mutations.xml"));
    assertThat(scores.get("a")).isEqualTo(new MutationGate.Score(2, 1, 0, 3));
    assertThat(scores.get("a.b")).isEqualTo(new MutationGate.Score(1, 0, 1, 2));
    assertThat(scores.get("a.b").percent()).isEqualTo(50.0);
  }

  @Test
  @DisplayName(
      "the gate writes the table and fails only when a gated package falls below its floor")
  void gate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mutations.xml"), REPORT);
    Files.writeString(dir.resolve("floors.properties"), "a=66\n");
    String[] args = {
      dir.resolve("mutations.xml").toString(),
      dir.resolve("floors.properties").toString(),
      dir.resolve("scores.md").toString()
    };
    MutationGate.main(args);
    assertThat(Files.readString(dir.resolve("scores.md")))
        .contains("| `a` | 3 | 2 | 1 | 0 | 66.7% | 66% |")
        .contains("| all | 5 | 3 |");
    Files.writeString(dir.resolve("floors.properties"), "a=70\na.b=50\nz=1\n");
    assertThatThrownBy(() -> MutationGate.main(args))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a scores 66.7%, below its floor of 70%")
        .hasMessageContaining("z has a floor but no mutants")
        .hasMessageNotContaining("a.b scores");
  }
}
