package io.github.liaisonsdk.childprotection;

/** Where a child protection file transfer stands. */
public enum TransferState {
  /** The pupil's leaving is recorded; the file has not been sent. */
  AWAITING_SEND,
  /** The sealed bundle was sent; the receiving school has not confirmed receipt. */
  SENT,
  /** The receiving school confirmed it received the bundle with the seal it was sent with. Closed. */
  RECEIVED,
  /** Recorded in error, or the pupil did not leave, or the bundle was lost and is sent again. Closed. */
  CANCELLED;

  /**
   * Whether the transfer still waits for something.
   *
   * @return true while awaiting its bundle or its receipt
   */
  public boolean open() {
    return this == AWAITING_SEND || this == SENT;
  }
}
