package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.policy.RuleName;

/** A standard rule compiled for one pack: a small pure function over packed {@link Facts}. */
abstract class CompiledRule {
  final RuleName name;
  final RuleOutcome[] outcomes;

  CompiledRule(RuleName name, RuleOutcome... outcomes) {
    this.name = name;
    this.outcomes = outcomes;
  }

  /**
   * Applies the rule.
   *
   * @param f the packed facts
   * @return 0 if the rule does not apply, otherwise 1 + the index of its outcome
   */
  abstract int evaluate(int f);
}
