package io.github.liaisonsdk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.staff.Designation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-9 / HSL-11: a draft compared with the version in force before it is signed off. */
class PackComparisonTest {

  /** The HSL pack with the liaison form (restricted records) opened to the school office too. */
  private static PolicyPack draftOpeningTheLiaisonFormToTheOffice() throws Exception {
    ObjectNode json = (ObjectNode) LiaisonJson.mapper().readTree(StandardPacks.json("clare-hsl"));
    for (var rule : json.get("rules")) {
      if (rule.get("rule")
          .asText()
          .equals(io.github.liaisonsdk.policy.RuleName.RESTRICTED_TO_POSTS.name())) {
        ((ObjectNode) rule)
            .putArray("posts")
            .add("HEADTEACHER")
            .add("ASSISTANT_HEADTEACHER")
            .add("OFFICE");
      }
    }
    ((ObjectNode) json.get("metadata")).put("version", 2);
    return PolicyPackLoader.create().load(LiaisonJson.mapper().writeValueAsString(json));
  }

  @Test
  @DisplayName(
      "LP36-9 / HSL-11 / HSL-9: a draft that widens one rule shows exactly the requests it opens, in plain English with an example each")
  void widenedRuleShowsExactlyWhatItOpens() throws Exception {
    PackComparison comparison =
        PolicyVerifier.compare(StandardPacks.hsl(), draftOpeningTheLiaisonFormToTheOffice());

    // Exactly the requests with restricted information for a member of the office, whatever else is
    // stated: every
    // requester post, the office recipient's three relevances, other services, urgency and every
    // consultation state.
    long perTopic =
        (long) Designation.values().length * Relevance.values().length * 2 * 2 * 3 * 3 * 3 * 4;
    assertThat(comparison.widened()).isEqualTo(Topic.values().length * perTopic);
    assertThat(comparison.narrowed()).isZero();
    assertThat(comparison.closed()).isEmpty();
    assertThat(comparison.opened())
        .hasSize(Topic.values().length)
        .allSatisfy(
            change -> {
              assertThat(change.level()).isEqualTo(ConfidentialityLevel.RESTRICTED);
              assertThat(change.recipient()).isEqualTo(RecipientKind.STAFF_IN_SCHOOL);
              assertThat(change.was()).isEqualTo(Outcome.DENY);
              assertThat(change.now()).isEqualTo(Outcome.PERMIT);
              assertThat(change.requests()).isEqualTo(perTopic);
              assertThat(change.example().facts().recipientDesignation())
                  .contains(Designation.OFFICE);
              assertThat(change.example().decision().clauses())
                  .contains(io.github.liaisonsdk.basics.Clause.HSL_9);
              assertThat(change.summary())
                  .contains("(restricted) to a member of staff: was DENY, now PERMIT");
              assertThat(change.exampleInWords())
                  .contains("(office, ")
                  .contains("DENY before, PERMIT now");
            });
    assertThat(comparison.opened())
        .extracting(PackChange::topic)
        .containsExactlyInAnyOrder(Topic.values());
  }

  @Test
  @DisplayName("LP36-9: the version in force compared with itself changes nothing")
  void sameVersionNoChange() {
    PackComparison comparison = PolicyVerifier.compare(StandardPacks.hsl(), StandardPacks.hsl());
    assertThat(comparison.opened()).isEmpty();
    assertThat(comparison.closed()).isEmpty();
    assertThat(comparison.checked()).isEqualTo(PolicyVerifier.requestSpaceSize());
  }

  @Test
  @DisplayName(
      "LP36-1 / LP36-9: a draft raising a topic's default level shows what it closes for information recorded below it; lowering one shows what it opens")
  void topicLevelChangesAreCompared() {
    PolicyPack raised =
        io.github.liaisonsdk.testing.Drafts.of(
            "coxlease-lp36",
            3,
            json -> ((ObjectNode) json.get("topicLevels")).put("PROGRESS", "CONFIDENTIAL"));
    assertThat(StandardPacks.lp36().levelOf(Topic.PROGRESS))
        .isEqualTo(ConfidentialityLevel.SCHOOL_INTERNAL);
    PackComparison comparison = PolicyVerifier.compare(StandardPacks.lp36(), raised);
    assertThat(comparison.widened()).isZero();
    assertThat(comparison.narrowed()).isPositive();
    DecisionEngine draft = DecisionEngine.compile(raised);
    assertThat(comparison.closed())
        .isNotEmpty()
        .allSatisfy(
            change -> {
              assertThat(change.topic()).isEqualTo(Topic.PROGRESS);
              assertThat(change.level())
                  .isIn(ConfidentialityLevel.PUBLIC, ConfidentialityLevel.SCHOOL_INTERNAL);
              assertThat(change.treatedAs()).isEqualTo(ConfidentialityLevel.CONFIDENTIAL);
              assertThat(change.summary()).contains("now treated as confidential by default");
              // The draft's answer is its engine's on the same request at the draft's default
              // level.
              RequestFacts facts = change.example().facts();
              assertThat(
                      draft
                          .decide(
                              RequestFacts.of(
                                  facts.topic(),
                                  java.util.Optional.of(ConfidentialityLevel.CONFIDENTIAL),
                                  facts.requesterDesignation(),
                                  facts.recipient(),
                                  facts.recipientDesignation(),
                                  facts.relevance(),
                                  facts.pupilInOtherServices(),
                                  facts.childAtRisk(),
                                  consultations(facts)))
                          .outcome())
                  .isEqualTo(change.now());
            });

    PolicyPack lowered =
        io.github.liaisonsdk.testing.Drafts.of(
            "clare-hsl",
            2,
            json -> ((ObjectNode) json.get("topicLevels")).put("BEHAVIOUR", "SCHOOL_INTERNAL"));
    PackComparison opening = PolicyVerifier.compare(StandardPacks.hsl(), lowered);
    assertThat(opening.widened()).isPositive();
    assertThat(opening.opened())
        .isNotEmpty()
        .allSatisfy(
            change -> {
              assertThat(change.topic()).isEqualTo(Topic.BEHAVIOUR);
              assertThat(change.treatedAs()).isNotEqualTo(ConfidentialityLevel.CONFIDENTIAL);
            });
  }

  private static java.util.Map<ConsulteeRole, ConsultationState> consultations(RequestFacts facts) {
    java.util.Map<ConsulteeRole, ConsultationState> states =
        new java.util.EnumMap<>(ConsulteeRole.class);
    for (ConsulteeRole role : ConsulteeRole.values()) {
      states.put(role, facts.consultation(role));
    }
    return states;
  }
}
