package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.ResidenceContext;

/**
 * Liaison for all pupils of one residence context (LP36-3), for the cohort indicators of LP36-2. Value-based and
 * immutable.
 *
 * @param residence the residence context
 * @param pupils how many pupils
 * @param withPlan how many have a plan in force
 * @param expectedRoutineContacts expected routine contacts, summed
 * @param actualRoutineContacts actual routine contacts, summed
 * @param overduePupils how many pupils' routine contact is overdue
 * @param emergencyContacts emergency contacts in the period
 * @param medianEmergencyResponseMinutes the median minutes to reach a person; empty (left out of the JSON) when
 *     there was no emergency contact
 */
public record CohortLiaison(
    ResidenceContext residence,
    int pupils,
    int withPlan,
    int expectedRoutineContacts,
    int actualRoutineContacts,
    int overduePupils,
    int emergencyContacts,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
        java.util.OptionalLong medianEmergencyResponseMinutes) {

  /**
   * Actual routine contacts as a share of expected ones.
   *
   * @return the ratio, 1.0 when nothing was expected
   */
  public double compliance() {
    return expectedRoutineContacts == 0
        ? 1.0
        : (double) actualRoutineContacts / expectedRoutineContacts;
  }
}
