package io.github.liaisonsdk.contact;

/** Why a contact happened. */
public enum ContactKind {
  /** Routine communication as the plan schedules it (LP36-4b). */
  ROUTINE,
  /** Emergency communication (LP36-4c). */
  EMERGENCY,
  /** Contact with a pupil or family outside school, which must be disclosed (HSL-6). */
  OUT_OF_HOURS
}
