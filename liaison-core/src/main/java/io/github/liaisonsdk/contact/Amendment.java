package io.github.liaisonsdk.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A correction to a {@link ContactRecord}. Records are never edited in place: the amendment says who changed
 * what, when and why, and the original stays readable to those allowed, as court-safe records require.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
public abstract class Amendment {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Amendment() {}

  /**
   * The record amended.
   *
   * @return the record's id
   */
  public abstract ContactRecordId record();

  /**
   * Who made the correction.
   *
   * @return the author
   */
  public abstract StaffId author();

  /**
   * When.
   *
   * @return the instant
   */
  public abstract Instant amendedAt();

  /**
   * Why, in a line that must not itself hold confidential detail.
   *
   * @return the reason, 1 to 500 characters
   */
  public abstract String reason();

  /**
   * The corrected summary, if the summary changes.
   *
   * @return the new summary
   */
  public abstract Optional<ConfidentialText> summary();

  /**
   * The corrected topics, if they change; empty means unchanged.
   *
   * @return the new topics
   */
  public abstract Set<Topic> topics();

  /**
   * The corrected level, if it changes.
   *
   * @return the new level
   */
  public abstract Optional<ConfidentialityLevel> level();

  /**
   * The corrected time of the contact, if it changes.
   *
   * @return the new instant
   */
  public abstract Optional<Instant> occurredAt();

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
   * Applies the correction to the record as it stood. Topics are added to the record's, never removed, and a level
   * only ever rises: a record has every topic and the highest level it ever had, and reads are decided on that.
   *
   * @param original the record, or the result of earlier amendments
   * @return the record as corrected
   */
  public ContactRecord applyTo(ContactRecord original) {
    ContactRecord.Builder corrected = ContactRecord.builder().from(original);
    summary().ifPresent(corrected::summary);
    // A record keeps every topic and the highest level it ever had: a reader decided on it
    // afterwards must not
    // see, through a correction, what the record once said under a stricter classification.
    corrected.addAllTopics(topics());
    level().filter(raised -> raised.isNarrowerThan(original.level())).ifPresent(corrected::level);
    occurredAt().ifPresent(corrected::occurredAt);
    return corrected.build();
  }

  /**
   * Starts an amendment.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Amendment}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableAmendment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "Amendment")
        .require(
            Text.label(reason(), 500),
            "reason",
            "must be 1 to 500 characters on one line, without control characters",
            Clause.LP36_4D)
        .require(
            summary().isPresent()
                || !topics().isEmpty()
                || level().isPresent()
                || occurredAt().isPresent(),
            "amendment",
            "must correct at least one of summary, topics, level, occurredAt",
            Clause.LP36_4D)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
