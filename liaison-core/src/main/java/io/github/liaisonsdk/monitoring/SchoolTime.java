package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.policy.DateRange;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.policy.TermReference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The school days of one monitoring period, looked up once from the term calendar, and what a plan's frequency
 * expects of them (LP36-4b): see {@link #expected}. Holidays, half terms and INSET days expect nothing. Not
 * thread-safe; one per report.
 */
final class SchoolTime {
  private final TermCalendar calendar;
  private final LocalDate first;
  private final boolean[] open;
  private final Map<YearMonth, Long> monthWeeks = new HashMap<>();
  private final Map<TermReference, Long> termWeeks = new HashMap<>();

  /** The period's days, from {@code first} to {@code last}; none if {@code last} is before {@code first}. */
  SchoolTime(TermCalendar calendar, LocalDate first, LocalDate last) {
    this.calendar = calendar;
    this.first = first;
    int days = last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    this.open = new boolean[days];
    for (int i = 0; i < days; i++) {
      open[i] = calendar.isSchoolDay(first.plusDays(i));
    }
  }

  boolean isSchoolDay(LocalDate date) {
    int i = (int) ChronoUnit.DAYS.between(first, date);
    return i >= 0 && i < open.length ? open[i] : calendar.isSchoolDay(date);
  }

  long schoolDays(LocalDate from, LocalDate to) {
    long n = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      n += isSchoolDay(d) ? 1 : 0;
    }
    return n;
  }

  /**
   * What the frequency expects between two dates, both included: a daily plan one a school day; otherwise the sum,
   * over the weeks with a school day between them, of each week's share: a weekly plan 1, a fortnightly one ½, a
   * monthly one 1 over the school weeks of the week's month, a half-termly one 2 over the school weeks of its
   * term, a termly one 1 over them. So a whole month expects one monthly contact and a whole term one termly one.
   */
  double expected(Frequency frequency, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    if (frequency == Frequency.DAILY) {
      return schoolDays(from, to);
    }
    double expected = 0;
    for (LocalDate monday = from.with(DayOfWeek.MONDAY);
        !monday.isAfter(to);
        monday = monday.plusWeeks(1)) {
      LocalDate a = monday.isBefore(from) ? from : monday;
      LocalDate sunday = monday.plusDays(6);
      if (schoolDays(a, sunday.isAfter(to) ? to : sunday) > 0) {
        expected += weekShare(frequency, monday);
      }
    }
    return expected;
  }

  private double weekShare(Frequency frequency, LocalDate monday) {
    return switch (frequency) {
      case WEEKLY -> 1;
      case FORTNIGHTLY -> 0.5;
      case MONTHLY ->
          1.0
              / Math.max(
                  1,
                  monthWeeks.computeIfAbsent(
                      YearMonth.from(firstSchoolDay(monday)),
                      month -> weeksWithSchool(month.atDay(1), month.atEndOfMonth())));
      case HALF_TERMLY -> 2.0 / Math.max(1, termWeeks(firstSchoolDay(monday)));
      case TERMLY -> 1.0 / Math.max(1, termWeeks(firstSchoolDay(monday)));
      case DAILY -> throw new IllegalArgumentException("daily plans expect school days, not weeks");
    };
  }

  private long termWeeks(LocalDate day) {
    TermReference term = calendar.termOf(day);
    return termWeeks.computeIfAbsent(
        term,
        t -> {
          DateRange span = calendar.spanOf(t);
          return weeksWithSchool(span.first(), span.last());
        });
  }

  /** The week's first school day, or its Monday if it has none: which month and term the week belongs to. */
  private LocalDate firstSchoolDay(LocalDate monday) {
    for (int i = 0; i < 7; i++) {
      if (isSchoolDay(monday.plusDays(i))) {
        return monday.plusDays(i);
      }
    }
    return monday;
  }

  /** Weeks whose first school day falls between the two dates: each week counts once, in one month or term. */
  private long weeksWithSchool(LocalDate from, LocalDate to) {
    long weeks = 0;
    for (LocalDate monday = from.with(DayOfWeek.MONDAY);
        !monday.isAfter(to);
        monday = monday.plusWeeks(1)) {
      LocalDate first = firstSchoolDay(monday);
      if (isSchoolDay(first) && !first.isBefore(from) && !first.isAfter(to)) {
        weeks++;
      }
    }
    return weeks;
  }

  /**
   * The calendar days a routine contact is overdue by: none while the school days since the last contact are
   * within the frequency's allowance (a week's five, a fortnight's ten, ...); then the days since the first school
   * day past it, that day included.
   */
  long daysOverdue(Frequency frequency, LocalDate since, LocalDate today) {
    long allowance = frequency.schoolDayAllowance();
    long counted = 0;
    for (LocalDate d = since.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
      if (isSchoolDay(d) && ++counted > allowance) {
        return ChronoUnit.DAYS.between(d, today) + 1;
      }
    }
    return 0;
  }

  /** The weeks overlapping the period, each clipped to it. */
  List<Span> weeks(LocalDate from, LocalDate to) {
    List<Span> spans = new ArrayList<>();
    for (LocalDate monday = from.with(DayOfWeek.MONDAY);
        !monday.isAfter(to);
        monday = monday.plusWeeks(1)) {
      LocalDate a = monday.isBefore(from) ? from : monday;
      LocalDate b = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
      String name =
          String.format(
              java.util.Locale.ROOT,
              "%d-W%02d",
              monday.get(IsoFields.WEEK_BASED_YEAR),
              monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      spans.add(new Span(name, a, b));
    }
    return spans;
  }

  /** The terms overlapping the period, each the run of its days inside the period, holidays included. */
  List<Span> terms(LocalDate from, LocalDate to) {
    List<Span> spans = new ArrayList<>();
    LocalDate start = from;
    TermReference current = null;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      TermReference term = calendar.termOf(d);
      if (current != null && !term.equals(current)) {
        spans.add(new Span(current.toString(), start, d.minusDays(1)));
        start = d;
      }
      current = term;
    }
    if (current != null) {
      spans.add(new Span(current.toString(), start, to));
    }
    return spans;
  }

  /** A named run of days. */
  record Span(String name, LocalDate first, LocalDate last) {
    boolean contains(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }
}
