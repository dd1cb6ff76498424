package io.github.liaisonsdk.contact;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a contact record against the pupil's liaison plan (LP36-4d): recorded where the recording plan says,
 * by a named person when the plan requires it, with the plan's own family contacts, on the plan's topics, and in
 * time. Returns the departures; the caller refuses or flags them as the policy pack says.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanConformance {
  private PlanConformance() {}

  /**
   * The ways a record departs from its plan.
   *
   * @param plan the plan version the record names
   * @param record the record
   * @param zone the school's time zone, which decides the date of the contact
   * @return the departures, empty if the record conforms
   */
  public static List<Violation> departures(LiaisonPlan plan, ContactRecord record, ZoneId zone) {
    List<Violation> departures = new ArrayList<>();
    if (!plan.pupil().equals(record.pupil())) {
      departures.add(Violation.of("pupil", "is not the pupil of plan " + plan.id(), Clause.LP36_4));
    }
    if (!plan.appliesOn(record.occurredAt().atZone(zone).toLocalDate())) {
      departures.add(
          Violation.of(
              "occurredAt",
              "falls outside the effective dates of plan "
                  + plan.id()
                  + " version "
                  + plan.version(),
              Clause.LP36_4));
    }
    boolean safeguarding =
        record.topics().contains(Topic.CONCERNS_AND_SAFEGUARDING)
            || record.level().isAtLeast(ConfidentialityLevel.SAFEGUARDING);
    boolean whereThePlanSays =
        record.location() == plan.recording().location()
            || safeguarding && record.location() == RecordLocation.SAFEGUARDING_RECORD;
    if (!whereThePlanSays) {
      departures.add(
          Violation.of(
              "location",
              "the plan records liaison in " + plan.recording().location(),
              Clause.LP36_4D));
    }
    if (plan.recording().namedPersonsOnly() && !plan.names(record.staff())) {
      departures.add(
          Violation.of(
              "staff",
              "the plan has liaison recorded by its named school-side persons",
              Clause.LP36_4A));
    }
    // The unknown ids are the caller's input: counted, never quoted.
    long unknown =
        record.counterparts().stream().filter(c -> plan.familyContact(c).isEmpty()).count();
    if (unknown > 0) {
      departures.add(
          Violation.of(
              "counterparts",
              "names "
                  + unknown
                  + " of "
                  + record.counterparts().size()
                  + " contacts that the plan does not",
              Clause.LP36_4A));
    }
    for (Topic topic : record.topics()) {
      if (!plan.topics().contains(topic)) {
        departures.add(
            Violation.of("topics", "covers a topic outside the plan: " + topic, Clause.LP36_5));
      }
    }
    Duration delay = Duration.between(record.occurredAt(), record.recordedAt());
    if (delay.compareTo(Duration.ofHours(plan.recording().recordWithinHours())) > 0) {
      departures.add(
          Violation.of(
              "recordedAt",
              "the plan has contacts recorded within "
                  + plan.recording().recordWithinHours()
                  + " hours",
              Clause.LP36_4D));
    }
    return departures;
  }
}
