package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.PlanConformance;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.contact.RecordingResult;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.DepartureHandling;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The contact-record use cases. Thread-safe. */
final class RecordsService implements Records {
  private static final Logger LOG = LoggerFactory.getLogger(RecordsService.class);

  private final SchoolRecords records;
  private final RecordReads reads;

  RecordsService(SchoolRecords records, RecordReads reads) {
    this.records = records;
    this.reads = reads;
  }

  @Override
  public RecordingResult record(ContactRecord record) {
    Checks.present(record, "ContactRecord", "record");
    if (record.recordedAt().isAfter(records.clock.instant())) {
      throw new LiaisonValidationException(
          "ContactRecord",
          Violation.of(
              "recordedAt",
              "a contact is recorded after it happened, no later than now",
              Clause.LP36_4D));
    }
    if (record.kind() == ContactKind.OUT_OF_HOURS) {
      throw new LiaisonValidationException(
          "ContactRecord",
          Violation.of(
              "kind",
              "out-of-hours contact is logged through the disclosure workflow, after the headteacher's approval",
              Clause.HSL_8));
    }
    records.staffMember(record.staff());
    records.pupil(record.pupil());
    LiaisonPlan plan = records.planVersion(record.plan(), record.planVersion());
    List<Violation> departures = PlanConformance.departures(plan, record, records.zone);
    if (!departures.isEmpty() && records.pack().recordingDepartures() == DepartureHandling.REFUSE) {
      LOG.info(
          "contact {} refused: {} departures from plan {} ({})",
          LogSafe.of(record.id().value()),
          departures.size(),
          LogSafe.of(record.plan().value()),
          clausesOf(departures));
      throw new LiaisonValidationException("ContactRecord", departures);
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "contact recorded");
    details.put("record", record.id().value());
    details.put("kind", record.kind().name());
    details.put("level", record.level().name());
    details.put("location", record.location().name());
    details.put(
        "topics",
        record.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    if (!departures.isEmpty()) {
      details.put(
          "departures",
          departures.stream()
              .map(v -> v.path() + "[" + v.clause() + "]")
              .collect(Collectors.joining(",")));
    }
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.of(record.staff()),
        record.pupil().value(),
        details,
        tx -> tx.contacts().append(record));
    if (departures.isEmpty()) {
      LOG.debug(
          "contact {} recorded for pupil {}",
          LogSafe.of(record.id().value()),
          LogSafe.of(record.pupil().value()));
    } else {
      LOG.info(
          "contact {} recorded with {} departures flagged ({})",
          LogSafe.of(record.id().value()),
          departures.size(),
          clausesOf(departures));
    }
    return new RecordingResult(record, departures);
  }

  private static String clausesOf(List<Violation> violations) {
    return violations.stream()
        .map(Violation::clause)
        .filter(Objects::nonNull)
        .map(Clause::id)
        .distinct()
        .sorted()
        .collect(Collectors.joining(","));
  }

  @Override
  public void amend(Amendment amendment) {
    Checks.present(amendment, "Amendment", "amendment");
    StaffMember author = records.staffMember(amendment.author());
    ContactRecord original =
        records
            .store
            .contacts()
            .find(amendment.record())
            .orElseThrow(() -> RecordReads.notHeld(amendment.record()));
    // Whoever may not know the record exists is answered as if it did not.
    RecordView seen =
        reads
            .view(original, author, List.of(), new CallLookups(records))
            .orElseThrow(() -> RecordReads.notHeld(original.id()));
    boolean restricted = seen.level() == ConfidentialityLevel.RESTRICTED;
    if (!original.staff().equals(author.id()) && !SchoolRecords.headship(author)
        || restricted && !SchoolRecords.headship(author)) {
      throw new AccessDeniedException(
          "only the record's author or the headship amends contact record "
              + original.id()
              + "; a restricted one, the headship only",
          List.of(Clause.LP36_4D, Clause.HSL_9));
    }
    if (amendment.level().map(level -> seen.level().isNarrowerThan(level)).orElse(false)) {
      throw new LiaisonValidationException(
          "Amendment",
          Violation.of(
              "level", "an amendment may raise a record's level, never lower it", Clause.HSL_5));
    }
    List<Violation> wrong = new ArrayList<>();
    if (amendment.amendedAt().isBefore(original.recordedAt())
        || amendment.amendedAt().isAfter(records.clock.instant())) {
      wrong.add(
          Violation.of(
              "amendedAt",
              "an amendment is made after the record was written and no later than now",
              Clause.LP36_4D));
    }
    ContactRecord before = records.current(original);
    ContactRecord after = amendment.applyTo(before);
    if (records.pack().recordingDepartures() == DepartureHandling.REFUSE) {
      // A correction is held to the plan the record was made under, like the record itself
      // (LP36-4d).
      LiaisonPlan plan = records.planVersion(original.plan(), original.planVersion());
      List<String> known =
          PlanConformance.departures(plan, before, records.zone).stream()
              .map(Violation::path)
              .toList();
      PlanConformance.departures(plan, after, records.zone).stream()
          .filter(v -> !known.contains(v.path()))
          .forEach(wrong::add);
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException("Amendment", wrong);
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "contact amended");
    details.put("record", amendment.record().value());
    amendment.level().ifPresent(level -> details.put("level", level.name()));
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.of(author.id()),
        original.pupil().value(),
        details,
        tx -> tx.contacts().amend(amendment));
  }

  @Override
  public RecordView read(ContactRecordId id, StaffId reader, ConsultationId... consultations) {
    Checks.present(id, "RecordRead", "id");
    Checks.present(reader, "RecordRead", "reader");
    List<ConsultationId> relied =
        Checks.allPresent(
            consultations == null ? null : Arrays.asList(consultations),
            "RecordRead",
            "consultations");
    return reads.read(id, records.staffMember(reader), relied);
  }

  @Override
  public List<RecordView> chronology(PupilId pupil, StaffId reader) {
    Checks.present(pupil, "Chronology", "pupil");
    Checks.present(reader, "Chronology", "reader");
    StaffMember member = records.staffMember(reader);
    return reads.chronology(records.pupil(pupil), member);
  }
}
