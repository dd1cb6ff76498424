package io.github.liaisonsdk.childprotection;

/** Which of the two deadlines of Keeping Children Safe in Education a transfer has. */
public enum TransferTiming {
  /** The pupil leaves while their term runs on: due within five school days of leaving. */
  IN_YEAR,
  /** The pupil leaves at the end of a term: due within the first five school days of the next term. */
  NEXT_TERM
}
