package io.github.liaisonsdk.json;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyMetadata;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.SupportPlan;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Fixtures;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiaisonJsonTest {

  private static ObjectNode tree(Object value) throws Exception {
    return (ObjectNode) LiaisonJson.mapper().readTree(LiaisonJson.write(value));
  }

  private static String planJsonWith(java.util.function.Consumer<ObjectNode> change)
      throws Exception {
    ObjectNode plan = tree(Fixtures.plan(ResidenceContext.BOARDING));
    change.accept(plan);
    return plan.toString();
  }

  @ParameterizedTest
  @EnumSource(ResidenceContext.class)
  @DisplayName(
      "LP36-3 / LP36-4: a plan for every residence context round-trips through JSON unchanged")
  void planRoundTrip(ResidenceContext context) {
    LiaisonPlan plan = Fixtures.plan(context);
    String json = LiaisonJson.write(plan);
    assertThat(LiaisonJson.read(json, LiaisonPlan.class)).isEqualTo(plan);
    assertThat(json).contains("\"schemaVersion\":1").contains("\"residence\":\"" + context + "\"");
  }

  @Test
  @DisplayName(
      "LP36-4d / LP36-4c: contact records, pupils, staff, metadata and audit events round-trip")
  void otherTypesRoundTrip() {
    ContactRecord emergency =
        Fixtures.recordBuilder("r-1", ResidenceContext.CARE_HOME, MORNING)
            .kind(ContactKind.EMERGENCY)
            .emergencyRaisedAt(MORNING.minusSeconds(300))
            .build();
    Pupil pupil =
        Pupil.builder()
            .from(Fixtures.pupil(ResidenceContext.INPATIENT_UNIT))
            .addSupportPlan(
                SupportPlan.builder()
                    .kind(SupportPlanKind.EHCP)
                    .reference("EHCP-42")
                    .addAccessibleTo(Fixtures.HEAD)
                    .build())
            .build();
    StaffMember staff =
        StaffMember.builder()
            .from(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER))
            .lineManager(Fixtures.HEAD)
            .build();
    PolicyMetadata metadata = Fixtures.hslMetadata();
    AuditEvent event =
        AuditEvent.next(
            Optional.empty(),
            MORNING,
            AuditEventType.DECISION,
            Optional.empty(),
            "pupil-1",
            Map.of("outcome", "CONSULT"));

    for (Object value : new Object[] {emergency, pupil, staff, metadata, event}) {
      assertThat(LiaisonJson.read(LiaisonJson.write(value), value.getClass().getSuperclass()))
          .as(value.getClass().getSimpleName())
          .isEqualTo(value);
    }
    assertThat(LiaisonJson.write(metadata)).contains("\"term\":\"Spring Term 2023\"");
    assertThat(LiaisonJson.write(emergency)).contains("\"occurredAt\":\"2026-09-14T08:30:00Z\"");
  }

  @Test
  @DisplayName(
      "an unknown field is refused at its place, without echoing its name (the caller's text)")
  void unknownField() throws Exception {
    String json =
        planJsonWith(p -> ((ObjectNode) p.get("routine")).put("AmeliaSmithDisclosed", "blue"));
    expectViolation(
        () -> LiaisonJson.read(json, LiaisonPlan.class), "$.routine.<unknown field>", null);
  }

  @Test
  @DisplayName(
      "LP36-4c: a rule broken deep inside a document is reported at its JSON path with its clause")
  void nestedRuleViolation() throws Exception {
    String json =
        planJsonWith(
            p -> ((ObjectNode) p.get("emergencyCallOrder").get(0)).put("method", "LETTER"));
    expectViolation(
        () -> LiaisonJson.read(json, LiaisonPlan.class),
        "$.emergencyCallOrder[0].method",
        "LP36-4c");
  }

  @Test
  @DisplayName("LP36-4a: a missing required field is reported by name")
  void missingField() throws Exception {
    String json = planJsonWith(p -> p.remove("schoolSide"));
    expectViolation(() -> LiaisonJson.read(json, LiaisonPlan.class), "$.schoolSide", "LP36-4a");
    String noPupil = planJsonWith(p -> p.remove("pupil"));
    expectViolation(() -> LiaisonJson.read(noPupil, LiaisonPlan.class), "$.pupil", null);
  }

  @Test
  @DisplayName(
      "an unknown enum value is refused, listing what is allowed and not echoing the value")
  void unknownEnum() throws Exception {
    String json = planJsonWith(p -> p.put("residence", Fixtures.MARKER));
    LiaisonValidationException e =
        expectViolation(() -> LiaisonJson.read(json, LiaisonPlan.class), "$.residence", null);
    assertThat(e.getMessage()).contains("DAY_WITH_FAMILY").contains("BOARDING");
  }

  @Test
  @DisplayName(
      "wrong types, nulls, duplicates, trailing content and malformed JSON are refused without echoing input")
  void malformedDocuments() throws Exception {
    expectViolation(
        () -> LiaisonJson.read(planJsonWith(p -> p.put("version", "2")), LiaisonPlan.class),
        "$.version",
        null);
    expectViolation(
        () -> LiaisonJson.read(planJsonWith(p -> p.putNull("pupil")), LiaisonPlan.class),
        "$.pupil",
        null);
    expectViolation(
        () -> LiaisonJson.read(planJsonWith(p -> p.put("version", 1.5)), LiaisonPlan.class),
        "$.version",
        null);
    String plan = planJsonWith(p -> {});
    String duplicated = plan.replaceFirst("\\{", "{\"version\":1,");
    expectViolation(() -> LiaisonJson.read(duplicated, LiaisonPlan.class), "$", null);
    expectViolation(() -> LiaisonJson.read(plan + " {}", LiaisonPlan.class), "$", null);
    expectViolation(
        () -> LiaisonJson.read("{\"" + Fixtures.MARKER + "\": tru", LiaisonPlan.class), "$", null);
    expectViolation(() -> LiaisonJson.read("null", LiaisonPlan.class), "$", null);
    expectViolation(() -> LiaisonJson.read(null, LiaisonPlan.class), "$", null);
  }

  @Test
  @DisplayName("documents beyond the nesting, string and size limits are refused")
  void limits() {
    String deep =
        "[".repeat(LiaisonJson.MAX_NESTING_DEPTH + 5)
            + "]".repeat(LiaisonJson.MAX_NESTING_DEPTH + 5);
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () -> LiaisonJson.read("{\"topics\":" + deep + "}", LiaisonPlan.class));
    assertThat(e.getMessage()).contains("size limit");
    String huge = "{\"id\":\"" + "x".repeat(LiaisonJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> LiaisonJson.read(huge, LiaisonPlan.class))
                .getMessage())
        .contains("size limit");
    String tooLong = " ".repeat((int) LiaisonJson.MAX_DOCUMENT_LENGTH + 1);
    expectViolation(() -> LiaisonJson.read(tooLong, LiaisonPlan.class), "$", null);
  }

  @Test
  @DisplayName("LP36-4e: confidential text in a rejected document never reaches the message")
  void confidentialTextNotEchoed() throws Exception {
    ObjectNode record = tree(Fixtures.record("r-1", ResidenceContext.BOARDING, MORNING));
    record.put("summary", Fixtures.MARKER + "\u0000");
    expectViolation(
        () -> LiaisonJson.read(record.toString(), ContactRecord.class), "$.summary.text", null);
    record.put("summary", Fixtures.MARKER);
    record.put("recordedAt", "2000-01-01T00:00:00Z");
    expectViolation(
        () -> LiaisonJson.read(record.toString(), ContactRecord.class), "$.recordedAt", "LP36-4d");
  }

  @Test
  @DisplayName("a document from a newer schema version is refused")
  void newerSchemaVersion() throws Exception {
    expectViolation(
        () -> LiaisonJson.read(planJsonWith(p -> p.put("schemaVersion", 2)), LiaisonPlan.class),
        "$.schemaVersion",
        null);
  }

  @Test
  @DisplayName("polymorphic type tricks find no default typing to exploit")
  void noDefaultTyping() throws Exception {
    String json =
        planJsonWith(p -> p.putArray("pupil").add("java.net.URL").add("http://127.0.0.1/"));
    expectViolation(() -> LiaisonJson.read(json, LiaisonPlan.class), "$.pupil", null);
    JsonNode written = tree(Fixtures.plan(ResidenceContext.BOARDING));
    assertThat(written.toString()).doesNotContain("@class").doesNotContain("@type");
  }
}
