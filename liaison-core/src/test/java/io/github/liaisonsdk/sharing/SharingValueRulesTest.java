package io.github.liaisonsdk.sharing;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.staff.Designation;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of requests and decisions themselves, and what a decision says about itself. */
class SharingValueRulesTest {
  private static final DecisionEngine HSL = DecisionEngine.compile(StandardPacks.hsl());

  @Test
  @DisplayName(
      "HSL-4: a recipient's post and relevance are given for staff in school, and only for them")
  void recipientDetailsOnlyForStaff() {
    expectViolation(
        () ->
            Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL)
                .recipientDesignation(Designation.TEACHER)
                .build(),
        "recipientDesignation",
        "HSL-4");
    expectViolation(
        () ->
            Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL)
                .recipient(RecipientKind.STAFF_IN_SCHOOL)
                .build(),
        "recipientDesignation",
        "HSL-4");
    expectViolation(
        () ->
            Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL)
                .recipientRelevance(Relevance.RELEVANT_PARTY)
                .build(),
        "recipientRelevance",
        "HSL-4");
    expectViolation(
        () ->
            Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL)
                .schemaVersion(2)
                .build(),
        "schemaVersion",
        null);
    StatedRequest toStaff =
        Requests.toStaff(
                Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.CONFIDENTIAL),
                Designation.TEACHER,
                Relevance.RELEVANT_PARTY)
            .build();
    assertThat(toStaff.recipientDesignation()).contains(Designation.TEACHER);
    assertThat(toStaff.pupilInOtherServices()).isFalse();
    assertThat(
            Requests.about(Topic.ATTENDANCE, null)
                .pupilInOtherServices(true)
                .build()
                .pupilInOtherServices())
        .isTrue();
  }

  @Test
  @DisplayName("HSL-4: the latest consultation of a role is the one that counts")
  void latestConsultationCounts() {
    Consultation agreed =
        Requests.consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.AGREED);
    Consultation declined =
        Consultation.builder()
            .from(agreed)
            .outcome(ConsultationOutcome.DECLINED)
            .consultedAt(Instant.parse("2026-10-02T10:00:00Z"))
            .build();
    StatedRequest request =
        Requests.toStaff(
                Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.CONFIDENTIAL),
                Designation.TEACHER,
                Relevance.RELEVANT_PARTY)
            .addConsultations(agreed, declined)
            .build();
    assertThat(request.latestConsultation(ConsulteeRole.LINE_MANAGER)).containsSame(declined);
    assertThat(request.latestConsultation(ConsulteeRole.HEADSHIP)).isEmpty();
    assertThat(request.requestFacts().consultation(ConsulteeRole.LINE_MANAGER))
        .isEqualTo(ConsultationState.DECLINED);
    assertThat(HSL.decide(request).outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName(
      "HSL-1: a decision names a deny reason exactly when it denies, whom to consult exactly when it consults, and cites and explains itself")
  void decisionRules() {
    Decision deny =
        HSL.decide(Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.CONFIDENTIAL).build());
    assertThat(deny.outcome()).isEqualTo(Outcome.DENY);
    assertThat(deny.denyReason()).contains(DenyReason.FORBIDDEN);
    assertThat(deny.cites(Clause.HSL_3)).isTrue();
    assertThat(deny.cites(Clause.HSL_9)).isFalse();
    expectViolation(
        () -> Decision.builder().from(deny).denyReason(java.util.Optional.empty()).build(),
        "denyReason",
        null);
    expectViolation(
        () -> Decision.builder().from(deny).outcome(Outcome.PERMIT).build(), "denyReason", null);
    expectViolation(
        () ->
            Decision.builder()
                .from(deny)
                .outcome(Outcome.CONSULT)
                .denyReason(java.util.Optional.empty())
                .build(),
        "consult",
        null);
    expectViolation(
        () -> Decision.builder().from(deny).clauses(java.util.List.of()).build(),
        "clauses",
        "HSL-1");
    expectViolation(
        () -> Decision.builder().from(deny).explanation(" ").build(), "explanation", "HSL-1");
  }

  @Test
  @DisplayName(
      "HSL-4, HSL-9: explanations say whom to consult and which posts may read a restricted record")
  void explanationsNameThePeople() {
    Decision consult =
        HSL.decide(
            Requests.toStaff(
                    Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.TEACHER,
                    Relevance.RELEVANT_PARTY)
                .build());
    assertThat(consult.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(consult.consult()).containsExactly(ConsulteeRole.LINE_MANAGER);
    assertThat(consult.explanation()).contains("your line manager");
    Decision restricted =
        HSL.decide(
            Requests.toStaff(
                    Requests.about(Topic.ATTENDANCE, ConfidentialityLevel.RESTRICTED),
                    Designation.TEACHER,
                    Relevance.RELEVANT_PARTY)
                .build());
    assertThat(restricted.outcome()).isEqualTo(Outcome.DENY);
    assertThat(restricted.explanation()).contains("headteacher");
    assertThat(restricted.obligations())
        .isNotEmpty()
        .allSatisfy(
            o ->
                assertThat(o.toString())
                    .isEqualTo(o.kind() + " [" + o.clause() + "]: " + o.detail()));
  }

  @Test
  @DisplayName("HSL-3, HSL-4: only staff of the school are inside it")
  void insideSchool() {
    assertThat(Arrays.stream(RecipientKind.values()).filter(RecipientKind::insideSchool))
        .containsExactly(RecipientKind.STAFF_IN_SCHOOL);
  }
}
