package io.github.liaisonsdk.todo;

import io.github.liaisonsdk.basics.Clause;

/** What a to-do item asks for, with the clause that asks it. */
public enum ToDoKind {
  /** A routine contact is past its plan's frequency, counted in school days (LP36-4b). */
  ROUTINE_CONTACT_OVERDUE(Clause.LP36_4B, "make the routine contact the liaison plan arranges"),
  /** A liaison plan's review date is near or past (LP36-4). */
  PLAN_REVIEW_DUE(Clause.LP36_4, "review the liaison plan"),
  /** The policy pack's review date is near or past (HSL-11, LP36-9). */
  PACK_REVIEW_DUE(Clause.HSL_11, "review the policy and sign the new version"),
  /** A member of staff disclosed contact outside school; the headteacher has not reviewed it (HSL-7). */
  DISCLOSURE_AWAITING_REVIEW(Clause.HSL_7, "review the disclosed contact outside school"),
  /** The LA safeguarding team agreed to sharing, but who informs the other services is not recorded (LP36-6.2). */
  WHO_INFORMS_UNRECORDED(
      Clause.LP36_6_2, "record whether the LA team or the referrer informs the other services"),
  /** A leaver's child protection file has not been confirmed as received by their new school (LP36-4e). */
  FILE_TRANSFER_DUE(Clause.LP36_4E, "transfer the child protection file and record the receipt"),
  /** A child protection file's retention period has ended: review it, never erase it unseen (LP36-4e). */
  DISPOSAL_REVIEW_DUE(
      Clause.LP36_4E, "review whether to dispose of or keep the child protection file");

  private final Clause clause;
  private final String action;

  ToDoKind(Clause clause, String action) {
    this.clause = clause;
    this.action = action;
  }

  /**
   * The clause the item answers to.
   *
   * @return the clause
   */
  public Clause clause() {
    return clause;
  }

  /**
   * What to do, in plain English, without any detail of the case.
   *
   * @return the action
   */
  public String action() {
    return action;
  }
}
