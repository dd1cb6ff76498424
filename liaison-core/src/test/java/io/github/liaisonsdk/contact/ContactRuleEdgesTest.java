package io.github.liaisonsdk.contact;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The edges of recording against a plan and of the out-of-hours case aggregate. */
class ContactRuleEdgesTest {
  private static final LiaisonPlan PLAN = Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY);

  private static List<String> departurePaths(ContactRecord record) {
    return PlanConformance.departures(PLAN, record, ZoneOffset.UTC).stream()
        .map(Violation::path)
        .toList();
  }

  private static ContactRecord.Builder record() {
    return Fixtures.recordBuilder("r-1", ResidenceContext.DAY_WITH_FAMILY, Fixtures.MORNING);
  }

  @Test
  @DisplayName(
      "LP36-4d: safeguarding matters may be recorded in the safeguarding record, other liaison only where the plan says")
  void safeguardingRecordLocation() {
    assertThat(departurePaths(record().build())).isEmpty();
    assertThat(departurePaths(record().location(RecordLocation.SAFEGUARDING_RECORD).build()))
        .containsExactly("location");
    assertThat(
            departurePaths(
                record()
                    .location(RecordLocation.SAFEGUARDING_RECORD)
                    .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
                    .build()))
        .isEmpty();
    assertThat(
            departurePaths(
                record()
                    .location(RecordLocation.SAFEGUARDING_RECORD)
                    .level(ConfidentialityLevel.SAFEGUARDING)
                    .build()))
        .isEmpty();
    assertThat(
            departurePaths(
                record()
                    .location(RecordLocation.HOME_SCHOOL_BOOK)
                    .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
                    .build()))
        .containsExactly("location");
  }

  @Test
  @DisplayName(
      "LP36-4d: a contact recorded exactly at the plan's limit conforms; a second later it departs")
  void recordingDelayLimit() {
    Duration limit = Duration.ofHours(PLAN.recording().recordWithinHours());
    assertThat(departurePaths(record().recordedAt(Fixtures.MORNING.plus(limit)).build())).isEmpty();
    assertThat(
            departurePaths(
                record().recordedAt(Fixtures.MORNING.plus(limit).plusSeconds(1)).build()))
        .containsExactly("recordedAt");
  }

  @Test
  @DisplayName("LP36-4a: unknown counterparts are counted, never quoted")
  void unknownCounterparts() {
    List<Violation> departures =
        PlanConformance.departures(
            PLAN,
            record()
                .addCounterpart(io.github.liaisonsdk.plan.ContactPersonId.of(Fixtures.MARKER))
                .build(),
            ZoneOffset.UTC);
    assertThat(departures)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("counterparts");
              assertThat(v.rule())
                  .isEqualTo("names 1 of 2 contacts that the plan does not")
                  .doesNotContain(Fixtures.MARKER);
              assertThat(v.clause()).isEqualTo(Clause.LP36_4A);
            });
  }

  @Test
  @DisplayName(
      "HSL-6, HSL-7, HSL-8: a case holds a review exactly when reviewed, a log only when approved, a recorder only for a breach")
  void caseRules() {
    ExternalContactCase disclosed = Fixtures.disclosedCase("c-1", ResidenceContext.DAY_WITH_FAMILY);
    HeadReview review =
        HeadReview.builder()
            .reviewer(Fixtures.HEAD)
            .reviewedAt(Fixtures.MORNING)
            .decision(CaseAction.APPROVE)
            .conflictOfInterest(false)
            .reasons(ConfidentialText.of("known family"))
            .build();
    ExternalContactCase approved =
        ExternalContactCase.builder()
            .from(disclosed)
            .version(2)
            .state(CaseState.APPROVED)
            .review(review)
            .build();
    assertThat(approved.review()).contains(review);
    expectViolation(
        () -> ExternalContactCase.builder().from(disclosed).review(review).build(),
        "review",
        "HSL-7");
    expectViolation(
        () -> ExternalContactCase.builder().from(disclosed).state(CaseState.APPROVED).build(),
        "review",
        "HSL-7");
    expectViolation(
        () ->
            ExternalContactCase.builder()
                .from(approved)
                .review(HeadReview.builder().from(review).reviewer(Fixtures.TEACHER).build())
                .build(),
        "review.reviewer",
        "HSL-7");
    expectViolation(
        () ->
            ExternalContactCase.builder()
                .from(approved)
                .addLogged(ContactRecordId.of("r-1"))
                .build(),
        "logged",
        "HSL-8");
    assertThat(
            ExternalContactCase.builder()
                .from(approved)
                .state(CaseState.LOGGED)
                .addLogged(ContactRecordId.of("r-1"))
                .build()
                .logged())
        .hasSize(1);
    expectViolation(
        () -> ExternalContactCase.builder().from(disclosed).breachRecordedBy(Fixtures.HEAD).build(),
        "breachRecordedBy",
        "HSL-6");
    expectViolation(
        () ->
            ExternalContactCase.builder().from(disclosed).state(CaseState.BREACH_RECORDED).build(),
        "breachRecordedBy",
        "HSL-6");
    assertThat(
            ExternalContactCase.builder()
                .from(disclosed)
                .state(CaseState.WITHDRAWN)
                .build()
                .review())
        .isEmpty();
    expectViolation(
        () -> ExternalContactCase.builder().from(disclosed).schemaVersion(2).build(),
        "schemaVersion",
        null);
  }

  @Test
  @DisplayName(
      "HSL-6 to HSL-8: allows() answers exactly as next() behaves, for every state and action")
  void allowsAgreesWithNext() {
    int allowed = 0;
    for (CaseState state : CaseState.values()) {
      for (CaseAction action : CaseAction.values()) {
        boolean allows = ExternalContactWorkflow.allows(state, action);
        if (allows) {
          allowed++;
          assertThat(ExternalContactWorkflow.next(state, action)).isNotNull();
        } else {
          assertThatThrownBy(() -> ExternalContactWorkflow.next(state, action))
              .isInstanceOf(WorkflowException.class);
        }
      }
    }
    assertThat(allowed).isBetween(1, CaseState.values().length * CaseAction.values().length - 1);
  }

  @Test
  @DisplayName("ids print as their value, so messages and logs show the reference and nothing else")
  void idsPrintAsValues() {
    assertThat(CaseId.of("OOH-1")).hasToString("OOH-1");
    assertThat(ContactRecordId.of("r-1")).hasToString("r-1");
    assertThat(StaffId.of("S-1").value()).isEqualTo("S-1");
  }
}
