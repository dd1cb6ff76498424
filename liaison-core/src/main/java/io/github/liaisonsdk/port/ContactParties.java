package io.github.liaisonsdk.port;

import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.Set;

/**
 * Who took part in one contact, as its record names them against its plan: what the LP36-2 indicators count,
 * without the record's content. Value-based and immutable.
 *
 * @param pupil the pupil
 * @param kind routine, emergency or out of hours
 * @param plan the plan the contact was recorded under
 * @param planVersion that plan's version
 * @param counterparts the people of the plan's family side contacted
 */
public record ContactParties(
    PupilId pupil,
    ContactKind kind,
    PlanId plan,
    int planVersion,
    Set<ContactPersonId> counterparts) {
  /**
   * Copies the set.
   *
   * @param pupil the pupil
   * @param kind the kind
   * @param plan the plan
   * @param planVersion its version
   * @param counterparts who was contacted
   */
  public ContactParties {
    counterparts = Set.copyOf(counterparts);
  }
}
