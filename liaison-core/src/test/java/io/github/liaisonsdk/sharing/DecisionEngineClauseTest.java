package io.github.liaisonsdk.sharing;

import static io.github.liaisonsdk.sharing.Requests.about;
import static io.github.liaisonsdk.sharing.Requests.consultation;
import static io.github.liaisonsdk.sharing.Requests.laAgreed;
import static io.github.liaisonsdk.sharing.Requests.toStaff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.staff.Designation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each clause's scenario, holding and failing, on the shipped packs. */
class DecisionEngineClauseTest {
  static DecisionEngine hsl;
  static DecisionEngine lp36;
  static PolicyPack lp36Pack;

  @BeforeAll
  static void compile() {
    hsl = DecisionEngine.compile(StandardPacks.hsl());
    lp36Pack = StandardPacks.lp36();
    lp36 = DecisionEngine.compile(lp36Pack);
  }

  @Test
  @DisplayName(
      "HSL-3: confidential information to a parent, an agency or the public is DENY, forbidden by HSL-3")
  void hsl3_confidentialStaysInSchool() {
    for (RecipientKind outside :
        new RecipientKind[] {
          RecipientKind.PARENT_WITH_RESPONSIBILITY,
          RecipientKind.EXTERNAL_AGENCY,
          RecipientKind.GOVERNORS,
          RecipientKind.PUBLIC
        }) {
      Decision d =
          hsl.decide(
              about(Topic.RISKS, ConfidentialityLevel.CONFIDENTIAL).recipient(outside).build());
      assertThat(d.outcome()).as(outside.name()).isEqualTo(Outcome.DENY);
      assertThat(d.denyReason()).contains(DenyReason.FORBIDDEN);
      assertThat(d.clauses()).contains(Clause.HSL_3);
      assertThat(d.aims()).contains(Aim.MAINTAIN_CONFIDENTIALITY);
      assertThat(d.obligations())
          .extracting(Obligation::kind)
          .contains(ObligationKind.RECORD_DECISION_AND_REASONS);
    }
    Decision internal =
        hsl.decide(about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL).build());
    assertThat(internal.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(internal.clauses()).doesNotContain(Clause.HSL_3);
  }

  @Test
  @DisplayName(
      "HSL-4: inside school, CONSULT the line manager; PERMIT once they agreed; DENY if declined or not relevant")
  void hsl4_relevantPartiesAfterLineManager() {
    var relevant =
        toStaff(
            about(Topic.BEHAVIOUR, ConfidentialityLevel.CONFIDENTIAL),
            Designation.TEACHER,
            Relevance.RELEVANT_PARTY);
    Decision consult = hsl.decide(relevant.build());
    assertThat(consult.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(consult.consult()).containsExactly(ConsulteeRole.LINE_MANAGER);
    assertThat(consult.clauses()).containsExactly(Clause.HSL_4);
    assertThat(consult.explanation()).contains("line manager").contains("HSL-4");

    Decision permit =
        hsl.decide(
            relevant
                .addConsultation(
                    consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.AGREED))
                .build());
    assertThat(permit.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(permit.obligations())
        .extracting(Obligation::kind)
        .contains(ObligationKind.RECORD_DISCLOSURE);

    Decision declined =
        hsl.decide(
            toStaff(
                    about(Topic.BEHAVIOUR, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.TEACHER,
                    Relevance.RELEVANT_PARTY)
                .addConsultation(
                    consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.DECLINED))
                .build());
    assertThat(declined.outcome()).isEqualTo(Outcome.DENY);

    Decision notRelevant =
        hsl.decide(
            toStaff(
                    about(Topic.BEHAVIOUR, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.OFFICE,
                    Relevance.NOT_RELEVANT)
                .addConsultation(
                    consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.AGREED))
                .build());
    assertThat(notRelevant.outcome()).isEqualTo(Outcome.DENY);
    assertThat(notRelevant.explanation()).contains("not one");
  }

  @Test
  @DisplayName(
      "HSL-5: unclassified information is CONSULT headship, never PERMIT, until the head has checked")
  void hsl5_unclassified() {
    var unclassified =
        toStaff(about(Topic.PROGRESS, null), Designation.TEACHER, Relevance.RELEVANT_PARTY)
            .addConsultation(consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.AGREED));
    Decision consult = hsl.decide(unclassified.build());
    assertThat(consult.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(consult.consult()).containsExactly(ConsulteeRole.HEADSHIP);
    assertThat(consult.cites(Clause.HSL_5)).isTrue();

    Decision checked =
        hsl.decide(
            unclassified
                .addConsultation(consultation(ConsulteeRole.HEADSHIP, ConsultationOutcome.AGREED))
                .build());
    assertThat(checked.outcome()).isEqualTo(Outcome.PERMIT);

    Decision refused =
        hsl.decide(
            about(Topic.PROGRESS, null)
                .addConsultation(consultation(ConsulteeRole.HEADSHIP, ConsultationOutcome.DECLINED))
                .build());
    assertThat(refused.outcome()).isEqualTo(Outcome.DENY);
    assertThat(refused.cites(Clause.HSL_5)).isTrue();
  }

  @Test
  @DisplayName(
      "HSL-9: restricted records are PERMIT for the headteacher and assistant head, DENY for anyone else")
  void hsl9_restrictedToHeadship() {
    for (Designation post : Designation.values()) {
      Decision d =
          hsl.decide(
              toStaff(
                      about(Topic.RISKS, ConfidentialityLevel.RESTRICTED),
                      post,
                      Relevance.RELEVANT_PARTY)
                  .build());
      boolean headship =
          post == Designation.HEADTEACHER || post == Designation.ASSISTANT_HEADTEACHER;
      assertThat(d.outcome()).as(post.name()).isEqualTo(headship ? Outcome.PERMIT : Outcome.DENY);
      assertThat(d.clauses()).contains(Clause.HSL_9);
      if (headship) {
        assertThat(d.obligations())
            .extracting(Obligation::kind)
            .contains(ObligationKind.RESTRICT_TO_POSTS, ObligationKind.AUDIT_EVERY_READ);
      }
    }
  }

  @Test
  @DisplayName("HSL-3: public information, not being confidential, is PERMIT to anyone")
  void hsl3_publicInformation() {
    Decision d =
        hsl.decide(
            about(Topic.CELEBRATION_EVENTS, ConfidentialityLevel.PUBLIC)
                .recipient(RecipientKind.PUBLIC)
                .build());
    assertThat(d.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(d.clauses()).contains(Clause.HSL_3).doesNotContain(Clause.HSL_10);
  }

  @Test
  @DisplayName(
      "HSL-2 / LP36-5: school-internal liaison topics are PERMIT with a parent holding responsibility, DENY without it")
  void lp36_5_familyLiaison() {
    Decision withPr =
        lp36.decide(about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL).build());
    assertThat(withPr.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(withPr.clauses()).containsExactly(Clause.LP36_5, Clause.LP36_4A);
    assertThat(withPr.obligations())
        .extracting(Obligation::kind)
        .contains(ObligationKind.RECORD_CONTACT);
    assertThat(
            hsl.decide(about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL).build())
                .clauses())
        .containsExactly(Clause.HSL_2);

    Decision withoutPr =
        lp36.decide(
            about(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL)
                .recipient(RecipientKind.PARENT_WITHOUT_RESPONSIBILITY)
                .build());
    assertThat(withoutPr.outcome()).isEqualTo(Outcome.DENY);
    assertThat(withoutPr.denyReason()).contains(DenyReason.NOT_PERMITTED);
    assertThat(withoutPr.explanation()).contains("if in doubt, do not disclose");
  }

  @Test
  @DisplayName(
      "LP36-5.1: named liaison persons are PERMIT support-plan information; others must consult (HSL-4)")
  void lp36_5_1_supportPlans() {
    Decision named =
        lp36.decide(
            toStaff(
                    about(Topic.SUPPORT_PLAN, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.SUPPORT_ASSISTANT,
                    Relevance.NAMED_LIAISON_PERSON)
                .build());
    assertThat(named.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(named.clauses()).containsExactly(Clause.LP36_5_1);

    Decision relevantOnly =
        lp36.decide(
            toStaff(
                    about(Topic.SUPPORT_PLAN, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.SUPPORT_ASSISTANT,
                    Relevance.RELEVANT_PARTY)
                .build());
    assertThat(relevantOnly.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(relevantOnly.clauses()).containsExactly(Clause.HSL_4);

    Decision hslHasNoSuchRule =
        hsl.decide(
            toStaff(
                    about(Topic.SUPPORT_PLAN, ConfidentialityLevel.CONFIDENTIAL),
                    Designation.SUPPORT_ASSISTANT,
                    Relevance.NAMED_LIAISON_PERSON)
                .build());
    assertThat(hslHasNoSuchRule.outcome()).isEqualTo(Outcome.CONSULT);
  }

  @Test
  @DisplayName(
      "LP36-6.1: safeguarding information to another group service is CONSULT the LA team, then PERMIT once agreed")
  void lp36_6_1_consultLaTeamFirst() {
    var request =
        about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
            .requesterDesignation(Designation.SITE_MANAGER)
            .recipient(RecipientKind.OTHER_GROUP_SERVICE)
            .pupilInOtherServices(true);
    Decision before = lp36.decide(request.build());
    assertThat(before.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(before.consult()).containsExactly(ConsulteeRole.LA_SAFEGUARDING_TEAM);
    assertThat(before.clauses()).containsExactly(Clause.LP36_6_1, Clause.LP36_6_2, Clause.LP36_6_3);
    assertThat(before.obligations())
        .extracting(Obligation::kind)
        .containsExactly(
            ObligationKind.RECORD_NAMES_AND_DESIGNATIONS,
            ObligationKind.RECORD_WHO_INFORMS_OTHER_SERVICES);

    Decision after = lp36.decide(request.addConsultation(laAgreed(WhoInforms.REFERRER)).build());
    assertThat(after.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(after.obligations())
        .extracting(Obligation::kind)
        .contains(
            ObligationKind.RECORD_NAMES_AND_DESIGNATIONS,
            ObligationKind.RECORD_WHO_INFORMS_OTHER_SERVICES,
            ObligationKind.RECORD_DISCLOSURE);
    assertThat(after.packHash()).isEqualTo(lp36Pack.contentHash());
    assertThat(after.packId().value()).isEqualTo("coxlease-lp36");
  }

  @Test
  @DisplayName(
      "LP36-6.1: a declining LA team is DENY; without other services involved HSL-3 forbids it; the HSL pack never opens the route")
  void lp36_6_1_declinedOrNoRoute() {
    var request =
        about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
            .recipient(RecipientKind.OTHER_GROUP_SERVICE)
            .pupilInOtherServices(true)
            .addConsultation(
                consultation(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationOutcome.DECLINED));
    assertThat(lp36.decide(request.build()).outcome()).isEqualTo(Outcome.DENY);

    Decision noOtherService =
        lp36.decide(
            about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
                .recipient(RecipientKind.OTHER_GROUP_SERVICE)
                .pupilInOtherServices(false)
                .addConsultation(laAgreed(WhoInforms.LA_SAFEGUARDING_TEAM))
                .build());
    assertThat(noOtherService.outcome()).isEqualTo(Outcome.DENY);
    assertThat(noOtherService.clauses()).containsExactly(Clause.HSL_3);

    Decision hslPack =
        hsl.decide(
            about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
                .recipient(RecipientKind.OTHER_GROUP_SERVICE)
                .pupilInOtherServices(true)
                .addConsultation(laAgreed(WhoInforms.LA_SAFEGUARDING_TEAM))
                .build());
    assertThat(hslPack.outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName(
      "LP36-6.2: an agreement that does not say who informs the other services is still CONSULT")
  void lp36_6_2_whoInforms() {
    Decision d =
        lp36.decide(
            about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
                .recipient(RecipientKind.OTHER_GROUP_SERVICE)
                .pupilInOtherServices(true)
                .addConsultation(
                    consultation(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationOutcome.AGREED))
                .build());
    assertThat(d.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(d.clauses()).containsExactly(Clause.LP36_6_2);
  }

  @Test
  @DisplayName("LP36-6.3: a consultation without the consultee's name or designation is refused")
  void lp36_6_3_namesAndDesignations() {
    io.github.liaisonsdk.testing.Violations.expectViolation(
        () ->
            Consultation.builder()
                .from(consultation(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationOutcome.AGREED))
                .consulteeDesignation(" ")
                .build(),
        "consulteeDesignation",
        "LP36-6.3");
    io.github.liaisonsdk.testing.Violations.expectViolation(
        () ->
            Consultation.builder()
                .from(consultation(ConsulteeRole.LINE_MANAGER, ConsultationOutcome.AGREED))
                .whoInformsOtherServices(WhoInforms.REFERRER)
                .build(),
        "whoInformsOtherServices",
        "LP36-6.2");
  }

  @Test
  @DisplayName(
      "LP36-6.1: safeguarding information for the LA team goes through the DSL; urgency is said in the explanation")
  void lp36_6_1_laTeamThroughDsl() {
    var request =
        about(Topic.CONCERNS_AND_SAFEGUARDING, ConfidentialityLevel.SAFEGUARDING)
            .recipient(RecipientKind.LA_SAFEGUARDING_TEAM)
            .urgency(Urgency.CHILD_AT_RISK);
    Decision consult = lp36.decide(request.build());
    assertThat(consult.consult()).containsExactly(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD);
    assertThat(consult.explanation()).contains("significant harm");
    Decision permit =
        lp36.decide(
            request
                .addConsultation(
                    consultation(
                        ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD, ConsultationOutcome.AGREED))
                .build());
    assertThat(permit.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(permit.clauses()).containsExactly(Clause.LP36_6_1, Clause.LP36_6_3);
  }

  @Test
  @DisplayName(
      "HSL-1: decisions are shared per combination of rule outcomes, and equal requests get the same decision")
  void decisionsAreSharedAndDeterministic() {
    StatedRequest request = about(Topic.RISKS, ConfidentialityLevel.CONFIDENTIAL).build();
    assertThat(lp36.decide(request))
        .isSameAs(lp36.decide(StatedRequest.builder().from(request).build()));
    assertThat(lp36.decide(request).aims()).isNotEmpty();
  }

  @Test
  @DisplayName(
      "HSL-1: every explanation says which aims of the guidelines each deciding rule serves")
  void hsl1_explanationsNameTheAims() {
    Decision deny =
        hsl.decide(
            about(Topic.BEHAVIOUR, ConfidentialityLevel.CONFIDENTIAL)
                .recipient(RecipientKind.PUBLIC)
                .build());
    assertThat(deny.aims()).isNotEmpty();
    for (Aim aim : deny.aims()) {
      assertThat(deny.explanation()).contains(aim.purpose());
    }
    assertThat(deny.explanation()).contains("; to ");
    assertThat(Aim.phrase(java.util.List.of(Aim.MAINTAIN_CONFIDENTIALITY, Aim.PROTECT_THE_PUPIL)))
        .isEqualTo("protect the pupil and maintain confidentiality");
  }
}
