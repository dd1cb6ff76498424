package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RuleName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Decides sharing requests under one policy pack: PERMIT, DENY or CONSULT, with the clauses, obligations, aims and
 * explanation behind it.
 *
 * <p>The pack's rules are compiled once into small pure functions over the request's packed facts. Every rule
 * gives its verdict; DENY overrides CONSULT, which overrides PERMIT, and a request no rule permits is denied ("if
 * in doubt, do not disclose"). Decisions are built once per combination of rule outcomes and then shared, so a
 * decision does no parsing, no reflection and, in steady state, no allocation.
 *
 * <p>Immutable once compiled and safe for concurrent use.
 */
public final class DecisionEngine {
  private static final long URGENT = 1L << 63;

  private final PolicyPack pack;
  private final CompiledRule[] rules;
  private final RuleOutcome[] outcomesByBit = new RuleOutcome[63];
  private final Decision notPermitted;
  private final DecisionCache cache = new DecisionCache();
  private final LongFunction<Decision> combine = this::combine;

  /**
   * The answer for every cell of the decision-relevant request space, as an index into {@link #vocabulary}; 0
   * means not yet computed. Filled lazily: a benign race at worst computes a cell twice, to the same answer.
   */
  private final byte[] answers = new byte[DecisionTable.CELLS];

  private volatile Decision[] vocabulary = {null};

  private DecisionEngine(PolicyPack pack) {
    this.pack = pack;
    this.rules = StandardRules.compile(pack).toArray(new CompiledRule[0]);
    for (CompiledRule rule : rules) {
      for (RuleOutcome outcome : rule.outcomes) {
        outcomesByBit[Long.numberOfTrailingZeros(outcome.bit)] = outcome;
      }
    }
    this.notPermitted =
        base()
            .outcome(Outcome.DENY)
            .denyReason(DenyReason.NOT_PERMITTED)
            .addClause(Clause.HSL_5)
            .addObligation(
                new Obligation(
                    ObligationKind.RECORD_DECISION_AND_REASONS,
                    Clause.HSL_5,
                    "record the decision not to share and its reasons"))
            .addAim(Aim.MAINTAIN_CONFIDENTIALITY)
            .explanation(
                "Do not share this information: no rule of "
                    + pack.metadata().title()
                    + " permits it, and if in doubt, do not disclose (HSL-5), to maintain confidentiality (HSL-1).")
            .build();
  }

  /**
   * Compiles a pack's rules.
   *
   * @param pack the pack
   * @return the engine for that pack
   */
  public static DecisionEngine compile(PolicyPack pack) {
    return new DecisionEngine(pack);
  }

  /**
   * The pack this engine decides under.
   *
   * @return the pack
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * Decides a request.
   *
   * @param request the request
   * @return the decision; equal requests get the same instance
   */
  public Decision decide(StatedRequest request) {
    return decide(request.facts());
  }

  /**
   * Decides the request these facts describe.
   *
   * @param facts the facts
   * @return the decision
   */
  public Decision decide(RequestFacts facts) {
    return decide(facts.packed());
  }

  Decision decide(int f) {
    int cell = DecisionTable.cell(f);
    if (cell >= 0) {
      int known = answers[cell] & 0xFF;
      Decision[] words = vocabulary;
      if (known != 0 && known < words.length) {
        return words[known];
      }
      Decision decided = decideByRules(f);
      remember(cell, decided);
      return decided;
    }
    return decideByRules(f);
  }

  private synchronized void remember(int cell, Decision decision) {
    Decision[] words = vocabulary;
    int index = -1;
    for (int i = 1; i < words.length; i++) {
      if (words[i] == decision) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      if (words.length > 0xFF) {
        return;
      }
      Decision[] grown = java.util.Arrays.copyOf(words, words.length + 1);
      grown[words.length] = decision;
      index = words.length;
      vocabulary = grown;
    }
    answers[cell] = (byte) index;
  }

  /** Evaluates every rule: the definition the table caches. */
  Decision decideByRules(int f) {
    long deny = 0;
    long consult = 0;
    long permit = 0;
    long headshipCheck = 0;
    for (CompiledRule rule : rules) {
      int index = rule.evaluate(f);
      if (index != 0) {
        RuleOutcome outcome = rule.outcomes[index - 1];
        if (rule.name == RuleName.UNCLASSIFIED_NEEDS_HEADSHIP_CHECK
            && outcome.verdict == Outcome.CONSULT) {
          headshipCheck = outcome.bit;
        }
        switch (outcome.verdict) {
          case DENY:
            deny |= outcome.bit;
            break;
          case CONSULT:
            consult |= outcome.bit;
            break;
          default:
            permit |= outcome.bit;
        }
      }
    }
    if (headshipCheck != 0) {
      // HSL-5: until the headship has checked it, unclassified information is only presumed
      // confidential. A deny
      // resting on that presumption (HSL-3, HSL-4, HSL-9) must not hide the route to the head, so
      // the check alone
      // answers: CONSULT the headteacher or an assistant headteacher, whoever the recipient.
      return cache.get(headshipCheck | (Facts.atRisk(f) ? URGENT : 0), combine);
    }
    long key = deny != 0 ? deny : consult != 0 ? consult | (Facts.atRisk(f) ? URGENT : 0) : permit;
    return key == 0 ? notPermitted : cache.get(key, combine);
  }

  /** How many cells of the decision table hold an answer: the table's warmth, for tests. */
  int cellsAnswered() {
    int answered = 0;
    for (byte answer : answers) {
      if (answer != 0) {
        answered++;
      }
    }
    return answered;
  }

  /** How many distinct decisions have been made so far: a measure of the pack's decision vocabulary. */
  int distinctDecisions() {
    return cache.size() + 1;
  }

  private Decision.Builder base() {
    return Decision.builder()
        .packId(pack.id())
        .packVersion(pack.version())
        .packHash(pack.contentHash());
  }

  private Decision combine(long key) {
    List<RuleOutcome> fired = new ArrayList<>();
    for (long bits = key & ~URGENT; bits != 0; bits &= bits - 1) {
      fired.add(outcomesByBit[Long.numberOfTrailingZeros(bits)]);
    }
    Outcome verdict = fired.get(0).verdict;
    Set<Clause> clauses = new LinkedHashSet<>();
    Set<ConsulteeRole> consult = new LinkedHashSet<>();
    Set<Obligation> obligations = new LinkedHashSet<>();
    Set<Aim> aims = EnumSet.noneOf(Aim.class);
    Set<RuleName> ruleNames = new LinkedHashSet<>();
    StringBuilder reasons = new StringBuilder();
    for (RuleOutcome outcome : fired) {
      clauses.addAll(outcome.clauses);
      if (outcome.consultee != null) {
        consult.add(outcome.consultee);
      }
      obligations.addAll(outcome.obligations);
      aims.addAll(outcome.aims);
      ruleNames.add(outcome.rule);
      reasons
          .append(' ')
          .append(outcome.reason)
          .append(" (")
          .append(Clause.join(", ", outcome.clauses));
      if (!outcome.aims.isEmpty()) {
        // HSL-1: every explanation says which aim of the guidelines each rule serves.
        reasons.append("; to ").append(Aim.phrase(outcome.aims));
      }
      reasons.append(')');
    }
    if (verdict == Outcome.DENY) {
      obligations.add(
          new Obligation(
              ObligationKind.RECORD_DECISION_AND_REASONS,
              clauses.iterator().next(),
              "record the decision not to share and its reasons"));
    }
    String headline;
    switch (verdict) {
      case PERMIT:
        headline = "You may share this information.";
        break;
      case DENY:
        headline = "Do not share this information.";
        break;
      default:
        headline =
            "Do not share this yet: first consult "
                + describe(consult)
                + ", then ask again with the consultation recorded.";
    }
    if ((key & URGENT) != 0) {
      headline +=
          " A child is at risk of significant harm: consult now, by telephone, and call the emergency"
              + " services if the child is in immediate danger.";
    }
    return base()
        .outcome(verdict)
        .denyReason(
            verdict == Outcome.DENY
                ? java.util.Optional.of(DenyReason.FORBIDDEN)
                : java.util.Optional.empty())
        .consult(consult)
        .clauses(clauses)
        .obligations(obligations)
        .aims(aims)
        .rules(ruleNames)
        .explanation(headline + reasons)
        .build();
  }

  private static String describe(Set<ConsulteeRole> roles) {
    List<String> names = new ArrayList<>();
    for (ConsulteeRole role : roles) {
      switch (role) {
        case LINE_MANAGER:
          names.add("your line manager");
          break;
        case HEADSHIP:
          names.add("the headteacher or an assistant headteacher");
          break;
        case DESIGNATED_SAFEGUARDING_LEAD:
          names.add("the designated safeguarding lead");
          break;
        default:
          names.add("the Local Authority safeguarding team contact");
      }
    }
    return String.join(" and ", names)
        .toLowerCase(Locale.ROOT)
        .replace("local authority", "Local Authority");
  }
}
