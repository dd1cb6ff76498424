package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonsdk.json.LiaisonJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  private static String run(Path db, boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), json).run(db);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "LP36-3 / LP36-6.1 / HSL-8 / LP36-7: the demo runs a term on an H2 file database, twice")
  void runsTwiceOnTheSameDatabase(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("liaison");
    String first = run(db, false);
    assertThat(first)
        .contains(
            "New database.",
            "Schema migrated to version 8",
            "one in every residence context",
            "case is LOGGED (HSL-8)",
            "the teacher is answered as if it did not exist (HSL-9)",
            "consult [LA_SAFEGUARDING_TEAM]",
            "clauses [LP36-6.1, LP36-6.2, LP36-6.3]",
            "Review overdue: POLICY_PACK ecs36-group",
            "Intact:",
            "clare shares the database with coxlease",
            "is unknown there",
            "2 compiled packs for 2 schools",
            "Term by term: Autumn Term 2026",
            "Week by week:",
            "LP36-2 participation (all pupils):",
            "(IN_YEAR): file due by 2026-11-20",
            "(NEXT_TERM): file due by 2027-01-08",
            "receipt confirmed on 2026-11-17",
            "To-do list on 2026-12-18",
            "transfer the child protection file and record the receipt — CPT-2",
            "review the policy and sign the new version — coxlease-lp36",
            "routine contact the liaison plan arranges",
            "7 of 8 staff acknowledged version 2 of coxlease-lp36",
            "A parent asked for a copy; given version 2",
            "The policy as a document: ",
            "policy-document.html",
            "Monitoring report: ",
            "Draft version 3 of coxlease-lp36",
            "To sign: [HEADTEACHER]",
            "newly permits 0, newly forbids ",
            "now treated as confidential by default",
            "in force from 2027-01-04 (today version 2 is in force)",
            "next review due Spring Term 2028");
    assertThat(first).doesNotContain("newly forbids 0,");
    assertThat(Files.readString(db.resolveSibling("policy-document.html")))
        .contains("Home-School/College Liaison")
        .contains("Coxlease School")
        .contains("LP36-6.1");
    assertThat(first.lines().filter(l -> l.matches("\\s*\\d+\\. .*")))
        .hasSizeGreaterThanOrEqualTo(12);
    String second = run(db, false);
    assertThat(second).contains("Found the data of an earlier run: reset it");
    assertThat(second.substring(second.indexOf("== The school")))
        .isEqualTo(first.substring(first.indexOf("== The school")));
  }

  @Test
  @DisplayName(
      "LP36-7: with --json the demo prints one JSON document with decisions, monitoring and the audit check")
  void jsonOutput(@TempDir Path dir) throws Exception {
    JsonNode doc = LiaisonJson.mapper().readTree(run(dir.resolve("liaison"), true));
    assertThat(doc.get("decisions")).hasSize(15);
    // LP36-6.1: CONSULT the LA team, CONSULT again until who informs is settled (LP36-6.2), then
    // PERMIT.
    assertThat(doc.get("decisions").get(11).get("decision").get("outcome").asText())
        .isEqualTo("CONSULT");
    assertThat(doc.get("decisions").get(12).get("decision").get("clauses").get(0).asText())
        .isEqualTo("LP36-6.2");
    assertThat(doc.get("decisions").get(13).get("decision").get("outcome").asText())
        .isEqualTo("PERMIT");
    assertThat(doc.get("monitoring").get("cohorts")).hasSize(7);
    // No made-up -1 for "none": a cohort without an emergency contact has no median at all.
    assertThat(doc.get("monitoring").get("cohorts"))
        .allSatisfy(
            cohort ->
                assertThat(cohort.path("medianEmergencyResponseMinutes").asLong(0))
                    .isNotNegative());
    assertThat(doc.get("monitoring").get("cohorts"))
        .anySatisfy(cohort -> assertThat(cohort.has("medianEmergencyResponseMinutes")).isFalse());
    assertThat(doc.get("audit").get("intact").asBoolean()).isTrue();
    // The to-do list: every item with an owner, a due date, a clause and a stable id (issue 16).
    assertThat(doc.get("toDo"))
        .isNotEmpty()
        .allSatisfy(
            item -> {
              assertThat(item.get("id").asText()).matches("todo-[0-9a-f]{32}");
              assertThat(item.get("due").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
              assertThat(item.get("clause").asText()).isNotBlank();
            });
    assertThat(doc.get("monitoring").get("fileTransfers")).hasSize(1);
    assertThat(doc.toString())
        .as("destinations stay out of the JSON")
        .doesNotContain("Southfield College");
    assertThat(doc.get("monitoring").get("indicators").toString()).contains("dissemination");
    assertThat(LiaisonJson.mapper().readTree(Files.readString(dir.resolve("demo.json"))))
        .isEqualTo(doc);
  }

  @Test
  @DisplayName(
      "LP36-7: the demo leaves no H2 trace file, and another run holding the database is told apart from other failures")
  void newcomerFriendly(@TempDir Path dir) throws Exception {
    run(dir.resolve("liaison"), false);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".trace.db"))
          .contains("liaison.mv.db", "monitoring-report.html", "policy-document.html");
    }
    assertThat(
            Demo.heldByAnotherRun(
                new io.github.liaisonsdk.basics.LiaisonException(
                    "migrate failed", new java.sql.SQLException("withheld", "90020", 90020))))
        .isTrue();
    assertThat(
            Demo.heldByAnotherRun(
                new IllegalStateException(new java.sql.SQLException("x", "42000", 42000))))
        .isFalse();
  }
}
