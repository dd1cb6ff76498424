package io.github.liaisonsdk.audit;

/** What an audit event records. */
public enum AuditEventType {
  /** A sharing decision was taken. */
  DECISION,
  /** Something was written: a plan version, a contact record, an amendment. */
  WRITE,
  /** A restricted or safeguarding record was read (HSL-9). */
  RESTRICTED_READ,
  /** A workflow moved from one state to another (HSL-6 to HSL-8). */
  WORKFLOW,
  /** A policy pack was loaded or changed. */
  POLICY_PACK,
  /** Records were erased or anonymised under the retention schedule (LP36-4e). */
  DISPOSAL
}
