package io.github.liaisonsdk.sharing;

/** The aims of the guidelines that a rule serves (HSL-1). */
public enum Aim {
  /** Protect the pupil. */
  PROTECT_THE_PUPIL,
  /** Protect staff. */
  PROTECT_STAFF,
  /** Maintain confidentiality. */
  MAINTAIN_CONFIDENTIALITY
}
