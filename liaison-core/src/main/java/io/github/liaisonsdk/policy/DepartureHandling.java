package io.github.liaisonsdk.policy;

/** What happens when a contact record departs from the pupil's liaison plan (LP36-4d). */
public enum DepartureHandling {
  /** The record is refused with the departures as violations. */
  REFUSE,
  /** The record is stored, and the departures are returned and audited. */
  FLAG
}
