package io.github.liaisonsdk.childprotection;

/** Where a child protection file transfer stands. */
public enum TransferState {
  /** The pupil's leaving is recorded; the file has not been sent. */
  AWAITING_SEND,
  /** The sealed bundle was sent; the receiving school has not confirmed receipt. */
  SENT,
  /** The receiving school confirmed it received the bundle with the seal it was sent with. Closed. */
  RECEIVED
}
