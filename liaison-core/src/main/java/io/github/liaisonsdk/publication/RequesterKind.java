package io.github.liaisonsdk.publication;

/** Who asked for a copy of the policy (HSL-10). */
public enum RequesterKind {
  /** A governor. */
  GOVERNOR,
  /** A parent or carer. */
  PARENT,
  /** A stakeholder, such as a local authority officer or a placing authority. */
  STAKEHOLDER,
  /** Another interested party. */
  INTERESTED_PARTY
}
