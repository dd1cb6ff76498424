package io.github.liaisonsdk;

import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferBundle;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pupil's child protection file beyond its records (Keeping Children Safe in Education; LP36-4e): its transfer
 * to the school a leaver moves to, and the review that ends its retention period. The child protection file is the
 * pupil's records kept as {@link io.github.liaisonsdk.policy.RecordKind#CHILD_PROTECTION_FILE}: in the
 * safeguarding record or on the safeguarding topic.
 *
 * <p>Each step is taken by the designated safeguarding lead or a headship member and audited. A transfer is the
 * school's duty under statutory guidance, not a sharing decision: it carries the file to the receiving school's
 * designated safeguarding lead alone, apart from the main pupil file.
 *
 * <p>Thread-safe. Get it from {@link Liaison#childProtectionFiles()}.
 */
public interface ChildProtectionFiles {

  /** School days after leaving by which the new school should hold the file. */
  int TRANSFER_SCHOOL_DAYS = 5;

  /**
   * Records that a pupil leaves, and so that their file is due at the new school: on the fifth school day after
   * the leaving date by the pack's term calendar; for a move at the end of a term, that is the fifth day of the
   * next term.
   *
   * @param id the transfer's id, new
   * @param pupil the leaver
   * @param leftOn their last day, within a year of today
   * @param destination the school or college they move to, one line
   * @param recordedBy the designated safeguarding lead or a headship member
   * @return the transfer, awaiting its bundle
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if {@code recordedBy} may not
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the pupil has no child protection file or has
   *     a transfer awaiting receipt, or a value breaks its rule
   */
  FileTransfer recordLeaving(
      TransferId id, PupilId pupil, LocalDate leftOn, String destination, StaffId recordedBy);

  /**
   * Seals and sends the file: every record of the pupil's child protection file, as first written with each
   * correction, each hashed and each audited, the whole sealed by one hash the receiving school quotes to confirm
   * receipt. Nothing of the main pupil file goes with it. The vendor carries the bundle over its secure channel to
   * the receiving designated safeguarding lead.
   *
   * @param id the transfer, awaiting its bundle, its pupil gone (on or after the leaving date)
   * @param method how the bundle travels
   * @param sentBy the designated safeguarding lead or a headship member
   * @return the bundle
   * @throws io.github.liaisonsdk.port.NotFoundException if the transfer is not held
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it was sent already
   */
  TransferBundle send(TransferId id, TransferMethod method, StaffId sentBy);

  /**
   * Records the receiving school's confirmation: who received the bundle, on which day, and the seal they hold,
   * which must be the seal sent.
   *
   * @param id the transfer, sent
   * @param receivedBy the receiver's name and post, one line
   * @param receivedOn the day they received it: not before it was sent, not after today
   * @param seal the seal the receiver quotes
   * @param recordedBy the designated safeguarding lead or a headship member
   * @return the transfer, closed
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is not awaiting receipt or the seal differs
   */
  FileTransfer confirmReceipt(
      TransferId id, String receivedBy, LocalDate receivedOn, String seal, StaffId recordedBy);

  /**
   * Cancels a transfer awaiting its bundle or its receipt: recorded in error, the pupil did not leave after all, or
   * the bundle was lost and is sent again under a new transfer. Audited.
   *
   * @param id the transfer, open
   * @param cancelledBy the designated safeguarding lead or a headship member
   * @return the transfer, closed
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is closed already
   */
  FileTransfer cancel(TransferId id, StaffId cancelledBy);

  /**
   * A pupil's transfers.
   *
   * @param pupil the pupil
   * @param reader the designated safeguarding lead or a headship member
   * @return the transfers, latest versions, oldest first
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader may not, whether or not any exist
   */
  List<FileTransfer> transfers(PupilId pupil, StaffId reader);

  /**
   * Reviews a child protection file whose retention period has ended (or whose last retention has): disposes of
   * its due records, each erasure audited, or keeps the file until a later day for a reason. A file not due is
   * refused, and so is a disposal while the file's transfer to a new school is open. A legal hold is decided here: a
   * retention for {@link RetentionReason#LEGAL_PROCEEDINGS}.
   *
   * @param id the review's id, new
   * @param pupil whose file
   * @param decision dispose or retain
   * @param retainUntil for a retention, the day it is reviewed again, after today
   * @param reason for a retention, why
   * @param reviewedBy the designated safeguarding lead or a headship member
   * @return the review
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the file is not due for review
   */
  DisposalReview reviewDisposal(
      String id,
      PupilId pupil,
      DisposalDecision decision,
      Optional<LocalDate> retainUntil,
      Optional<RetentionReason> reason,
      StaffId reviewedBy);
}
