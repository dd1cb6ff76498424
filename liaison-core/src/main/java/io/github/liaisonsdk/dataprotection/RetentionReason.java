package io.github.liaisonsdk.dataprotection;

/** Why a child protection file is kept past its retention period (LP36-4e). Reasons, never case detail. */
public enum RetentionReason {
  /** Legal proceedings are under way or expected. */
  LEGAL_PROCEEDINGS,
  /** A safeguarding concern about the child or their family is still open. */
  OPEN_SAFEGUARDING_CONCERN,
  /** A statutory inquiry or a review has asked schools to keep such records. */
  INQUIRY_OR_REVIEW,
  /** The file is needed for a sibling's or another family member's case. */
  RELATED_CASE
}
