package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One line of a policy's review history: date reviewed, reviewer, summary of revisions (LP36-9).
 * Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableReviewEntry.class)
@JsonDeserialize(as = ImmutableReviewEntry.class)
public abstract class ReviewEntry {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  ReviewEntry() {}

  /**
   * The date reviewed.
   *
   * @return the date
   */
  public abstract LocalDate reviewed();

  /**
   * Who reviewed it.
   *
   * @return the reviewer, 1 to 200 characters
   */
  public abstract String reviewer();

  /**
   * What changed.
   *
   * @return the summary of revisions, 1 to 2000 characters
   */
  public abstract String summary();

  /**
   * A review history entry.
   *
   * @param reviewed the date reviewed
   * @param reviewer who reviewed it
   * @param summary what changed
   * @return the entry
   */
  public static ReviewEntry of(LocalDate reviewed, String reviewer, String summary) {
    return ReviewEntry.builder().reviewed(reviewed).reviewer(reviewer).summary(summary).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "ReviewEntry")
        .require(
            Text.label(reviewer(), 200),
            "reviewer",
            "must be 1 to 200 characters on one line",
            Clause.LP36_9)
        .require(
            !summary().isBlank()
                && summary().length() <= 2000
                && Text.storable(summary())
                && Text.wellFormed(summary()),
            "summary",
            "must be 1 to 2000 characters without control characters",
            Clause.LP36_9)
        .done();
  }

  /**
   * Starts a {@link ReviewEntry}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewEntry}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableReviewEntry.Builder {
    Builder() {}
  }
}
