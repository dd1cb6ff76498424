package io.github.liaisonsdk.contact;

/** Where an out-of-hours contact case stands (HSL-6 to HSL-8). */
public enum CaseState {
  /** A member of staff disclosed the contact; the headteacher has not yet reviewed it (HSL-6). */
  DISCLOSED,
  /** The headteacher approved the contact (HSL-7). */
  APPROVED,
  /** The headteacher approved it with conditions (HSL-7). */
  APPROVED_WITH_CONDITIONS,
  /** The headteacher declined it (HSL-7). Closed. */
  DECLINED,
  /** The contact went ahead and is logged on the liaison form (HSL-8); further contacts may be logged. */
  LOGGED,
  /** The member of staff withdrew the disclosure or ended the connection. Closed. */
  WITHDRAWN,
  /** A contact found later that was never disclosed (HSL-6). Closed. */
  BREACH_RECORDED;

  /**
   * Whether the case takes no more actions.
   *
   * @return {@code true} for declined, withdrawn and breach cases
   */
  public boolean closed() {
    return this == DECLINED || this == WITHDRAWN || this == BREACH_RECORDED;
  }
}
