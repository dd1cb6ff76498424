package io.github.liaisonsdk.dataprotection;

import io.github.liaisonsdk.contact.ContactRecordId;
import java.time.LocalDate;
import java.util.List;

/**
 * What a disposal run did (LP36-4e). A child protection file is never erased by a run: its period ends in a review
 * ({@code ChildProtectionFiles#reviewDisposal}). Value-based and immutable.
 *
 * @param runOn the day of the run
 * @param disposed records erased because their retention period ended
 * @param held records due but kept because their pupil is under a legal hold
 * @param keptWithoutDate records kept because the date their period counts from is unknown
 * @param awaitingReview child protection file records past their period, kept until a disposal review decides
 * @param retained child protection file records a disposal review decided to keep for now
 */
public record DisposalReport(
    LocalDate runOn,
    List<ContactRecordId> disposed,
    List<ContactRecordId> held,
    List<ContactRecordId> keptWithoutDate,
    List<ContactRecordId> awaitingReview,
    List<ContactRecordId> retained) {

  /**
   * Copies the lists.
   *
   * @param runOn the day
   * @param disposed erased records
   * @param held held records
   * @param keptWithoutDate undated records
   * @param awaitingReview records awaiting a disposal review
   * @param retained records a review keeps
   */
  public DisposalReport {
    disposed = List.copyOf(disposed);
    held = List.copyOf(held);
    keptWithoutDate = List.copyOf(keptWithoutDate);
    awaitingReview = List.copyOf(awaitingReview);
    retained = List.copyOf(retained);
  }
}
