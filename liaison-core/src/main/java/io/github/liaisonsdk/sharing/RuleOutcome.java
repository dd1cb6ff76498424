package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.policy.RuleName;
import java.util.List;
import java.util.Set;

/** One thing a rule can conclude, made once when the pack is compiled. */
final class RuleOutcome {
  final RuleName rule;
  final Outcome verdict;
  final DenyReason denyReason;
  final ConsulteeRole consultee;
  final List<Clause> clauses;
  final List<Obligation> obligations;
  final Set<Aim> aims;
  final String reason;
  final long bit;

  RuleOutcome(
      RuleName rule,
      Outcome verdict,
      ConsulteeRole consultee,
      List<Clause> clauses,
      List<Obligation> obligations,
      Set<Aim> aims,
      String reason,
      int index) {
    this.rule = rule;
    this.verdict = verdict;
    this.denyReason = verdict == Outcome.DENY ? DenyReason.FORBIDDEN : null;
    this.consultee = consultee;
    this.clauses = List.copyOf(clauses);
    this.obligations = List.copyOf(obligations);
    this.aims = Set.copyOf(aims);
    this.reason = reason;
    this.bit = 1L << index;
  }
}
