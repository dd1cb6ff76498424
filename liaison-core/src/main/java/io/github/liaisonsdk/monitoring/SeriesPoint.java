package io.github.liaisonsdk.monitoring;

import java.time.LocalDate;

/**
 * One period of a series: the routine contacts the plans expected in it and those recorded (LP36-4b, LP36-7).
 *
 * <p>Value-based and immutable.
 *
 * @param period the period's name: an ISO week ({@code 2026-W37}) or a term ({@code Autumn Term 2026})
 * @param first its first day
 * @param last its last day
 * @param schoolDays how many of its days are school days, by the pack's term calendar
 * @param expected routine contacts the plans in force expected: a weekly plan one per week with a school day, a
 *     fortnightly one half, a monthly one spread over its month's school weeks, a (half-)termly one (two) over its
 *     term's, a daily one one per school day
 * @param actual routine contacts recorded
 */
public record SeriesPoint(
    String period, LocalDate first, LocalDate last, long schoolDays, double expected, int actual) {}
