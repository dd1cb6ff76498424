package io.github.liaisonsdk.sharing;

/** Whom a decision says to consult. */
public enum ConsulteeRole {
  /** The requester's line manager (HSL-4). */
  LINE_MANAGER,
  /** The headteacher or an assistant headteacher (HSL-5). */
  HEADSHIP,
  /** The designated safeguarding lead. */
  DESIGNATED_SAFEGUARDING_LEAD,
  /** The Local Authority safeguarding team contact (LP36-6.1). */
  LA_SAFEGUARDING_TEAM
}
