package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.port.ContactTally;
import io.github.liaisonsdk.port.OutOfHoursTally;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Monitoring tallies by scanning records: what the JDBC adapter does in SQL. */
final class Tallies {
  private Tallies() {}

  static ContactTally of(PupilId pupil, List<ContactRecord> records, Instant from, Instant until) {
    int routine = 0;
    Instant last = null;
    List<Long> responses = new ArrayList<>();
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (ContactRecord record : records) {
      boolean inPeriod = !record.occurredAt().isBefore(from) && record.occurredAt().isBefore(until);
      if (record.kind() == ContactKind.ROUTINE) {
        routine += inPeriod ? 1 : 0;
        last = last == null || record.occurredAt().isAfter(last) ? record.occurredAt() : last;
      }
      if (inPeriod) {
        topics.addAll(record.topics());
        record
            .emergencyRaisedAt()
            .ifPresent(
                raised -> responses.add(Duration.between(raised, record.occurredAt()).toMinutes()));
      }
    }
    responses.sort(null);
    return new ContactTally(pupil, routine, Optional.ofNullable(last), responses, topics);
  }

  static List<OutOfHoursTally> outOfHours(
      Collection<ContactRecord> records, Instant from, Instant until) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (ContactRecord record : records) {
      if (record.kind() == ContactKind.OUT_OF_HOURS
          && !record.occurredAt().isBefore(from)
          && record.occurredAt().isBefore(until)) {
        counts.merge(List.of(record.staff().value(), record.pupil().value()), 1, Integer::sum);
      }
    }
    List<OutOfHoursTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            tallies.add(new OutOfHoursTally(StaffId.of(key.get(0)), PupilId.of(key.get(1)), n)));
    return tallies;
  }

  static List<OutOfHoursTally> cases(Collection<ExternalContactCase> latest) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (ExternalContactCase contactCase : latest) {
      if (contactCase.state() != CaseState.WITHDRAWN || !contactCase.logged().isEmpty()) {
        counts.merge(
            List.of(contactCase.staff().value(), contactCase.pupil().value()), 1, Integer::sum);
      }
    }
    List<OutOfHoursTally> tallies = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            tallies.add(new OutOfHoursTally(StaffId.of(key.get(0)), PupilId.of(key.get(1)), n)));
    return tallies;
  }
}
