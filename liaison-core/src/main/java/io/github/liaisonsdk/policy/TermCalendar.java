package io.github.liaisonsdk.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a school term to its dates. Term dates differ by local authority, so a calendar is built from the dates a
 * policy pack or the caller supplies; for a term it has no dates for, it falls back to the conventional English
 * shape (Autumn September–December, Spring January–Easter, Summer after Easter–July), computing Easter for the year.
 *
 * <p>Immutable and thread-safe.
 */
public final class TermCalendar {
  private static final TermCalendar CONVENTIONAL = new TermCalendar(Map.of(), Map.of());

  private final Map<TermReference, DateRange> known;
  private final Map<TermReference, List<DateRange>> closures;

  private TermCalendar(
      Map<TermReference, DateRange> known, Map<TermReference, List<DateRange>> closures) {
    this.known = Map.copyOf(known);
    this.closures = Map.copyOf(closures);
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
    Map<TermReference, List<DateRange>> closures = new HashMap<>();
    for (TermDates t : terms) {
      known.put(t.term(), new DateRange(t.first(), t.last()));
      closures.put(t.term(), List.copyOf(t.closures()));
    }
    return new TermCalendar(known, closures);
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

  /**
   * Whether pupils are in school on a date: a weekday inside a term and none of its closures (half term, INSET days,
   * bank holidays). A date inside a term the calendar has local dates for follows them; a date between two local
   * terms is a holiday; otherwise the conventional English school year applies: autumn from the first Monday of
   * September to the last Friday before 22 December, spring from the first Monday on or after 4 January to the
   * Thursday before Good Friday, summer from the second Monday after Easter to the last Friday on or before
   * 22 July, with half terms in the weeks of the last Monday of October, the third Monday of February and the last
   * Monday of May, and the early May bank holiday closed.
   *
   * @param date the date
   * @return true if it is a school day
   */
  public boolean isSchoolDay(LocalDate date) {
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    for (Map.Entry<TermReference, DateRange> term : known.entrySet()) {
      if (term.getValue().contains(date)) {
        return closures.getOrDefault(term.getKey(), List.of()).stream()
            .noneMatch(c -> c.contains(date));
      }
    }
    if (date.getYear() < TermReference.FIRST_YEAR || date.getYear() > TermReference.LAST_YEAR) {
      // Outside the years a term can be named in: no pack has dates there, so the conventional year
      // applies.
      return conventionalSchoolDay(date);
    }
    if (known.containsKey(broadTermOf(date))) {
      // Outside the local dates of the term the date would belong to: a holiday before or after it.
      return false;
    }
    return conventionalSchoolDay(date);
  }

  /**
   * The school days from one date to another, both included.
   *
   * @param from the first date
   * @param to the last date
   * @return how many of them are school days; 0 if {@code to} is before {@code from}
   */
  public long schoolDays(LocalDate from, LocalDate to) {
    long days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        days++;
      }
    }
    return days;
  }

  /**
   * The school day that comes a number of school days after a date: the 5th school day after a pupil leaves is when
   * their child protection file is due at the new school, which for a move at the end of a term falls in the first
   * week of the next one. The date itself is not counted.
   *
   * @param date the date counted from
   * @param schoolDays how many school days, at least 1
   * @return the school day reached
   * @throws IllegalArgumentException if {@code schoolDays} is below 1, or no such day lies within three years
   */
  public LocalDate schoolDayAfter(LocalDate date, int schoolDays) {
    if (schoolDays < 1) {
      throw new IllegalArgumentException("schoolDays must be at least 1");
    }
    int counted = 0;
    LocalDate limit = date.plusYears(3);
    for (LocalDate d = date.plusDays(1); !d.isAfter(limit); d = d.plusDays(1)) {
      if (isSchoolDay(d) && ++counted == schoolDays) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "no " + schoolDays + " school days follow " + date + " within three years");
  }

  /**
   * The term a date counts towards in term-by-term figures: the local term containing it, else the term of the
   * conventional year it falls in (autumn September to December, spring January to Easter Sunday, summer after
   * Easter to August), holidays included.
   *
   * @param date the date
   * @return the term
   */
  public TermReference termOf(LocalDate date) {
    for (Map.Entry<TermReference, DateRange> term : known.entrySet()) {
      if (term.getValue().contains(date)) {
        return term.getKey();
      }
    }
    return broadTermOf(date);
  }

  /**
   * The days a term counts in {@link #termOf}: its local dates if known, else its conventional span, holidays
   * included (autumn September to December, spring January to Easter Sunday, summer after Easter to August).
   *
   * @param term the term
   * @return its days
   */
  public DateRange spanOf(TermReference term) {
    DateRange local = known.get(term);
    if (local != null) {
      return local;
    }
    int year = term.year();
    LocalDate easter = easterSunday(year);
    return switch (term.term()) {
      case AUTUMN ->
          new DateRange(
              LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year, Month.DECEMBER, 31));
      case SPRING -> new DateRange(LocalDate.of(year, Month.JANUARY, 1), easter);
      case SUMMER -> new DateRange(easter.plusDays(1), LocalDate.of(year, Month.AUGUST, 31));
    };
  }

  private static TermReference broadTermOf(LocalDate date) {
    int year = date.getYear();
    if (date.getMonthValue() >= Month.SEPTEMBER.getValue()) {
      return new TermReference(SchoolTerm.AUTUMN, year);
    }
    return new TermReference(
        date.isAfter(easterSunday(year)) ? SchoolTerm.SUMMER : SchoolTerm.SPRING, year);
  }

  private static boolean conventionalSchoolDay(LocalDate date) {
    int year = date.getYear();
    LocalDate easter = easterSunday(year);
    List<DateRange> terms =
        List.of(
            new DateRange(
                firstMondayOnOrAfter(LocalDate.of(year, Month.JANUARY, 4)), easter.minusDays(3)),
            new DateRange(
                easter.plusDays(8), lastFridayOnOrBefore(LocalDate.of(year, Month.JULY, 22))),
            new DateRange(
                firstMondayOnOrAfter(LocalDate.of(year, Month.SEPTEMBER, 1)),
                lastFridayOnOrBefore(LocalDate.of(year, Month.DECEMBER, 21))));
    List<LocalDate> halfTermMondays =
        List.of(
            LocalDate.of(year, Month.FEBRUARY, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)),
            LocalDate.of(year, Month.MAY, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
            LocalDate.of(year, Month.OCTOBER, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    LocalDate earlyMayBankHoliday =
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    return terms.stream().anyMatch(t -> t.contains(date))
        && !date.equals(earlyMayBankHoliday)
        && halfTermMondays.stream()
            .noneMatch(monday -> new DateRange(monday, monday.plusDays(4)).contains(date));
  }

  private static LocalDate firstMondayOnOrAfter(LocalDate date) {
    return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }

  private static LocalDate lastFridayOnOrBefore(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
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
        return new DateRange(
            LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year, Month.DECEMBER, 31));
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
