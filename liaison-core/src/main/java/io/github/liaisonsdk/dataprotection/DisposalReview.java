package io.github.liaisonsdk.dataprotection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Ids;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of a pupil's child protection file whose retention period has ended (LP36-4e): the period ends in a
 * review, never in an automatic erasure. The file is disposed of, or kept until a date for a stated reason and then
 * reviewed again.
 *
 * <p>Immutable and thread-safe; the facade builds it ({@code ChildProtectionFiles#reviewDisposal}).
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableDisposalReview.class)
@JsonDeserialize(as = ImmutableDisposalReview.class)
public abstract class DisposalReview {
  /** Only the generated implementation extends it. */
  DisposalReview() {}

  /**
   * The review's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Whose file was reviewed.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * The day the file became due for this review: the end of its retention period, or of the last retention.
   *
   * @return the day
   */
  public abstract LocalDate dueFrom();

  /**
   * The designated safeguarding lead or headship member who reviewed it.
   *
   * @return the reviewer
   */
  public abstract StaffId reviewedBy();

  /**
   * When.
   *
   * @return the instant
   */
  public abstract Instant reviewedAt();

  /**
   * The conclusion.
   *
   * @return dispose or retain
   */
  public abstract DisposalDecision decision();

  /**
   * For a retention: the day the file is due for review again.
   *
   * @return the day, present exactly for a retention
   */
  public abstract Optional<LocalDate> retainUntil();

  /**
   * For a retention: why.
   *
   * @return the reason, present exactly for a retention
   */
  public abstract Optional<RetentionReason> reason();

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
   * Starts a review.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisposalReview}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableDisposalReview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean retain = decision() == DisposalDecision.RETAIN;
    Ids.check(id(), "DisposalReview.id");
    Checks.of(this, "DisposalReview")
        .require(
            retainUntil().isPresent() == retain,
            "retainUntil",
            "a retention says until when, and only it does",
            Clause.LP36_4E)
        .require(
            reason().isPresent() == retain,
            "reason",
            "a retention says why, and only it does",
            Clause.LP36_4E)
        .require(
            retainUntil().map(d -> d.isAfter(dueFrom())).orElse(true),
            "retainUntil",
            "falls after the day the file became due",
            Clause.LP36_4E)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
