package io.github.liaisonsdk.contact;

/** What can be done to an out-of-hours contact case. */
public enum CaseAction {
  /** The headteacher approves (HSL-7). */
  APPROVE,
  /** The headteacher approves with conditions (HSL-7). */
  APPROVE_WITH_CONDITIONS,
  /** The headteacher declines (HSL-7). */
  DECLINE,
  /** The contact went ahead: log it on the liaison form (HSL-8). */
  LOG_CONTACT,
  /** The member of staff withdraws the disclosure or ends the connection. */
  WITHDRAW
}
