package io.github.liaisonsdk.port;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One pupil's contact records summed up for monitoring, as an adapter computes it (in SQL, for the JDBC adapter).
 * Value-based and immutable.
 *
 * @param pupil the pupil
 * @param routineInPeriod routine contacts in the period
 * @param lastRoutine the latest routine contact ever
 * @param emergencyResponseMinutes minutes from each emergency in the period arising to a person being reached
 * @param topicsCovered the topics contacts in the period covered
 */
public record ContactTally(
    PupilId pupil,
    int routineInPeriod,
    Optional<Instant> lastRoutine,
    List<Long> emergencyResponseMinutes,
    Set<Topic> topicsCovered) {

  /**
   * Copies the collections.
   *
   * @param pupil the pupil
   * @param routineInPeriod routine contacts
   * @param lastRoutine the latest routine contact
   * @param emergencyResponseMinutes emergency response times
   * @param topicsCovered topics covered
   */
  public ContactTally {
    emergencyResponseMinutes = List.copyOf(emergencyResponseMinutes);
    topicsCovered = Set.copyOf(topicsCovered);
  }
}
