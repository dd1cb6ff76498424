package io.github.liaisonsdk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the verifier reports is checked against counts made independently, by walking the space with the engine:
 * how many requests it checked, how many broke an invariant or changed between packs, and the examples it keeps.
 */
class VerifierReportingTest {
  private static final Map<Outcome, Integer> PERMISSIVENESS =
      Map.of(Outcome.DENY, 0, Outcome.CONSULT, 1, Outcome.PERMIT, 2);

  @Test
  @DisplayName(
      "HSL-5: the verifier counts every request that breaks an invariant and keeps the first ten as replayable examples")
  void verificationCounts() {
    PolicyPack pack = StandardPacks.hsl();
    DecisionEngine engine = DecisionEngine.compile(pack);
    long[] permits = new long[1];
    RequestSpace.forEach(
        f -> {
          if (engine.decide(f).outcome() == Outcome.PERMIT) {
            permits[0]++;
          }
        });
    Invariant neverPermit = Invariant.of("never permit", (facts, decision) -> !decision.permits());
    Invariant alwaysHolds = Invariant.of("always holds", (facts, decision) -> true);
    List<Verification> results = PolicyVerifier.verify(pack, List.of(neverPermit, alwaysHolds));

    Verification broken = results.get(0);
    assertThat(broken.invariant()).isEqualTo("never permit").isEqualTo(neverPermit.toString());
    assertThat(broken.pack()).isEqualTo(pack.toString());
    assertThat(broken.checked()).isEqualTo(PolicyVerifier.requestSpaceSize());
    assertThat(broken.violations()).isEqualTo(permits[0]).isGreaterThan(10);
    assertThat(broken.holds()).isFalse();
    assertThat(broken.counterexamples())
        .hasSize(10)
        .allSatisfy(
            c -> {
              assertThat(c.decision().outcome()).isEqualTo(Outcome.PERMIT);
              assertThat(engine.decide(c.request())).isEqualTo(c.decision());
              assertThat(c.request().requestFacts()).isEqualTo(c.facts());
              assertThat(c.toString()).startsWith(c.facts().toString()).contains("-> PERMIT");
            });

    Verification held = results.get(1);
    assertThat(held.holds()).isTrue();
    assertThat(held.violations()).isZero();
    assertThat(held.counterexamples()).isEmpty();
    assertThat(held.checked()).isEqualTo(PolicyVerifier.requestSpaceSize());
  }

  @Test
  @DisplayName(
      "LP36-1: a comparison counts widened and narrowed requests exactly, and shows what each widening was before")
  void comparisonCounts() {
    PolicyPack baseline = StandardPacks.hsl();
    PolicyPack candidate = StandardPacks.group();
    DecisionEngine before = DecisionEngine.compile(baseline);
    DecisionEngine after = DecisionEngine.compile(candidate);
    long[] counts = new long[2];
    // Where the packs' defaults for a topic differ, information recorded at a level is treated at
    // the narrower of
    // that and each pack's default.
    RequestSpace.forEach(
        f -> {
          int change =
              PERMISSIVENESS.get(after.decide(treated(f, candidate, baseline)).outcome())
                  - PERMISSIVENESS.get(before.decide(treated(f, baseline, candidate)).outcome());
          if (change > 0) {
            counts[0]++;
          } else if (change < 0) {
            counts[1]++;
          }
        });
    PackComparison comparison = PolicyVerifier.compare(baseline, candidate);
    assertThat(comparison.checked()).isEqualTo(PolicyVerifier.requestSpaceSize());
    assertThat(comparison.widened()).isEqualTo(counts[0]).isPositive();
    assertThat(comparison.narrowed()).isEqualTo(counts[1]).isPositive();
    assertThat(comparison.baseline()).isEqualTo(baseline.toString());
    assertThat(comparison.candidate()).isEqualTo(candidate.toString());
    assertThat(comparison.widenings())
        .hasSize(10)
        .allSatisfy(
            c -> {
              assertThat(c.baseline())
                  .isEqualTo(before.decide(treated(c.facts().packed(), baseline, candidate)));
              assertThat(c.decision())
                  .isEqualTo(after.decide(treated(c.facts().packed(), candidate, baseline)));
              assertThat(PERMISSIVENESS.get(c.decision().outcome()))
                  .isGreaterThan(PERMISSIVENESS.get(c.baseline().outcome()));
              assertThat(c.toString())
                  .contains(c.baseline().outcome() + " became " + c.decision().outcome());
            });

    PackComparison same = PolicyVerifier.compare(candidate, candidate);
    assertThat(same.widened()).isZero();
    assertThat(same.narrowed()).isZero();
    assertThat(same.onlyNarrows()).isTrue();
    assertThat(same.widenings()).isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-3, LP36-6: the core invariants are named, and each one is checked by the verifier")
  void coreInvariantsAreNamed() {
    List<Invariant> core = StandardInvariants.core();
    assertThat(core)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.name()).isNotBlank().isEqualTo(i.toString()));
    assertThat(core.stream().map(Invariant::name).distinct().count()).isEqualTo(core.size());
    assertThat(PolicyVerifier.verify(StandardPacks.lp36(), core))
        .extracting(Verification::invariant)
        .containsExactlyElementsOf(core.stream().map(Invariant::name).toList());
  }

  /**
   * The request as a pack decides it beside another: where their defaults for the topic differ, at the narrower of
   * the recorded level and the pack's default.
   */
  private static int treated(int f, PolicyPack pack, PolicyPack other) {
    io.github.liaisonsdk.confidentiality.Topic topic =
        io.github.liaisonsdk.confidentiality.Topic.values()[Facts.topic(f)];
    if (Facts.unclassified(f)
        || Facts.headship(f) == Facts.AGREED
        || pack.levelOf(topic) == other.levelOf(topic)) {
      return f;
    }
    io.github.liaisonsdk.confidentiality.ConfidentialityLevel recorded =
        io.github.liaisonsdk.confidentiality.ConfidentialityLevel.values()[Facts.level(f)];
    int level = recorded.narrowest(pack.levelOf(topic)).ordinal();
    return Facts.pack(
        Facts.topic(f),
        level,
        Facts.requester(f),
        Facts.recipient(f),
        Facts.recipientDesignation(f),
        Facts.relevance(f),
        Facts.otherServices(f),
        Facts.atRisk(f),
        Facts.lineManager(f),
        Facts.headship(f),
        Facts.dsl(f),
        Facts.laTeam(f));
  }
}
