package io.github.liaisonsdk.sharing;

import java.util.Objects;

/**
 * A concrete request that breaks an invariant or on which two packs differ, with an example request to replay it.
 * Value-based and immutable.
 *
 * @param facts the request's facts
 * @param request an example request with those facts, with placeholder identities
 * @param decision the decision (for a comparison: the candidate pack's)
 * @param baseline for a comparison, the baseline pack's decision; otherwise the same as {@code decision}
 */
public record Counterexample(
    RequestFacts facts, StatedRequest request, Decision decision, Decision baseline) {

  /**
   * Checks the components.
   *
   * @param facts the facts
   * @param request the example request
   * @param decision the decision
   * @param baseline the baseline decision
   */
  public Counterexample {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(baseline, "baseline");
  }

  @Override
  public String toString() {
    return facts
        + " -> "
        + (baseline == decision
            ? decision.outcome()
            : baseline.outcome() + " became " + decision.outcome())
        + " "
        + decision.clauses();
  }
}
