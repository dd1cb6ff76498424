package io.github.liaisonsdk.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One contact between school and family, as recorded (LP36-4d). Records are append-only: a correction is an
 * {@link Amendment}, and the original stays readable to those allowed.
 *
 * <p>The summary is {@link ConfidentialText}: it never appears in {@link #toString()}, logs or exception messages.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableContactRecord.class)
@JsonDeserialize(as = ImmutableContactRecord.class)
public abstract class ContactRecord {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  ContactRecord() {}

  /**
   * The record's id.
   *
   * @return the id
   */
  public abstract ContactRecordId id();

  /**
   * The pupil the contact was about.
   *
   * @return the pupil's id
   */
  public abstract PupilId pupil();

  /**
   * The plan the contact was made under.
   *
   * @return the plan's id
   */
  public abstract PlanId plan();

  /**
   * The version of that plan in force when the contact happened.
   *
   * @return at least 1
   */
  @Min(value = 1, message = "must be at least 1")
  public abstract int planVersion();

  /**
   * The member of staff who made the contact and records it.
   *
   * @return the staff id
   */
  public abstract StaffId staff();

  /**
   * The family-side contacts involved.
   *
   * @return the contacts, possibly none when the contact was with the pupil alone
   */
  public abstract Set<ContactPersonId> counterparts();

  /**
   * Whether the pupil was present.
   *
   * @return {@code true} if present
   */
  @Value.Default
  public boolean pupilPresent() {
    return false;
  }

  /**
   * When the contact happened.
   *
   * @return the instant
   */
  public abstract Instant occurredAt();

  /**
   * When it was recorded.
   *
   * @return the instant, not before {@link #occurredAt()}
   */
  public abstract Instant recordedAt();

  /**
   * For an emergency: when the emergency arose, so monitoring can measure how fast a person was reached.
   *
   * @return the instant, present exactly for {@link ContactKind#EMERGENCY}
   */
  public abstract Optional<Instant> emergencyRaisedAt();

  /**
   * How the contact was made.
   *
   * @return the method
   */
  public abstract ContactMethod method();

  /**
   * Why the contact was made.
   *
   * @return routine, emergency or out-of-hours
   */
  public abstract ContactKind kind();

  /**
   * What the contact covered (LP36-5).
   *
   * @return at least one topic
   */
  @NotEmpty(message = "[LP36-5] a contact record names at least one topic")
  public abstract Set<Topic> topics();

  /**
   * What was said. Confidential: never logged, never in messages.
   *
   * @return the summary
   */
  public abstract ConfidentialText summary();

  /**
   * How confidential the record is.
   *
   * @return the level
   */
  public abstract ConfidentialityLevel level();

  /**
   * Where the record is kept (LP36-4d).
   *
   * @return the location
   */
  public abstract RecordLocation location();

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
   * Starts a contact record.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactRecord}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableContactRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(this, "ContactRecord");
    checks.require(
        !recordedAt().isBefore(occurredAt()),
        "recordedAt",
        "a contact cannot be recorded before it happened",
        Clause.LP36_4D);
    checks.require(
        pupilPresent() || !counterparts().isEmpty(),
        "counterparts",
        "a contact involves the pupil or at least one family-side contact",
        Clause.LP36_4A);
    boolean emergency = kind() == ContactKind.EMERGENCY;
    checks.require(
        emergency == emergencyRaisedAt().isPresent(),
        "emergencyRaisedAt",
        "is required for an emergency contact and only for one",
        Clause.LP36_4C);
    checks.require(
        emergencyRaisedAt().map(raised -> !raised.isAfter(occurredAt())).orElse(true),
        "emergencyRaisedAt",
        "must not be after the contact",
        Clause.LP36_4C);
    checks.require(
        !emergency || method().reachesPersonAtOnce(),
        "method",
        "an emergency contact must reach a person at once",
        Clause.LP36_4C);
    checks.require(
        location() != RecordLocation.LIAISON_FORM || kind() == ContactKind.OUT_OF_HOURS,
        "location",
        "only out-of-hours contact is logged on the liaison form",
        Clause.HSL_8);
    checks.require(
        kind() != ContactKind.OUT_OF_HOURS || level().isAtLeast(ConfidentialityLevel.RESTRICTED),
        "level",
        "out-of-hours contact is readable only by the headship, so RESTRICTED or above",
        Clause.HSL_9);
    checks.require(
        LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null);
    checks.done();
  }
}
