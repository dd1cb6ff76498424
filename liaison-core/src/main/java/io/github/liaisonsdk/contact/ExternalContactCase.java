package io.github.liaisonsdk.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of an out-of-hours contact case: a member of staff's contact or planned meeting with a pupil or family
 * outside school, on school business or not (HSL-6), the headteacher's review (HSL-2, HSL-7) and the liaison-form
 * entries logged when it goes ahead (HSL-8). Each transition is a new version; the store refuses a stale one.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableExternalContactCase.class)
@JsonDeserialize(as = ImmutableExternalContactCase.class)
public abstract class ExternalContactCase {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  ExternalContactCase() {}

  /**
   * The case's id.
   *
   * @return the id
   */
  public abstract CaseId id();

  /**
   * The version: 1 when disclosed, one more for each transition.
   *
   * @return at least 1
   */
  @Min(value = 1, message = "must be at least 1")
  public abstract int version();

  /**
   * The pupil whose family the contact is with.
   *
   * @return the pupil
   */
  public abstract PupilId pupil();

  /**
   * The member of staff in contact.
   *
   * @return the staff id
   */
  public abstract StaffId staff();

  /**
   * Whether the contact is on school business.
   *
   * @return {@code true} if so
   */
  public abstract boolean onSchoolBusiness();

  /**
   * The circumstances: who, where, why. Confidential.
   *
   * @return the circumstances
   */
  public abstract ConfidentialText circumstances();

  /**
   * When the contact was disclosed, or for a breach, when it was found.
   *
   * @return the instant
   */
  public abstract Instant disclosedAt();

  /**
   * The date of a planned meeting.
   *
   * @return the date, if planned
   */
  public abstract Optional<LocalDate> plannedFor();

  /**
   * Where the case stands.
   *
   * @return the state
   */
  public abstract CaseState state();

  /**
   * The headteacher's review, once made.
   *
   * @return the review
   */
  public abstract Optional<HeadReview> review();

  /**
   * The liaison-form entries logged under the case (HSL-8).
   *
   * @return the contact record ids, oldest first
   */
  public abstract List<ContactRecordId> logged();

  /**
   * For a breach: who found the undisclosed contact.
   *
   * @return the member of staff who recorded the breach
   */
  public abstract Optional<StaffId> breachRecordedBy();

  /**
   * The post that reviews this disclosure (HSL-7), fixed when it is disclosed: the headteacher, or for the
   * headteacher's own disclosure the post the pack names. A later change of the discloser's posts does not move it.
   *
   * @return the post; empty for cases written before it was recorded, reviewed as the discloser's posts say now
   */
  // Left out of the JSON when absent, so cases written before it existed read as they did.
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
  public abstract Optional<io.github.liaisonsdk.staff.Designation> reviewerPost();

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
   * Starts a case.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExternalContactCase}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableExternalContactCase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    boolean reviewed =
        state() != CaseState.DISCLOSED
            && state() != CaseState.BREACH_RECORDED
            && !(state() == CaseState.WITHDRAWN && review().isEmpty());
    Checks.of(this, "ExternalContactCase")
        .require(
            review().isPresent() == reviewed,
            "review",
            "a case has the headteacher's review exactly when it was reviewed",
            Clause.HSL_7)
        .require(
            review().map(r -> !r.reviewer().equals(staff())).orElse(true),
            "review.reviewer",
            "no one approves their own disclosure",
            Clause.HSL_7)
        .require(
            logged().isEmpty() || state() == CaseState.LOGGED || state() == CaseState.WITHDRAWN,
            "logged",
            "only an approved contact is logged",
            Clause.HSL_8)
        .require(
            (state() == CaseState.BREACH_RECORDED) == breachRecordedBy().isPresent(),
            "breachRecordedBy",
            "is given for a breach and only for one",
            Clause.HSL_6)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
