package io.github.liaisonsdk.policy;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps a school term to its dates. Term dates differ by local authority, so a calendar is built from the dates a
 * policy pack or the caller supplies; for a term it has no dates for, it falls back to the conventional English
 * shape (Autumn September–December, Spring January–Easter, Summer after Easter–July), computing Easter for the year.
 *
 * <p>Immutable and thread-safe.
 */
public final class TermCalendar {
  private static final TermCalendar CONVENTIONAL = new TermCalendar(Map.of());

  private final Map<TermReference, DateRange> known;

  private TermCalendar(Map<TermReference, DateRange> known) {
    this.known = Map.copyOf(known);
  }

  /**
   * A calendar that knows no local dates and uses the conventional shape of the English school year.
   *
   * @return the conventional calendar
   */
  public static TermCalendar conventional() {
    return CONVENTIONAL;
  }

  /**
   * A calendar from a local authority's published term dates, falling back to the conventional shape.
   *
   * @param terms the known term dates
   * @return the calendar
   */
  public static TermCalendar of(Collection<TermDates> terms) {
    Map<TermReference, DateRange> known = new HashMap<>();
    for (TermDates t : terms) {
      known.put(t.term(), new DateRange(t.first(), t.last()));
    }
    return new TermCalendar(known);
  }

  /**
   * The dates of a term.
   *
   * @param term the term
   * @return its dates, from the local dates if known, else conventional
   */
  public DateRange datesOf(TermReference term) {
    DateRange local = known.get(term);
    return local != null ? local : conventionalDates(term);
  }

  /**
   * The last day of a term: a policy "to be reviewed Spring Term 2023" is due by then (HSL-11).
   *
   * @param term the term
   * @return the term's last day
   */
  public LocalDate endOf(TermReference term) {
    return datesOf(term).last();
  }

  private static DateRange conventionalDates(TermReference term) {
    int year = term.year();
    LocalDate easter = easterSunday(year);
    switch (term.term()) {
      case SPRING:
        return new DateRange(LocalDate.of(year, Month.JANUARY, 1), easter.minusDays(1));
      case SUMMER:
        return new DateRange(easter.plusDays(1), LocalDate.of(year, Month.JULY, 31));
      case AUTUMN:
        return new DateRange(LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year, Month.DECEMBER, 31));
      default:
        throw new AssertionError(term.term());
    }
  }

  /** Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
