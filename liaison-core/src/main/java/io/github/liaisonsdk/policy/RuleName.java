package io.github.liaisonsdk.policy;

import io.github.liaisonsdk.basics.Clause;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The standard rules a policy pack chooses from, each implementing one or more clauses. The rule functions
 * themselves live in {@code io.github.liaisonsdk.sharing}; a pack names the rules it applies and their parameters.
 */
public enum RuleName {
  /** Public information may go to anyone (HSL-10). */
  PUBLIC_INFORMATION(List.of(Clause.HSL_10), EnumSet.noneOf(RuleParameter.class)),
  /** Unclassified information needs the headship's check first (HSL-5). */
  UNCLASSIFIED_NEEDS_HEADSHIP_CHECK(List.of(Clause.HSL_5), EnumSet.noneOf(RuleParameter.class)),
  /** Confidential information does not leave the school (HSL-3). */
  CONFIDENTIAL_STAYS_IN_SCHOOL(List.of(Clause.HSL_3), EnumSet.of(RuleParameter.FROM_LEVEL)),
  /** Inside school, confidential information goes to relevant parties after the line manager is consulted (HSL-4). */
  RELEVANT_PARTIES_AFTER_LINE_MANAGER(List.of(Clause.HSL_4), EnumSet.noneOf(RuleParameter.class)),
  /** Information below confidential may be shared among staff (HSL-1). */
  SCHOOL_INTERNAL_AMONG_STAFF(List.of(Clause.HSL_1), EnumSet.of(RuleParameter.MAX_LEVEL)),
  /** Restricted records are readable only by named posts (HSL-9). */
  RESTRICTED_TO_POSTS(List.of(Clause.HSL_9), EnumSet.of(RuleParameter.POSTS)),
  /** Liaison topics may be discussed with those holding parental responsibility (LP36-5, LP36-4a). */
  FAMILY_LIAISON(List.of(Clause.LP36_5, Clause.LP36_4A), EnumSet.of(RuleParameter.MAX_LEVEL, RuleParameter.CITES)),
  /** Named liaison persons have access to the pupil's support-plan information (LP36-5.1). */
  SUPPORT_PLAN_FOR_NAMED_PERSONS(List.of(Clause.LP36_5_1), EnumSet.noneOf(RuleParameter.class)),
  /** Safeguarding information beyond the child's service needs the LA safeguarding team (LP36-6.1 to 6.3). */
  SAFEGUARDING_BEYOND_SERVICE(List.of(Clause.LP36_6_1, Clause.LP36_6_2, Clause.LP36_6_3),
      EnumSet.noneOf(RuleParameter.class));

  private final List<Clause> clauses;
  private final EnumSet<RuleParameter> parameters;

  RuleName(List<Clause> clauses, EnumSet<RuleParameter> parameters) {
    this.clauses = clauses;
    this.parameters = parameters;
  }

  /**
   * The clauses the rule implements, cited by its decisions unless the pack says otherwise.
   *
   * @return the clauses
   */
  public List<Clause> clauses() {
    return clauses;
  }

  /**
   * The parameters a pack may set for this rule.
   *
   * @return the accepted parameters
   */
  public Set<RuleParameter> parameters() {
    return EnumSet.copyOf(parameters);
  }
}
