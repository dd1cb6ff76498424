package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consultation already made about a request: who was consulted, in what capacity, when and with what outcome.
 * Names and designations are required because LP36-6.3 has the agreement documented with them; for the LA
 * safeguarding team, who informs the other services is recorded too (LP36-6.2).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableConsultation.class)
@JsonDeserialize(as = ImmutableConsultation.class)
public abstract class Consultation {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Consultation() {}

  /**
   * In what capacity the consultee was consulted.
   *
   * @return the role
   */
  public abstract ConsulteeRole role();

  /**
   * The consultee's name.
   *
   * @return 1 to 200 characters
   */
  public abstract String consulteeName();

  /**
   * The consultee's designation as they hold it, such as "LA safeguarding officer".
   *
   * @return 1 to 200 characters
   */
  public abstract String consulteeDesignation();

  /**
   * When the consultation took place.
   *
   * @return the instant
   */
  public abstract Instant consultedAt();

  /**
   * What the consultee concluded.
   *
   * @return agreed or declined
   */
  public abstract ConsultationOutcome outcome();

  /**
   * For the LA safeguarding team: who contacts the other services (LP36-6.2).
   *
   * @return who informs, when agreed
   */
  public abstract Optional<WhoInforms> whoInformsOtherServices();

  /**
   * The state this consultation puts its role in.
   *
   * @return the consultation state
   */
  public ConsultationState state() {
    if (outcome() == ConsultationOutcome.DECLINED) {
      return ConsultationState.DECLINED;
    }
    return role() == ConsulteeRole.LA_SAFEGUARDING_TEAM && whoInformsOtherServices().isEmpty()
        ? ConsultationState.AGREED_WITHOUT_WHO_INFORMS
        : ConsultationState.AGREED;
  }

  /**
   * Starts a consultation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consultation}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableConsultation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "Consultation")
        .require(
            Text.label(consulteeName(), 200),
            "consulteeName",
            "the consultee's name is recorded, 1 to 200 characters on one line",
            Clause.LP36_6_3)
        .require(
            Text.label(consulteeDesignation(), 200),
            "consulteeDesignation",
            "the consultee's designation is recorded, 1 to 200 characters on one line",
            Clause.LP36_6_3)
        .require(
            whoInformsOtherServices().isEmpty() || role() == ConsulteeRole.LA_SAFEGUARDING_TEAM,
            "whoInformsOtherServices",
            "is recorded only for the LA safeguarding team",
            Clause.LP36_6_2)
        .done();
  }
}
