package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a policy is due for review: a date ("January 2024" is its last day) or a school term ("Spring Term 2023",
 * HSL-11), exactly one of the two. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableReviewDue.class)
@JsonDeserialize(as = ImmutableReviewDue.class)
public abstract class ReviewDue {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  ReviewDue() {}

  /**
   * The date the review is due by, when given as a date.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * The term the review is due in, when given as a term.
   *
   * @return the term
   */
  public abstract Optional<TermReference> term();

  /**
   * The month the review is due in, when the policy names only a month ("January 2024"): due by its last day.
   *
   * @return the month
   */
  // Left out of the canonical JSON when absent, so packs written before it existed keep their
  // content hash.
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
  public abstract Optional<java.time.YearMonth> month();

  /**
   * Due in a month, that is by its last day.
   *
   * @param month the month
   * @return the review due
   */
  public static ReviewDue in(java.time.YearMonth month) {
    return ReviewDue.builder().month(month).build();
  }

  /**
   * Due by a date.
   *
   * @param date the date
   * @return the review due
   */
  public static ReviewDue by(LocalDate date) {
    return ReviewDue.builder().date(date).build();
  }

  /**
   * Due in a term, that is by its last day.
   *
   * @param term the term
   * @return the review due
   */
  public static ReviewDue in(TermReference term) {
    return ReviewDue.builder().term(term).build();
  }

  /**
   * The last day the review may take place.
   *
   * @param calendar the calendar that maps terms to dates
   * @return the date
   */
  public LocalDate dueBy(TermCalendar calendar) {
    return date()
        .or(() -> month().map(java.time.YearMonth::atEndOfMonth))
        .orElseGet(() -> calendar.endOf(term().orElseThrow()));
  }

  @Override
  public String toString() {
    return date()
        .map(LocalDate::toString)
        .or(() -> month().map(PolicyMetadata::monthName))
        .orElseGet(() -> term().map(TermReference::toString).orElse("?"));
  }

  @Value.Check
  void check() {
    Checks.of(this, "ReviewDue")
        .require(
            (date().isPresent() ? 1 : 0)
                    + (month().isPresent() ? 1 : 0)
                    + (term().isPresent() ? 1 : 0)
                == 1,
            "reviewDue",
            "is a date, a month or a term, exactly one of them",
            Clause.HSL_11)
        .done();
  }

  /**
   * Starts a {@link ReviewDue}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewDue}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableReviewDue.Builder {
    Builder() {}
  }
}
