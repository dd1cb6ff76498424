package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.RuleSpec;
import java.util.List;

/** The invariants the seed policies promise, ready to verify against any pack. */
public final class StandardInvariants {
  private StandardInvariants() {}

  /**
   * HSL-3, LP36-6.1: nothing at confidential or above leaves the school without a recorded, agreeing consultation
   * on a route a clause opens (the LA team for other group services; the DSL for the LA team).
   */
  public static final Invariant CONFIDENTIAL_NEVER_LEAVES_SILENTLY =
      Invariant.of(
          "HSL-3/LP36-6.1: confidential information leaves the school only after an agreeing consultation on an open route",
          (r, d) ->
              !d.permits()
                  || r.recipient().insideSchool()
                  || !r.effectiveLevel().isAtLeast(ConfidentialityLevel.CONFIDENTIAL)
                  || r.recipient() == RecipientKind.OTHER_GROUP_SERVICE
                      && r.pupilInOtherServices()
                      && r.consultation(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                          == ConsultationState.AGREED
                  || r.recipient() == RecipientKind.LA_SAFEGUARDING_TEAM
                      && r.consultation(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD)
                          == ConsultationState.AGREED);

  /** HSL-9: restricted records are permitted to exactly the headteacher and the assistant headteacher. */
  public static final Invariant RESTRICTED_EXACTLY_HEADSHIP =
      Invariant.of(
          "HSL-9: restricted information is permitted to exactly the headteacher and assistant headteacher",
          (r, d) ->
              r.level().orElse(null) != ConfidentialityLevel.RESTRICTED
                  || d.permits()
                      == (r.recipient() == RecipientKind.STAFF_IN_SCHOOL
                          && RuleSpec.HEADSHIP.contains(r.recipientDesignation().orElseThrow())));

  /** HSL-5: unclassified information never yields PERMIT without the headship's agreeing check. */
  public static final Invariant UNCLASSIFIED_NEEDS_HEADSHIP =
      Invariant.of(
          "HSL-5: unclassified information is never permitted without the headship's check",
          (r, d) ->
              r.level().isPresent()
                  || !d.permits()
                  || r.consultation(ConsulteeRole.HEADSHIP) == ConsultationState.AGREED);

  /** HSL-1: every PERMIT and CONSULT cites at least one clause and explains itself. */
  public static final Invariant EVERY_DECISION_CITES =
      Invariant.of(
          "HSL-1: every decision cites a clause and explains itself",
          (r, d) -> !d.clauses().isEmpty() && !d.explanation().isBlank());

  /** CONSULT names whom to consult; DENY says why. */
  public static final Invariant DECISIONS_ARE_ACTIONABLE =
      Invariant.of(
          "every CONSULT names a consultee and every DENY a reason",
          (r, d) ->
              (d.outcome() != Outcome.CONSULT || !d.consult().isEmpty())
                  && (d.outcome() != Outcome.DENY || d.denyReason().isPresent()));

  /** LP36-5.1: named liaison persons are permitted their pupil's support-plan information up to confidential. */
  public static final Invariant NAMED_PERSONS_SEE_SUPPORT_PLANS =
      Invariant.of(
          "LP36-5.1: named liaison persons are permitted support-plan information",
          (r, d) ->
              r.topic() != Topic.SUPPORT_PLAN
                  || r.relevance() != Relevance.NAMED_LIAISON_PERSON
                  || r.level().isEmpty()
                  || r.level().get().isAtLeast(ConfidentialityLevel.RESTRICTED)
                  || d.permits());

  /**
   * LP36-6.2, LP36-6.3: a permitted share of confidential safeguarding information with another service carries
   * both recording obligations.
   */
  public static final Invariant SAFEGUARDING_SHARES_ARE_DOCUMENTED =
      Invariant.of(
          "LP36-6.2/LP36-6.3: a permitted share of safeguarding information with another service records who informs"
              + " and who decided",
          (r, d) ->
              !d.permits()
                  || r.recipient() != RecipientKind.OTHER_GROUP_SERVICE
                  || r.topic() != Topic.CONCERNS_AND_SAFEGUARDING
                      && r.level().orElse(null) != ConfidentialityLevel.SAFEGUARDING
                  || !r.effectiveLevel().isAtLeast(ConfidentialityLevel.CONFIDENTIAL)
                  || d.obligations().stream()
                          .anyMatch(o -> o.kind() == ObligationKind.RECORD_NAMES_AND_DESIGNATIONS)
                      && d.obligations().stream()
                          .anyMatch(
                              o -> o.kind() == ObligationKind.RECORD_WHO_INFORMS_OTHER_SERVICES));

  /**
   * The invariants every pack must keep.
   *
   * @return the confidentiality, headship, citation and actionability invariants
   */
  public static List<Invariant> core() {
    return List.of(
        CONFIDENTIAL_NEVER_LEAVES_SILENTLY,
        RESTRICTED_EXACTLY_HEADSHIP,
        UNCLASSIFIED_NEEDS_HEADSHIP,
        EVERY_DECISION_CITES,
        DECISIONS_ARE_ACTIONABLE,
        SAFEGUARDING_SHARES_ARE_DOCUMENTED);
  }
}
