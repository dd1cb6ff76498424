package io.github.liaisonsdk.sharing;

/** What a consultation concluded. */
public enum ConsultationOutcome {
  /** The consultee agreed that the information may be shared. */
  AGREED,
  /** The consultee decided that it must not be shared. */
  DECLINED
}
