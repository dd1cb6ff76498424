package io.github.liaisonsdk.sharing;

/** Why a decision is DENY. */
public enum DenyReason {
  /** A clause forbids it. */
  FORBIDDEN,
  /** No rule of the pack permits it: if in doubt, do not disclose. */
  NOT_PERMITTED
}
