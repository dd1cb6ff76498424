package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Urgency;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one read decision: how a member of staff may see a contact record, decided on what the record is now
 * (every amendment applied: the highest level and every topic it ever had). Reading is sharing with oneself: the
 * reader is the recipient, the engine decides each topic at the record's level (never below the pack's default),
 * and content is shown only if every topic is permitted. Chronology, subject access export and the single read
 * all come through here.
 *
 * <p>A restricted record (HSL-9) that the reader may not read is not shown to exist: the single read answers
 * exactly as for an id that is not held. Its author may know it exists, but reads its content only if they hold
 * one of the posts HSL-9 names. Every read of a restricted or safeguarding record is audited.
 */
final class RecordReads {
  private static final Logger LOG = LoggerFactory.getLogger(RecordReads.class);

  private final SchoolRecords records;
  private final RecordedFacts facts;

  RecordReads(SchoolRecords records, RecordedFacts facts) {
    this.records = records;
    this.facts = facts;
  }

  /** The answer for an id the reader may not know: the same words whether or not the record exists. */
  static NotFoundException notHeld(ContactRecordId id) {
    return new NotFoundException("contact record " + id + " is not held");
  }

  /** Reads one record by id, or answers as if it were not held. */
  RecordView read(ContactRecordId id, StaffMember reader, List<ConsultationId> consultations) {
    records.requireOwnTransaction("reading a contact record");
    // Checked against the reader alone, before the record is looked at, so a refusal says nothing
    // about the record.
    List<ConsultationRecord> own =
        records.ownConsultations("RecordRead", consultations, reader.id());
    ContactRecord original = records.store.contacts().find(id).orElseThrow(() -> notHeld(id));
    Optional<RecordView> view = view(original, reader, own, new CallLookups(records));
    return view.orElseThrow(() -> notHeld(id));
  }

  /** Every record of a pupil the reader may know exists, oldest first. */
  List<RecordView> chronology(Pupil pupil, StaffMember reader) {
    records.requireOwnTransaction("reading a chronology");
    List<RecordView> views = new ArrayList<>();
    CallLookups lookups = new CallLookups(records);
    for (ContactRecord record : records.store.contacts().chronology(pupil.id())) {
      view(record, reader, List.of(), lookups).ifPresent(views::add);
    }
    return views;
  }

  Optional<RecordView> view(
      ContactRecord original,
      StaffMember reader,
      List<ConsultationRecord> consultations,
      CallLookups lookups) {
    if (RecordedFacts.staffPosts(reader).isEmpty()) {
      // A governor on the directory reads no pupil's records (HSL-3): to them a record is as one
      // not held. The
      // attempt on a restricted or safeguarding record is audited like any other.
      ContactRecord current =
          SchoolRecords.current(original, records.store.contacts().amendments(original.id()));
      if (current.level().isAtLeast(ConfidentialityLevel.RESTRICTED)) {
        records.audit.record(
            AuditEventType.RESTRICTED_READ,
            Optional.of(reader.id()),
            current.pupil().value(),
            Map.of(
                "record",
                current.id().value(),
                "level",
                current.level().name(),
                "granted",
                "false",
                "clauses",
                Clause.HSL_3.id()));
      }
      return Optional.empty();
    }
    List<Amendment> amendments = records.store.contacts().amendments(original.id());
    ContactRecord current = SchoolRecords.current(original, amendments);
    Pupil pupil = lookups.findPupil(current.pupil()).orElse(null);
    boolean restricted = current.level() == ConfidentialityLevel.RESTRICTED;
    boolean author = current.staff().equals(reader.id());
    List<Clause> withheldBy = List.of();
    // The author reads their own record freely while every correction is their own; once anyone
    // else has amended
    // it (a topic, a level, a summary), the policy decides.
    boolean granted =
        author
            && !restricted
            && amendments.stream().allMatch(amendment -> amendment.author().equals(reader.id()));
    if (!granted) {
      List<ConsultationRecord> reliedOn =
          records.latestOnRecord(
              consultations.stream().filter(c -> c.pupil().equals(current.pupil())).toList());
      Decision refusal =
          pupil == null
              ? null
              : firstRefusal(current, pupil, reader, reliedOn, lookups, lookups.policy);
      granted = pupil != null && refusal == null;
      withheldBy = refusal == null ? List.of(Clause.HSL_5) : refusal.clauses();
      if (granted) {
        withheldBy = List.of();
      }
    }
    if (current.level().isAtLeast(ConfidentialityLevel.RESTRICTED)) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("record", current.id().value());
      details.put("level", current.level().name());
      details.put("granted", Boolean.toString(granted));
      if (!granted) {
        details.put("clauses", Clause.join(",", withheldBy));
      }
      records.audit.record(
          AuditEventType.RESTRICTED_READ,
          Optional.of(reader.id()),
          current.pupil().value(),
          details);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{} record {} read by {}: {}",
            current.level(),
            LogSafe.of(current.id().value()),
            LogSafe.of(reader.id().value()),
            granted ? "granted" : "withheld (" + details.get("clauses") + ")");
      }
    }
    if (!granted && restricted && !author) {
      return Optional.empty();
    }
    return Optional.of(
        new RecordView(
            current.id(),
            current.pupil(),
            current.occurredAt(),
            current.kind(),
            current.topics(),
            current.level(),
            granted ? Optional.of(original) : Optional.empty(),
            granted ? amendments : List.of(),
            withheldBy));
  }

  /** The first topic's decision that does not permit the reader the content, or {@code null} if all permit. */
  private Decision firstRefusal(
      ContactRecord current,
      Pupil pupil,
      StaffMember reader,
      List<ConsultationRecord> reliedOn,
      Lookups lookups,
      PacksInForce.InForce policy) {
    for (Topic topic : current.topics()) {
      List<ConsultationRecord> onTopic = reliedOn.stream().filter(c -> c.topic() == topic).toList();
      Decision decision =
          facts
              .decide(
                  policy.engine(),
                  reader,
                  pupil,
                  topic,
                  Optional.of(SchoolRecords.atLeastDefault(policy.pack(), topic, current.level())),
                  facts.staff(lookups, policy.pack(), reader, pupil, topic),
                  Purpose.INFORMATION_REQUEST,
                  Urgency.ROUTINE,
                  onTopic)
              .decision();
      if (!decision.permits()) {
        return decision;
      }
    }
    return null;
  }
}
