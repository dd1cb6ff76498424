package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.lawfulbasis.LawfulBasis;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * "May this member of staff share information on this topic about this pupil with this recipient, for this
 * purpose, now?", asked of the school's records.
 *
 * <p>The request names only what the caller knows for certain: who asks, which pupil, which topic, to whom, why
 * and how urgently, the consultations on record it relies on and, optionally, a level above the pack's default.
 * Every fact that could grant a share (the requester's and recipient's posts, the information's level, relevance,
 * parental responsibility, the child's other services, the consultations' outcomes) is read from the records by
 * the facade, so no request can talk the policy into a PERMIT. It holds no confidential text.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableSharingRequest.class)
@JsonDeserialize(as = ImmutableSharingRequest.class)
public abstract class SharingRequest {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  SharingRequest() {}

  /**
   * Who asks: a member of staff held in the school's records.
   *
   * @return the requester
   */
  public abstract StaffId requester();

  /**
   * The pupil the information is about.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * What the information is about (LP36-5); the pack gives its default level.
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * Who would receive it.
   *
   * @return the recipient
   */
  public abstract Recipient recipient();

  /**
   * Why.
   *
   * @return the purpose
   */
  public abstract Purpose purpose();

  /**
   * How urgent.
   *
   * @return the urgency; routine if not set
   */
  @Value.Default
  public Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /**
   * A level above the pack's default for the topic, when the requester knows the information is more sensitive.
   * A level below the default has no effect: only a recorded headship check (HSL-5) sets a lower one.
   *
   * @return the raised level, if any
   */
  public abstract Optional<ConfidentialityLevel> raisedLevel();

  /**
   * Whether the requester is in doubt about how confidential the information is (HSL-5): it is then treated as
   * unclassified, and nothing is disclosed until the headteacher or an assistant headteacher has checked it.
   *
   * @return {@code true} when in doubt
   */
  @Value.Default
  public boolean inDoubt() {
    return false;
  }

  /**
   * The lawful basis for sharing (LP36-4e), recorded with the decision. A basis never makes a share the policy
   * forbids lawful under it.
   *
   * @return the basis, if the requester states one
   */
  public abstract Optional<LawfulBasis> lawfulBasis();

  /**
   * The consultations on record that this request relies on: each recorded earlier by the requester about this
   * pupil and topic; for each role the latest counts.
   *
   * @return the consultations' ids
   */
  public abstract List<ConsultationId> consultations();

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
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SharingRequest}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableSharingRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "SharingRequest")
        .require(
            new HashSet<>(consultations()).size() == consultations().size(),
            "consultations",
            "each consultation is relied on once",
            null)
        .require(consultations().size() <= 16, "consultations", "at most 16 consultations", null)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
