package io.github.liaisonsdk.monitoring;

import java.util.List;

/**
 * Expected against actual routine contact over time, week by week and term by term (LP36-7 trends), for the whole
 * school, one residence context (LP36-3) or one pupil.
 *
 * <p>Value-based and immutable.
 *
 * @param scope what the series is of: {@code SCHOOL}, {@code RESIDENCE} or {@code PUPIL}
 * @param subject the residence context's name or the pupil's id; {@code school} for the whole school
 * @param weeks each week (Monday to Sunday) that overlaps the period, in order
 * @param terms each term that overlaps the period, in order
 */
public record LiaisonSeries(
    String scope, String subject, List<SeriesPoint> weeks, List<SeriesPoint> terms) {
  /**
   * Copies the lists.
   *
   * @param scope what the series is of
   * @param subject whose series it is
   * @param weeks the weeks
   * @param terms the terms
   */
  public LiaisonSeries {
    weeks = List.copyOf(weeks);
    terms = List.copyOf(terms);
  }
}
