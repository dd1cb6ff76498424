package io.github.liaisonsdk.monitoring;

import java.time.LocalDate;

/**
 * A plan or policy pack whose review date has passed (LP36-7, HSL-11). Value-based and immutable.
 *
 * @param kind {@code PLAN} or {@code POLICY_PACK}
 * @param id the plan's or pack's id
 * @param dueBy the last day the review was due
 * @param daysOverdue how many days ago that was
 */
public record ReviewDueItem(String kind, String id, LocalDate dueBy, long daysOverdue) {}
