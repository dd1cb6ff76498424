package io.github.liaisonsdk.policy;

/** The kinds of record a retention schedule covers (LP36-4e). */
public enum RecordKind {
  /** Routine contact records. */
  CONTACT_RECORD,
  /** The out-of-hours liaison form (HSL-8). */
  LIAISON_FORM,
  /** The child protection file and safeguarding records. */
  CHILD_PROTECTION_FILE,
  /** SEN files, IEPs and EHCPs. */
  SEN_AND_EHCP,
  /** Liaison plans. */
  LIAISON_PLAN,
  /** The audit trail. */
  AUDIT_TRAIL
}
