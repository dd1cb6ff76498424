package io.github.liaisonsdk.sharing;

/** The state of one kind of consultation on a request. */
public enum ConsultationState {
  /** No consultation recorded. */
  NONE,
  /** The consultee agreed (for the LA team: with who informs the other services recorded, LP36-6.2). */
  AGREED,
  /** The consultee declined. */
  DECLINED,
  /** The LA team agreed, but who informs the other services is not recorded (LP36-6.2). */
  AGREED_WITHOUT_WHO_INFORMS
}
