package io.github.liaisonsdk.sharing;

/** What must be done when a decision is acted on. */
public enum ObligationKind {
  /** Record the disclosure in the named log. */
  RECORD_DISCLOSURE,
  /** Record the contact as the pupil's recording plan says (LP36-4d). */
  RECORD_CONTACT,
  /** Record the agreement in the safeguarding record with the names and designations of those involved (LP36-6.3). */
  RECORD_NAMES_AND_DESIGNATIONS,
  /** Record whether the LA team or the referrer contacts the other services (LP36-6.2). */
  RECORD_WHO_INFORMS_OTHER_SERVICES,
  /** Keep the record readable only by the named posts (HSL-9). */
  RESTRICT_TO_POSTS,
  /** Audit every read of the record (HSL-9). */
  AUDIT_EVERY_READ,
  /** Record the decision and its reasons, including a decision not to share. */
  RECORD_DECISION_AND_REASONS
}
