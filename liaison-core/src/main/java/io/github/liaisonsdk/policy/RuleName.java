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
  /** Public information may go to anyone: HSL-3 keeps only confidential information in school. */
  PUBLIC_INFORMATION(
      "Public information may go to anyone.",
      List.of(Clause.HSL_3),
      EnumSet.noneOf(RuleParameter.class)),
  /** Unclassified information needs the headship's check first (HSL-5). */
  UNCLASSIFIED_NEEDS_HEADSHIP_CHECK(
      "Information not yet classified is treated as confidential: nothing is disclosed until the headteacher or an"
          + " assistant headteacher has checked it.",
      List.of(Clause.HSL_5),
      EnumSet.noneOf(RuleParameter.class)),
  /** Confidential information does not leave the school (HSL-3). */
  CONFIDENTIAL_STAYS_IN_SCHOOL(
      "Confidential information is not shared outside school.",
      List.of(Clause.HSL_3),
      EnumSet.of(RuleParameter.FROM_LEVEL)),
  /** Inside school, confidential information goes to relevant parties after the line manager is consulted (HSL-4). */
  RELEVANT_PARTIES_AFTER_LINE_MANAGER(
      "Inside school, confidential information goes only to the relevant parties, after consulting your line manager.",
      List.of(Clause.HSL_4),
      EnumSet.noneOf(RuleParameter.class)),
  /** Information below confidential may be shared among staff (HSL-1). */
  SCHOOL_INTERNAL_AMONG_STAFF(
      "Information below confidential may be shared among staff.",
      List.of(Clause.HSL_1),
      EnumSet.of(RuleParameter.MAX_LEVEL)),
  /** Restricted records are readable only by named posts (HSL-9). */
  RESTRICTED_TO_POSTS(
      "Restricted records, such as the liaison form, are read only by the posts named.",
      List.of(Clause.HSL_9),
      EnumSet.of(RuleParameter.POSTS)),
  /** Liaison topics may be discussed with those holding parental responsibility (LP36-5, LP36-4a). */
  FAMILY_LIAISON(
      "Liaison topics may be discussed with those who hold parental responsibility for the pupil.",
      List.of(Clause.LP36_5, Clause.LP36_4A),
      EnumSet.of(RuleParameter.MAX_LEVEL, RuleParameter.CITES)),
  /** Named liaison persons have access to the pupil's support-plan information (LP36-5.1). */
  SUPPORT_PLAN_FOR_NAMED_PERSONS(
      "The pupil's named liaison persons have access to the pupil's IEP or EHCP information.",
      List.of(Clause.LP36_5_1),
      EnumSet.noneOf(RuleParameter.class)),
  /** Safeguarding information beyond the child's service needs the LA safeguarding team (LP36-6.1 to 6.3). */
  SAFEGUARDING_BEYOND_SERVICE(
      "Safeguarding information goes beyond the child's own service only after consulting the Local Authority"
          + " safeguarding team, agreeing who informs the other services and documenting the agreement.",
      List.of(Clause.LP36_6_1, Clause.LP36_6_2, Clause.LP36_6_3),
      EnumSet.noneOf(RuleParameter.class));

  private final String summary;
  private final List<Clause> clauses;
  private final EnumSet<RuleParameter> parameters;

  RuleName(String summary, List<Clause> clauses, EnumSet<RuleParameter> parameters) {
    this.summary = summary;
    this.clauses = clauses;
    this.parameters = parameters;
  }

  /**
   * What the rule says, in plain English, as the published policy document prints it (HSL-10).
   *
   * @return one or two sentences
   */
  public String summary() {
    return summary;
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
