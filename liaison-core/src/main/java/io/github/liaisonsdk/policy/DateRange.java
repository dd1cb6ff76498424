package io.github.liaisonsdk.policy;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import java.time.LocalDate;

/**
 * An inclusive range of dates. Value-based and immutable.
 *
 * @param first the first day
 * @param last the last day, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

  /**
   * Checks the components.
   *
   * @param first the first day
   * @param last the last day
   */
  public DateRange {
    if (first == null || last == null || last.isBefore(first)) {
      throw new LiaisonValidationException(
          "DateRange",
          Violation.of(
              first == null ? "first" : "last",
              first == null || last == null ? "is required" : "must not be before first"));
    }
  }

  /**
   * Whether a date falls in the range.
   *
   * @param date the date
   * @return {@code true} if within, ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }
}
