package io.github.liaisonsdk.dataprotection;

import io.github.liaisonsdk.contact.ContactRecordId;
import java.time.LocalDate;
import java.util.List;

/**
 * What a disposal run did (LP36-4e). Value-based and immutable.
 *
 * @param runOn the day of the run
 * @param disposed records erased because their retention period ended
 * @param held records due but kept because their pupil is under a legal hold
 * @param keptWithoutDate records kept because the date their period counts from is unknown
 */
public record DisposalReport(LocalDate runOn, List<ContactRecordId> disposed, List<ContactRecordId> held,
    List<ContactRecordId> keptWithoutDate) {

  /**
   * Copies the lists.
   *
   * @param runOn the day
   * @param disposed erased records
   * @param held held records
   * @param keptWithoutDate undated records
   */
  public DisposalReport {
    disposed = List.copyOf(disposed);
    held = List.copyOf(held);
    keptWithoutDate = List.copyOf(keptWithoutDate);
  }
}
