package io.github.liaisonsdk.policy;

/** What a retention period counts from. */
public enum RetentionAnchor {
  /** The pupil's date of birth. */
  DATE_OF_BIRTH,
  /** The record's own date. */
  RECORD_DATE
}
