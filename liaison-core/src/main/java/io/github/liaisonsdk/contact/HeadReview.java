package io.github.liaisonsdk.contact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The headteacher's review of a disclosed contact (HSL-7): the answer to the conflict-of-interest question (HSL-2),
 * the decision and the reasons, and any conditions. A contact with a conflict of interest is never approved
 * without conditions.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableHeadReview.class)
@JsonDeserialize(as = ImmutableHeadReview.class)
public abstract class HeadReview {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  HeadReview() {}

  /**
   * Who reviewed: the headteacher.
   *
   * @return the reviewer
   */
  public abstract StaffId reviewer();

  /**
   * When.
   *
   * @return the instant
   */
  public abstract Instant reviewedAt();

  /**
   * The decision: approve, approve with conditions or decline.
   *
   * @return the action
   */
  public abstract CaseAction decision();

  /**
   * The answer to HSL-2: is there a conflict of interest, or a risk of the member of staff getting too involved in
   * the family's affairs?
   *
   * @return {@code true} if there is
   */
  public abstract boolean conflictOfInterest();

  /**
   * Why: may name the family's circumstances, so it is confidential.
   *
   * @return the reasons
   */
  public abstract ConfidentialText reasons();

  /**
   * The conditions of an approval, one line each.
   *
   * @return the conditions, present exactly for an approval with conditions
   */
  public abstract List<String> conditions();

  /**
   * Starts a review.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HeadReview}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableHeadReview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of(this, "HeadReview")
            .require(
                decision() != CaseAction.LOG_CONTACT && decision() != CaseAction.WITHDRAW,
                "decision",
                "is APPROVE, APPROVE_WITH_CONDITIONS or DECLINE",
                Clause.HSL_7)
            .require(
                reasons().length() > 0, "reasons", "the headteacher gives reasons", Clause.HSL_7)
            .require(
                (decision() == CaseAction.APPROVE_WITH_CONDITIONS) == !conditions().isEmpty(),
                "conditions",
                "are given for an approval with conditions and only for it",
                Clause.HSL_7)
            .require(
                !(conflictOfInterest() && decision() == CaseAction.APPROVE),
                "decision",
                "a contact with a conflict of interest is declined or approved only with conditions",
                Clause.HSL_2);
    for (int i = 0; i < conditions().size(); i++) {
      checks.require(
          Text.label(conditions().get(i), 500),
          "conditions[" + i + "]",
          "must be 1 to 500 characters on one line",
          Clause.HSL_7);
    }
    checks.done();
  }
}
