package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The dates of one term as a school's local authority sets them. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableTermDates.class)
@JsonDeserialize(as = ImmutableTermDates.class)
public abstract class TermDates {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  TermDates() {}

  /**
   * Which term.
   *
   * @return the term reference
   */
  public abstract TermReference term();

  /**
   * The first day of the term.
   *
   * @return the date
   */
  public abstract LocalDate first();

  /**
   * The last day of the term.
   *
   * @return the date, not before {@link #first()}
   */
  public abstract LocalDate last();

  /**
   * The days inside the term when the school is closed to pupils: the half-term holiday, INSET (training) days,
   * bank holidays. Routine contact is not expected on them (LP36-4b, LP36-7).
   *
   * @return the closures, each inside the term
   */
  // Left out of the canonical JSON when there are none, so term dates written before it keep their
  // pack's hash.
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<DateRange> closures();

  /**
   * The term's dates.
   *
   * @param term which term
   * @param first its first day
   * @param last its last day
   * @return the term dates
   */
  public static TermDates of(TermReference term, LocalDate first, LocalDate last) {
    return TermDates.builder().term(term).first(first).last(last).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "TermDates")
        .require(!last().isBefore(first()), "last", "must not be before first", Clause.HSL_11)
        .require(
            first().getYear() == term().year(),
            "first",
            "must fall in the term's year",
            Clause.HSL_11)
        .require(
            closures().stream()
                .allMatch(c -> !c.first().isBefore(first()) && !c.last().isAfter(last())),
            "closures",
            "must each fall inside the term",
            Clause.LP36_7)
        .done();
  }

  /**
   * Starts a {@link TermDates}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TermDates}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableTermDates.Builder {
    Builder() {}
  }
}
