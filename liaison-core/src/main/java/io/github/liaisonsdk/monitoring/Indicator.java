package io.github.liaisonsdk.monitoring;

import java.util.Optional;

/**
 * One indicator of an aim of LP36-2, defined from recorded liaison data, or said plainly to be out of reach of
 * liaison records.
 *
 * <p>Value-based and immutable.
 *
 * @param aim the aim of LP36-2 it speaks to
 * @param cohort whom it counts: {@code all pupils} or {@code at risk of failure}
 * @param definition how it is computed, in words, for the report's reader
 * @param numerator the count it is a share of, when measured
 * @param denominator the count it is a share within, when measured
 * @param value the share, from 0 to 1, when measured and the denominator is not 0
 * @param notMeasured why liaison records cannot measure it, when they cannot
 */
public record Indicator(
    String aim,
    String cohort,
    String definition,
    long numerator,
    long denominator,
    Optional<Double> value,
    Optional<String> notMeasured) {

  static Indicator share(
      String aim, String cohort, String definition, long numerator, long denominator) {
    return new Indicator(
        aim,
        cohort,
        definition,
        numerator,
        denominator,
        denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator),
        Optional.empty());
  }

  static Indicator outOfReach(String aim, String why) {
    return new Indicator(
        aim, "all pupils", "not measured", 0, 0, Optional.empty(), Optional.of(why));
  }
}
