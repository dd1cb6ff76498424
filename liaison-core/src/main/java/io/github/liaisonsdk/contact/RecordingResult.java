package io.github.liaisonsdk.contact;

import io.github.liaisonsdk.basics.Violation;
import java.util.List;

/**
 * A contact record as stored, with the departures from its plan that the pack chose to flag rather than refuse.
 * Value-based and immutable.
 *
 * @param record the record stored
 * @param departures the flagged departures from the plan (LP36-4d), empty if it conforms
 */
public record RecordingResult(ContactRecord record, List<Violation> departures) {

  /**
   * Copies the list.
   *
   * @param record the record
   * @param departures the departures
   */
  public RecordingResult {
    departures = List.copyOf(departures);
  }
}
