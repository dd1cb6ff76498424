package io.github.liaisonsdk.sharing;

/** How urgent the request is. */
public enum Urgency {
  /** No emergency. */
  ROUTINE,
  /** An emergency in which a child is at risk of significant harm. */
  CHILD_AT_RISK
}
