package io.github.liaisonsdk.dataprotection;

/** What a disposal review of a child protection file concluded (LP36-4e). */
public enum DisposalDecision {
  /** The file's due records are erased, each erasure audited. */
  DISPOSE,
  /** The file is kept until a date, for a reason; then it is due for review again. */
  RETAIN
}
