package io.github.liaisonsdk.plan;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.lawfulbasis.DataProtectionBasis;
import io.github.liaisonsdk.lawfulbasis.LawfulBasis;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiaisonPlanRulesTest {

  @ParameterizedTest
  @EnumSource(ResidenceContext.class)
  @DisplayName("LP36-3 / LP36-4: a complete plan builds for a pupil of every residence context")
  void planForEveryResidenceContext(ResidenceContext context) {
    LiaisonPlan plan = Fixtures.plan(context);
    assertThat(plan.residence()).isEqualTo(context);
    assertThat(plan.names(Fixtures.TEACHER)).isTrue();
    assertThat(plan.appliesOn(Fixtures.START)).isTrue();
    assertThat(plan.appliesOn(Fixtures.START.minusDays(1))).isFalse();
  }

  @Test
  @DisplayName("LP36-4a: a plan without a named school-side person is refused")
  void lp36_4a_schoolSideRequired() {
    expectViolation(
        () -> Fixtures.planBuilder(ResidenceContext.BOARDING).schoolSide(List.of()).build(),
        "schoolSide",
        "LP36-4a");
  }

  @Test
  @DisplayName("LP36-4a: a plan without family-side contacts is refused")
  void lp36_4a_familySideRequired() {
    expectViolation(
        () ->
            Fixtures.planBuilder(ResidenceContext.BOARDING)
                .familySide(List.of())
                .emergencyCallOrder(List.of())
                .build(),
        "familySide",
        "LP36-4a");
  }

  @Test
  @DisplayName("LP36-4a: naming the same school-side person twice is refused")
  void lp36_4a_noDuplicatePersons() {
    expectViolation(
        () ->
            Fixtures.planBuilder(ResidenceContext.BOARDING).addSchoolSide(Fixtures.TEACHER).build(),
        "schoolSide",
        "LP36-4a");
  }

  /** Every residence context against every relationship: the plan holds exactly when the counterpart fits. */
  @Test
  @DisplayName(
      "LP36-3: exhaustively, a plan needs a counterpart that fits the pupil's residence context")
  void lp36_3_counterpartFitsResidence() {
    int accepted = 0;
    for (ResidenceContext context : ResidenceContext.values()) {
      for (Relationship relationship : Relationship.values()) {
        FamilyContact only =
            FamilyContact.builder()
                .id(ContactPersonId.of("counterpart"))
                .relationship(relationship)
                .parentalResponsibility(false)
                .addReachableBy(ContactMethod.TELEPHONE)
                .build();
        boolean fits = Relationship.counterpartsFor(context).contains(relationship);
        var build = Fixtures.planBuilder(context).familySide(List.of(only));
        if (fits) {
          assertThatCode(build::build)
              .as(context + " with " + relationship)
              .doesNotThrowAnyException();
          accepted++;
        } else {
          expectViolation(build::build, "familySide", "LP36-3");
        }
      }
    }
    assertThat(accepted)
        .as("each context has at least one fitting counterpart")
        .isGreaterThanOrEqualTo(ResidenceContext.values().length);
  }

  @Test
  @DisplayName("LP36-3: a professional counterpart never holds parental responsibility")
  void lp36_3_professionalsHoldNoParentalResponsibility() {
    for (Relationship relationship : Relationship.values()) {
      var build =
          FamilyContact.builder()
              .id(ContactPersonId.of("c"))
              .relationship(relationship)
              .parentalResponsibility(true)
              .addReachableBy(ContactMethod.TELEPHONE);
      if (relationship.isProfessional()) {
        expectViolation(build::build, "parentalResponsibility", "LP36-3");
      } else {
        assertThat(build.build().parentalResponsibility()).isTrue();
      }
    }
  }

  @Test
  @DisplayName(
      "LP36-4c: exhaustively, an emergency method must reach a person at once; a letter alone is refused")
  void lp36_4c_emergencyMethodReachesAtOnce() {
    for (ContactMethod method : ContactMethod.values()) {
      if (method.reachesPersonAtOnce()) {
        assertThat(EmergencyCall.of(ContactPersonId.of("c"), method).method()).isEqualTo(method);
      } else {
        expectViolation(
            () -> EmergencyCall.of(ContactPersonId.of("c"), method), "method", "LP36-4c");
      }
    }
    assertThat(ContactMethod.LETTER.reachesPersonAtOnce()).isFalse();
    assertThat(ContactMethod.TELEPHONE.reachesPersonAtOnce()).isTrue();
  }

  @Test
  @DisplayName("LP36-4c: a plan without an emergency call order is refused")
  void lp36_4c_emergencyOrderRequired() {
    expectViolation(
        () ->
            Fixtures.planBuilder(ResidenceContext.CARE_HOME).emergencyCallOrder(List.of()).build(),
        "emergencyCallOrder",
        "LP36-4c");
  }

  @Test
  @DisplayName("LP36-4c: the emergency call order may only name the plan's own contacts")
  void lp36_4c_emergencyCallsKnownContacts() {
    expectViolation(
        () ->
            Fixtures.planBuilder(ResidenceContext.CARE_HOME)
                .addEmergencyCallOrder(
                    EmergencyCall.of(ContactPersonId.of("stranger"), ContactMethod.TELEPHONE))
                .build(),
        "emergencyCallOrder[1].contact",
        "LP36-4c");
  }

  @Test
  @DisplayName("LP36-4d: a record is due between one hour and a week after the contact")
  void lp36_4d_recordingWindow() {
    expectViolation(
        () ->
            RecordingPlan.builder()
                .location(RecordLocation.MIS_CONTACT_LOG)
                .recordWithinHours(0)
                .build(),
        "recordWithinHours",
        "LP36-4d");
    expectViolation(
        () ->
            RecordingPlan.builder()
                .location(RecordLocation.MIS_CONTACT_LOG)
                .recordWithinHours(169)
                .build(),
        "recordWithinHours",
        "LP36-4d");
    assertThat(
            RecordingPlan.builder()
                .location(RecordLocation.MIS_CONTACT_LOG)
                .recordWithinHours(168)
                .build()
                .namedPersonsOnly())
        .isTrue();
  }

  @Test
  @DisplayName("HSL-8: routine liaison is never recorded on the restricted liaison form")
  void hsl8_routineNotOnLiaisonForm() {
    expectViolation(
        () ->
            RecordingPlan.builder()
                .location(RecordLocation.LIAISON_FORM)
                .recordWithinHours(24)
                .build(),
        "location",
        "HSL-8");
  }

  @Test
  @DisplayName("LP36-5: a plan covers at least one topic")
  void lp36_5_topicsRequired() {
    expectViolation(
        () -> Fixtures.planBuilder(ResidenceContext.BOARDING).topics(List.of()).build(),
        "topics",
        "LP36-5");
  }

  @Test
  @DisplayName(
      "LP36-4e: the lawful basis is recorded, and a privacy notice reference is one clean line")
  void lp36_4e_lawfulBasis() {
    assertThat(Fixtures.plan(ResidenceContext.BOARDING).dataProtection().lawfulBasis())
        .isEqualTo(LawfulBasis.PUBLIC_TASK);
    expectViolation(
        () ->
            DataProtectionBasis.builder()
                .lawfulBasis(LawfulBasis.PUBLIC_TASK)
                .privacyNotice("line one\nline two")
                .build(),
        "privacyNotice",
        "LP36-4e");
  }

  @Test
  @DisplayName("LP36-4 / LP36-7: approval precedes effect, and review follows it")
  void datesInOrder() {
    expectViolation(
        () ->
            Fixtures.planBuilder(ResidenceContext.BOARDING)
                .approvedOn(Fixtures.START.plusDays(1))
                .build(),
        "approvedOn",
        "LP36-4");
    expectViolation(
        () -> Fixtures.planBuilder(ResidenceContext.BOARDING).reviewDue(Fixtures.START).build(),
        "reviewDue",
        "LP36-7");
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                Fixtures.planBuilder(ResidenceContext.BOARDING)
                    .effectiveTo(Fixtures.START)
                    .build());
    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("effectiveTo");
  }

  @Test
  @DisplayName("every broken rule is reported at once, each with its path")
  void allViolationsReportedTogether() {
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                Fixtures.planBuilder(ResidenceContext.BOARDING)
                    .schoolSide(List.of())
                    .topics(List.of())
                    .version(0)
                    .build());
    assertThat(e.violations())
        .extracting(v -> v.path())
        .contains("schoolSide", "topics", "version");
    assertThat(e.cites(Clause.LP36_4A)).isTrue();
    assertThat(e.cites(Clause.LP36_5)).isTrue();
    assertThat(e.getMessage()).startsWith("Invalid LiaisonPlan: ");
  }

  @Test
  @DisplayName(
      "a missing mandatory field or a null is a LiaisonValidationException naming the field")
  void missingAndNullFields() {
    LiaisonValidationException missing =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () -> LiaisonPlan.builder().id(PlanId.of("p")).version(1).build());
    assertThat(missing.violations())
        .extracting(v -> v.path())
        .contains("pupil", "residence", "routine");
    assertThat(missing.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("is required"));

    LiaisonValidationException nul =
        catchThrowableOfType(
            LiaisonValidationException.class, () -> LiaisonPlan.builder().pupil(null));
    assertThat(nul.violations()).extracting(v -> v.path()).containsExactly("pupil");
  }
}
