package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.staff.Designation;
import java.util.Optional;

/**
 * What a decision depends on: the finite facts of a request, without its identities. Verification walks every
 * combination of these; invariants and counterexamples are stated over them.
 *
 * <p>Value-based and immutable.
 */
public final class RequestFacts {
  private static final Topic[] TOPICS = Topic.values();
  private static final ConfidentialityLevel[] LEVELS = ConfidentialityLevel.values();
  private static final Designation[] DESIGNATIONS = Designation.values();
  private static final RecipientKind[] RECIPIENTS = RecipientKind.values();
  private static final Relevance[] RELEVANCE = Relevance.values();
  private static final ConsultationState[] STATES = ConsultationState.values();

  private final int packed;

  RequestFacts(int packed) {
    this.packed = packed;
  }

  int packed() {
    return packed;
  }

  /**
   * The facts of a request, field by field, as an audit event records them: for replaying a decision under
   * another version of the pack.
   *
   * @param topic the topic
   * @param level the level, empty for unclassified
   * @param requester the requester's post
   * @param recipient the kind of recipient
   * @param recipientDesignation the recipient's post, for staff in school
   * @param relevance the recipient's relevance, for staff in school
   * @param otherServices whether the pupil is in other services of the group
   * @param childAtRisk whether the child is at risk of significant harm
   * @param consultations each consultee role's state on record; a role not named is NONE
   * @return the facts
   */
  public static RequestFacts of(
      Topic topic,
      Optional<ConfidentialityLevel> level,
      Designation requester,
      RecipientKind recipient,
      Optional<Designation> recipientDesignation,
      Relevance relevance,
      boolean otherServices,
      boolean childAtRisk,
      java.util.Map<ConsulteeRole, ConsultationState> consultations) {
    if (topic == null
        || level == null
        || requester == null
        || recipient == null
        || recipientDesignation == null
        || relevance == null
        || consultations == null) {
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "RequestFacts", io.github.liaisonsdk.basics.Violation.of("facts", "every fact is given"));
    }
    return new RequestFacts(
        Facts.pack(
            topic.ordinal(),
            level.map(Enum::ordinal).orElse(Facts.UNCLASSIFIED),
            requester.ordinal(),
            recipient.ordinal(),
            recipientDesignation.map(Enum::ordinal).orElse(Facts.NO_DESIGNATION),
            relevance.ordinal(),
            otherServices,
            childAtRisk,
            consultations
                .getOrDefault(ConsulteeRole.LINE_MANAGER, ConsultationState.NONE)
                .ordinal(),
            consultations.getOrDefault(ConsulteeRole.HEADSHIP, ConsultationState.NONE).ordinal(),
            consultations
                .getOrDefault(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD, ConsultationState.NONE)
                .ordinal(),
            consultations
                .getOrDefault(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationState.NONE)
                .ordinal()));
  }

  /**
   * The topic.
   *
   * @return the topic
   */
  public Topic topic() {
    return TOPICS[Facts.topic(packed)];
  }

  /**
   * The level the requester gave.
   *
   * @return the level, empty if unclassified (HSL-5)
   */
  public Optional<ConfidentialityLevel> level() {
    return Facts.unclassified(packed) ? Optional.empty() : Optional.of(LEVELS[Facts.level(packed)]);
  }

  /**
   * The level decisions treat the information as: unclassified counts as confidential (HSL-5).
   *
   * @return the effective level
   */
  public ConfidentialityLevel effectiveLevel() {
    return LEVELS[Facts.effectiveLevel(packed)];
  }

  /**
   * The capacity the requester acts in.
   *
   * @return the designation
   */
  public Designation requesterDesignation() {
    return DESIGNATIONS[Facts.requester(packed)];
  }

  /**
   * Who would receive it.
   *
   * @return the recipient kind
   */
  public RecipientKind recipient() {
    return RECIPIENTS[Facts.recipient(packed)];
  }

  /**
   * The recipient's post, for staff in school.
   *
   * @return the designation, if the recipient is staff
   */
  public Optional<Designation> recipientDesignation() {
    int d = Facts.recipientDesignation(packed);
    return d == Facts.NO_DESIGNATION ? Optional.empty() : Optional.of(DESIGNATIONS[d]);
  }

  /**
   * How the recipient relates to the pupil.
   *
   * @return the relevance
   */
  public Relevance relevance() {
    return RELEVANCE[Facts.relevance(packed)];
  }

  /**
   * Whether the child is involved in other services of the group (LP36-6.1).
   *
   * @return {@code true} if so
   */
  public boolean pupilInOtherServices() {
    return Facts.otherServices(packed);
  }

  /**
   * Whether a child is at risk of significant harm.
   *
   * @return {@code true} in an emergency
   */
  public boolean childAtRisk() {
    return Facts.atRisk(packed);
  }

  /**
   * The state of one kind of consultation.
   *
   * @param role the consultee role
   * @return its state
   */
  public ConsultationState consultation(ConsulteeRole role) {
    switch (role) {
      case LINE_MANAGER:
        return STATES[Facts.lineManager(packed)];
      case HEADSHIP:
        return STATES[Facts.headship(packed)];
      case DESIGNATED_SAFEGUARDING_LEAD:
        return STATES[Facts.dsl(packed)];
      case LA_SAFEGUARDING_TEAM:
        return STATES[Facts.laTeam(packed)];
      default:
        throw new AssertionError(role);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestFacts && ((RequestFacts) other).packed == packed;
  }

  @Override
  public int hashCode() {
    return packed;
  }

  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder("RequestFacts[topic=")
            .append(topic())
            .append(", level=")
            .append(level().map(Enum::name).orElse("UNCLASSIFIED"))
            .append(", requester=")
            .append(requesterDesignation())
            .append(", recipient=")
            .append(recipient());
    recipientDesignation()
        .ifPresent(d -> out.append(" (").append(d).append(", ").append(relevance()).append(')'));
    out.append(", otherServices=")
        .append(pupilInOtherServices())
        .append(", atRisk=")
        .append(childAtRisk());
    for (ConsulteeRole role : ConsulteeRole.values()) {
      if (consultation(role) != ConsultationState.NONE) {
        out.append(", ").append(role).append('=').append(consultation(role));
      }
    }
    return out.append(']').toString();
  }
}
