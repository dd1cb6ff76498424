package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.PolicyPack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves properties of policy packs by exhaustive enumeration: a pack's request space is finite (every topic,
 * level, requester and recipient post, relevance, service involvement, urgency and consultation state: about seven
 * million requests), so instead of sampling, every request is decided and checked. Failures come back as concrete
 * counterexample requests.
 *
 * <p>Stateless and thread-safe. A full pass takes about a second.
 */
public final class PolicyVerifier {
  private static final int EXAMPLES = 10;

  private PolicyVerifier() {}

  /**
   * How many distinct requests a pack can be asked.
   *
   * @return the size of the request space
   */
  public static long requestSpaceSize() {
    return RequestSpace.size();
  }

  /**
   * Checks one invariant for every request.
   *
   * @param pack the pack
   * @param invariant the invariant
   * @return the result, with counterexamples if it failed
   */
  public static Verification verify(PolicyPack pack, Invariant invariant) {
    return verify(pack, List.of(invariant)).get(0);
  }

  /**
   * Checks several invariants in one pass over the request space.
   *
   * @param pack the pack
   * @param invariants the invariants
   * @return one result per invariant, in order
   */
  public static List<Verification> verify(PolicyPack pack, List<Invariant> invariants) {
    DecisionEngine engine = DecisionEngine.compile(pack);
    int n = invariants.size();
    long[] violations = new long[n];
    List<List<Counterexample>> examples = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      examples.add(new ArrayList<>());
    }
    long[] checked = new long[1];
    RequestSpace.forEach(
        f -> {
          checked[0]++;
          Decision decision = engine.decide(f);
          RequestFacts facts = new RequestFacts(f);
          for (int i = 0; i < n; i++) {
            if (!invariants.get(i).holds(facts, decision)) {
              if (violations[i]++ < EXAMPLES) {
                examples
                    .get(i)
                    .add(new Counterexample(facts, Examples.request(facts), decision, decision));
              }
            }
          }
        });
    List<Verification> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      results.add(
          new Verification(
              invariants.get(i).name(),
              pack.toString(),
              checked[0],
              violations[i],
              examples.get(i)));
    }
    return results;
  }

  /**
   * Compares two packs on every request: where the candidate is more or less permissive than the baseline. Use it
   * to show that a site pack only narrows what its group pack allows (LP36-1), or to review a pack change. Where
   * the two give a topic different default levels, a request's level is read as the level information is recorded
   * at, treated at the narrower of that and each pack's default, as the facade treats records and raised levels;
   * a request resting on an agreed headship check keeps its level (a head's classification stands whatever the
   * default, HSL-5). A counterexample then states the request at the recorded level; its two decisions are each
   * pack's at the level that pack treats it at.
   *
   * @param baseline the pack to compare against
   * @param candidate the pack being checked
   * @return the comparison, with counterexamples where the candidate widens
   */
  public static PackComparison compare(PolicyPack baseline, PolicyPack candidate) {
    DecisionEngine before = DecisionEngine.compile(baseline);
    DecisionEngine after = DecisionEngine.compile(candidate);
    long[] counts = new long[3];
    List<Counterexample> widenings = new ArrayList<>();
    // One entry per kind of change: topic, level, recipient kind and the two answers, with its
    // first request.
    Map<List<Object>, long[]> sizes = new LinkedHashMap<>();
    Map<List<Object>, Counterexample> firsts = new LinkedHashMap<>();
    // A topic whose default level the candidate changes (a site raising it, LP36-1): information
    // recorded at a
    // level is treated at the narrower of that level and the pack's default, before and after.
    Topic[] topics = Topic.values();
    boolean[] defaultChanged = new boolean[topics.length];
    for (Topic topic : topics) {
      defaultChanged[topic.ordinal()] = baseline.levelOf(topic) != candidate.levelOf(topic);
    }
    RequestSpace.forEach(
        f -> {
          counts[0]++;
          int topic = Facts.topic(f);
          // A level a headship check agreed may be its classification, which stands whatever the
          // default (HSL-5).
          boolean mapped =
              defaultChanged[topic] && !Facts.unclassified(f) && Facts.headship(f) != Facts.AGREED;
          int asBefore = mapped ? treatedAt(f, baseline.levelOf(topics[topic])) : f;
          int asAfter = mapped ? treatedAt(f, candidate.levelOf(topics[topic])) : f;
          Decision was = before.decide(asBefore);
          Decision is = after.decide(asAfter);
          int change = Integer.compare(permissiveness(is.outcome()), permissiveness(was.outcome()));
          if (change != 0) {
            RequestFacts facts = new RequestFacts(f);
            ConfidentialityLevel treatedAs = new RequestFacts(asAfter).effectiveLevel();
            List<Object> key =
                List.of(
                    facts.topic(),
                    facts.effectiveLevel(),
                    treatedAs,
                    facts.recipient(),
                    was.outcome(),
                    is.outcome());
            sizes.computeIfAbsent(key, k -> new long[1])[0]++;
            firsts.computeIfAbsent(
                key, k -> new Counterexample(facts, Examples.request(facts), is, was));
            if (change > 0 && counts[1] < EXAMPLES) {
              widenings.add(new Counterexample(facts, Examples.request(facts), is, was));
            }
            counts[change > 0 ? 1 : 2]++;
          }
        });
    List<PackChange> opened = new ArrayList<>();
    List<PackChange> closed = new ArrayList<>();
    sizes.forEach(
        (key, size) -> {
          Counterexample example = firsts.get(key);
          PackChange change =
              new PackChange(
                  (Topic) key.get(0),
                  (ConfidentialityLevel) key.get(1),
                  (ConfidentialityLevel) key.get(2),
                  (RecipientKind) key.get(3),
                  (Outcome) key.get(4),
                  (Outcome) key.get(5),
                  size[0],
                  example);
          (permissiveness(change.now()) > permissiveness(change.was()) ? opened : closed)
              .add(change);
        });
    return new PackComparison(
        baseline.toString(),
        candidate.toString(),
        counts[0],
        counts[1],
        counts[2],
        widenings,
        opened,
        closed);
  }

  /** The request about information recorded at its level, treated at the narrower of that and a pack's default. */
  private static int treatedAt(int f, ConfidentialityLevel packDefault) {
    ConfidentialityLevel recorded = ConfidentialityLevel.values()[Facts.level(f)];
    int level = recorded.narrowest(packDefault).ordinal();
    return f & ~(0x7 << 4) | level << 4;
  }

  private static int permissiveness(Outcome outcome) {
    switch (outcome) {
      case DENY:
        return 0;
      case CONSULT:
        return 1;
      default:
        return 2;
    }
  }
}
