package io.github.liaisonsdk.sharing;

/** Why the information would be shared. */
public enum Purpose {
  /** Routine home-school liaison. */
  ROUTINE_LIAISON,
  /** Safeguarding the child. */
  SAFEGUARDING,
  /** Planning or delivering support (IEP, EHCP). */
  SUPPORT_PLANNING,
  /** An emergency. */
  EMERGENCY_CARE,
  /** Governance and reporting. */
  GOVERNANCE,
  /** A request for information. */
  INFORMATION_REQUEST
}
