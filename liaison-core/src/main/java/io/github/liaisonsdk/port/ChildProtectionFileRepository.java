package io.github.liaisonsdk.port;

import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/**
 * What is kept about child protection files beyond their records: transfers to a leaver's new school, as versions,
 * and disposal reviews (LP36-4e). Implementations are thread-safe.
 */
public interface ChildProtectionFileRepository {

  /**
   * Saves a transfer's next version.
   *
   * @param transfer the version, exactly one more than the latest held (1 for a new transfer)
   * @throws ConcurrentUpdateException if that version is not the next one
   */
  void saveTransfer(FileTransfer transfer);

  /**
   * A transfer's latest version.
   *
   * @param id the transfer
   * @return the latest version, or empty if none is held
   */
  Optional<FileTransfer> transfer(TransferId id);

  /**
   * A pupil's transfers, latest versions, oldest first.
   *
   * @param pupil the pupil
   * @return the transfers
   */
  List<FileTransfer> transfersOf(PupilId pupil);

  /**
   * Every transfer whose receipt is not confirmed, latest versions, earliest due first.
   *
   * @return the open transfers
   */
  List<FileTransfer> openTransfers();

  /**
   * Saves a disposal review.
   *
   * @param review the review; its id not held yet
   * @throws ConcurrentUpdateException if a review with its id is held
   */
  void saveReview(DisposalReview review);

  /**
   * A pupil's disposal reviews, oldest first.
   *
   * @param pupil the pupil
   * @return the reviews
   */
  List<DisposalReview> reviewsOf(PupilId pupil);
}
