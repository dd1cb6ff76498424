package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.lawfulbasis.LawfulBasis;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sharing request with every fact stated: the decision engine's input, and the form counterexamples of
 * {@link PolicyVerifier} are given in. It is for what-if questions about a pack ("what would the policy say if the
 * recipient were the headteacher?"): it reads no record and grants nothing.
 *
 * <p>To decide a real share, ask the facade with a {@link SharingRequest}: it reads the posts, the level,
 * relevance, parental responsibility, other services and consultations from the school's records, builds the
 * stated request itself, and audits the decision.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableStatedRequest.class)
@JsonDeserialize(as = ImmutableStatedRequest.class)
public abstract class StatedRequest {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  StatedRequest() {}

  /**
   * The pupil the information is about.
   *
   * @return the pupil's id
   */
  public abstract PupilId pupil();

  /**
   * What the information is about (LP36-5).
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * How confidential the information is, if the requester knows.
   *
   * @return the level; empty means unclassified, which HSL-5 treats as confidential until the headship has checked
   */
  public abstract Optional<ConfidentialityLevel> level();

  /**
   * The service the information originates in.
   *
   * @return the service
   */
  public abstract ServiceId originService();

  /**
   * Who asks.
   *
   * @return the requester
   */
  public abstract StaffId requester();

  /**
   * The capacity the requester acts in.
   *
   * @return the designation
   */
  public abstract Designation requesterDesignation();

  /**
   * Who would receive the information.
   *
   * @return the recipient kind
   */
  public abstract RecipientKind recipient();

  /**
   * For staff in school: the recipient's post.
   *
   * @return the designation, present exactly for {@link RecipientKind#STAFF_IN_SCHOOL}
   */
  public abstract Optional<Designation> recipientDesignation();

  /**
   * For staff in school: how the recipient relates to the pupil (HSL-4, LP36-5.1).
   *
   * @return the relevance; {@code NOT_RELEVANT} for everyone outside school
   */
  @Value.Default
  public Relevance recipientRelevance() {
    return Relevance.NOT_RELEVANT;
  }

  /**
   * Whether the child is involved in other services of the group (LP36-6.1).
   *
   * @return {@code true} if so
   */
  @Value.Default
  public boolean pupilInOtherServices() {
    return false;
  }

  /**
   * Why.
   *
   * @return the purpose
   */
  public abstract Purpose purpose();

  /**
   * How urgent.
   *
   * @return the urgency
   */
  @Value.Default
  public Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /**
   * The lawful basis for sharing (LP36-4e), recorded with the decision in the audit trail. Decisions do not depend
   * on it: a basis never makes a forbidden share lawful under the policy.
   *
   * @return the basis, if the requester states one
   */
  public abstract Optional<LawfulBasis> lawfulBasis();

  /**
   * The consultations already made, oldest first; for each role the latest counts.
   *
   * @return the consultations
   */
  public abstract List<Consultation> consultations();

  /**
   * The version of the JSON form this value was written in.
   *
   * @return the schema version
   */
  @Value.Default
  public int schemaVersion() {
    return LiaisonJson.SCHEMA_VERSION;
  }

  /**
   * The latest consultation of a role.
   *
   * @param role the consultee role
   * @return the consultation, if one was made
   */
  public Optional<Consultation> latestConsultation(ConsulteeRole role) {
    Consultation latest = null;
    for (Consultation c : consultations()) {
      if (c.role() == role) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The request's finite facts, packed once at construction so deciding allocates nothing. */
  @Value.Derived
  @JsonIgnore
  int facts() {
    Map<ConsulteeRole, ConsultationState> states = new EnumMap<>(ConsulteeRole.class);
    for (Consultation c : consultations()) {
      states.put(c.role(), c.state());
    }
    return Facts.pack(
        topic().ordinal(),
        level().map(Enum::ordinal).orElse(Facts.UNCLASSIFIED),
        requesterDesignation().ordinal(),
        recipient().ordinal(),
        recipientDesignation().map(Enum::ordinal).orElse(Facts.NO_DESIGNATION),
        recipientRelevance().ordinal(),
        pupilInOtherServices(),
        urgency() == Urgency.CHILD_AT_RISK,
        states.getOrDefault(ConsulteeRole.LINE_MANAGER, ConsultationState.NONE).ordinal(),
        states.getOrDefault(ConsulteeRole.HEADSHIP, ConsultationState.NONE).ordinal(),
        states
            .getOrDefault(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD, ConsultationState.NONE)
            .ordinal(),
        states.getOrDefault(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationState.NONE).ordinal());
  }

  /**
   * The facts a decision on this request depends on.
   *
   * @return the facts
   */
  public RequestFacts requestFacts() {
    return new RequestFacts(facts());
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedRequest}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableStatedRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean staff = recipient() == RecipientKind.STAFF_IN_SCHOOL;
    Checks.of(this, "StatedRequest")
        .require(
            staff == recipientDesignation().isPresent(),
            "recipientDesignation",
            "is given for staff in school and only for them",
            Clause.HSL_4)
        .require(
            staff || recipientRelevance() == Relevance.NOT_RELEVANT,
            "recipientRelevance",
            "only staff in school can be relevant parties",
            Clause.HSL_4)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
