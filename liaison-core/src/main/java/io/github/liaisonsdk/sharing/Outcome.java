package io.github.liaisonsdk.sharing;

/** What a sharing decision says. */
public enum Outcome {
  /** Share. */
  PERMIT,
  /** Do not share. */
  DENY,
  /** Do not share yet: consult first, then ask again with the consultation recorded. */
  CONSULT
}
