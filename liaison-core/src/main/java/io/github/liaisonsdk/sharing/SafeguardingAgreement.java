package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The agreement to share safeguarding information beyond the child's own service, as LP36-6 has it documented in
 * the child's safeguarding record: the LA safeguarding team's agreement (LP36-6.1), who informs the other services
 * (LP36-6.2), and the names and designations of everyone involved in the decision (LP36-6.3). Refused without them.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableSafeguardingAgreement.class)
@JsonDeserialize(as = ImmutableSafeguardingAgreement.class)
public abstract class SafeguardingAgreement {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  SafeguardingAgreement() {}

  /**
   * The child.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * When it was agreed.
   *
   * @return the instant
   */
  public abstract Instant agreedAt();

  /**
   * The LA safeguarding team's agreement, with who informs the other services.
   *
   * @return the consultation
   */
  public abstract Consultation laConsultation();

  /**
   * Everyone involved in the decision, by name and designation, the LA team contact included.
   *
   * @return at least one participant
   */
  @NotEmpty(message = "[LP36-6.3] the agreement names everyone involved in the decision")
  public abstract List<Participant> participants();

  /**
   * The other services of the group to be informed.
   *
   * @return at least one service
   */
  @NotEmpty(message = "[LP36-6.1] the agreement names the services the information goes to")
  public abstract Set<ServiceId> servicesToInform();

  /**
   * Who records the agreement.
   *
   * @return the member of staff
   */
  public abstract StaffId recordedBy();

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
   * Starts an agreement.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafeguardingAgreement}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableSafeguardingAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Consultation la = laConsultation();
    Checks.of(this, "SafeguardingAgreement")
        .require(
            la.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM
                && la.outcome() == ConsultationOutcome.AGREED,
            "laConsultation",
            "is the LA safeguarding team's agreement",
            Clause.LP36_6_1)
        .require(
            la.whoInformsOtherServices().isPresent(),
            "laConsultation.whoInformsOtherServices",
            "says whether the LA team or the referrer contacts the other services",
            Clause.LP36_6_2)
        .require(
            participants().stream().anyMatch(p -> p.name().equals(la.consulteeName())),
            "participants",
            "include the LA safeguarding team contact who agreed",
            Clause.LP36_6_3)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
