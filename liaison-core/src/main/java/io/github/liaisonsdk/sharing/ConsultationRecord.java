package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A consultation made before sharing, kept as a record of its own: who consulted whom, in what capacity, about
 * which pupil and topic, when, and what was concluded. A sharing request relies on it by id.
 *
 * <p>The consultee records it (for the LA team, the designated safeguarding lead or the headship does), never the
 * requester alone. When it is recorded the library checks it against the school's records, refusing it naming the
 * clause: a
 * line manager (HSL-4) is the requester's line manager on their staff record; a headship check (HSL-5) is made
 * by the headteacher or an assistant headteacher and says which level the information has; the LA safeguarding
 * team (LP36-6.1) is the contact in the pack's directory, and who informs the other services is recorded when it
 * agrees (LP36-6.2). Names and designations come from the records (LP36-6.3), never from the caller.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableConsultationRecord.class)
@JsonDeserialize(as = ImmutableConsultationRecord.class)
public abstract class ConsultationRecord {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  ConsultationRecord() {}

  /**
   * The consultation's id.
   *
   * @return the id
   */
  public abstract ConsultationId id();

  /**
   * The pupil the information is about.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * What the information is about.
   *
   * @return the topic
   */
  public abstract Topic topic();

  /**
   * Who consulted: the member of staff who will rely on it.
   *
   * @return the requester
   */
  public abstract StaffId consultedBy();

  /**
   * Who records the consultation: the member of staff consulted, who gives the agreement or refusal themselves
   * (HSL-4, HSL-5, the designated safeguarding lead); for the LA safeguarding team, the designated safeguarding
   * lead or the headship (LP36-6.1), the DSL also for their own request. Otherwise a requester never attests their
   * own consultation.
   *
   * @return who records it
   */
  public abstract StaffId recordedBy();

  /**
   * In what capacity the consultee was consulted.
   *
   * @return the role
   */
  public abstract ConsulteeRole role();

  /**
   * The member of staff consulted, for every role but the LA safeguarding team (whose contact is the pack's).
   *
   * @return the consultee, present exactly when the role is a post in school
   */
  public abstract Optional<StaffId> consultee();

  /**
   * When the consultation took place; never after it is recorded.
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
   * For an agreeing headship check (HSL-5): the level the headteacher or assistant headteacher gave the
   * information. It may be below the pack's default for the topic: that is what the check is for.
   *
   * @return the level, present exactly for an agreeing headship check
   */
  public abstract Optional<ConfidentialityLevel> classifiedAs();

  /**
   * For the LA safeguarding team: who contacts the other services (LP36-6.2).
   *
   * @return who informs, when agreed
   */
  public abstract Optional<WhoInforms> whoInformsOtherServices();

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
   * Starts a consultation record.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationRecord}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableConsultationRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean la = role() == ConsulteeRole.LA_SAFEGUARDING_TEAM;
    boolean agreedHeadship =
        role() == ConsulteeRole.HEADSHIP && outcome() == ConsultationOutcome.AGREED;
    Checks.of(this, "ConsultationRecord")
        .require(
            la != consultee().isPresent(),
            "consultee",
            "names the member of staff consulted, except for the LA safeguarding team, whose contact is the pack's",
            la ? Clause.LP36_6_1 : Clause.HSL_4)
        .require(
            !consultee().map(consultedBy()::equals).orElse(false),
            "consultee",
            "no one consults themselves",
            role() == ConsulteeRole.HEADSHIP ? Clause.HSL_5 : Clause.HSL_4)
        .require(
            agreedHeadship == classifiedAs().isPresent(),
            "classifiedAs",
            "an agreeing headship check says which level the information has, and only it does",
            Clause.HSL_5)
        .require(
            whoInformsOtherServices().isEmpty() || la,
            "whoInformsOtherServices",
            "is recorded only for the LA safeguarding team",
            Clause.LP36_6_2)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
