package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How liaison went for one pupil in the period. Value-based and immutable.
 *
 * @param pupil the pupil
 * @param residence where the pupil lives (LP36-3)
 * @param plan the plan in force at the end of the period, if any
 * @param frequency the plan's routine frequency (LP36-4b), if there is a plan
 * @param expectedRoutineContacts how many routine contacts the frequency implies over the part of the period the
 *     plan was in force: one per weekday for a daily plan, otherwise calendar days divided by the frequency's
 *     nominal interval
 * @param actualRoutineContacts how many routine contacts were recorded in the period
 * @param lastRoutineContact when the latest routine contact happened, ever
 * @param daysOverdue how many days past its due date the next routine contact is, 0 if not overdue
 * @param emergencyResponseMinutes for each emergency contact in the period, minutes from the emergency arising to a
 *     person being reached (LP36-4c)
 * @param topicsPlanned the plan's topics (LP36-5)
 * @param topicsCovered the topics the period's contacts covered
 * @param topicsMissing planned topics no contact covered
 */
public record PupilLiaison(
    PupilId pupil,
    ResidenceContext residence,
    Optional<String> plan,
    Optional<Frequency> frequency,
    int expectedRoutineContacts,
    int actualRoutineContacts,
    Optional<Instant> lastRoutineContact,
    long daysOverdue,
    List<Long> emergencyResponseMinutes,
    Set<Topic> topicsPlanned,
    Set<Topic> topicsCovered,
    Set<Topic> topicsMissing) {

  /**
   * Copies the collections.
   *
   * @param pupil the pupil
   * @param residence the residence context
   * @param plan the plan id
   * @param frequency the frequency
   * @param expectedRoutineContacts expected routine contacts
   * @param actualRoutineContacts actual routine contacts
   * @param lastRoutineContact the latest routine contact
   * @param daysOverdue days overdue
   * @param emergencyResponseMinutes emergency response times
   * @param topicsPlanned planned topics
   * @param topicsCovered covered topics
   * @param topicsMissing missing topics
   */
  public PupilLiaison {
    emergencyResponseMinutes = List.copyOf(emergencyResponseMinutes);
    topicsPlanned = Set.copyOf(topicsPlanned);
    topicsCovered = Set.copyOf(topicsCovered);
    topicsMissing = Set.copyOf(topicsMissing);
  }

  /**
   * Whether the next routine contact is overdue.
   *
   * @return {@code true} if overdue
   */
  public boolean overdue() {
    return daysOverdue > 0;
  }
}
