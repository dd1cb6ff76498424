package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.plan.PlansInForce;
import io.github.liaisonsdk.policy.DirectoryEntry;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the use-case services share: the pack, its compiled engine, the store, the clock and the audit trail, and
 * the lookups every one of them makes in the school's records. A service never reads a fact that grants from its
 * caller; it reads it here.
 *
 * <p>Immutable and thread-safe (the store is).
 */
final class SchoolRecords implements Lookups {
  /** The pack in force on each day, and its compiled engine. */
  final PacksInForce packs;

  final LiaisonStore store;
  final Clock clock;
  final ZoneId zone;
  final AuditTrail audit;

  /** Staff, pupils and plans in force as decisions read them: cached, checked against the store at commit. */
  final ReferenceData reference;

  /** Whether the store is bound to a transaction the caller holds and may roll back. */
  final boolean inCallerTransaction;

  SchoolRecords(
      PacksInForce packs,
      LiaisonStore store,
      Clock clock,
      ZoneId zone,
      boolean inCallerTransaction) {
    this.inCallerTransaction = inCallerTransaction;
    this.packs = packs;
    this.store = store;
    this.clock = clock;
    this.zone = zone;
    this.audit = new AuditTrail(store, clock, !inCallerTransaction);
    this.reference = new ReferenceData(store, this);
  }

  /**
   * Writes and its audit event in one unit of work: both land, or neither does.
   *
   * @param type the event's kind
   * @param actor who acts; empty for a system actor
   * @param subject the pupil or other subject of the event
   * @param details the event's details: ids, kinds and clause ids, never content
   * @param write the write, on the unit of work's store
   */
  void writeAudited(
      AuditEventType type,
      Optional<StaffId> actor,
      String subject,
      Map<String, String> details,
      Consumer<LiaisonStore> write) {
    try {
      audit.inUnit(
          (tx, trail) -> {
            write.accept(tx);
            trail.record(type, actor, subject, details);
            return null;
          });
    } finally {
      // The write may have changed staff, pupils or plans: decisions read them afresh (the ledger
      // would catch it
      // at commit anyway, at the cost of a decision taken twice).
      reference.invalidate();
    }
  }

  /**
   * Refuses a decision or a read inside the caller's transaction: its audit event would vanish if the caller
   * rolled back, while the caller kept the answer. Writes are fine there: they and their audit go together.
   */
  void requireOwnTransaction(String what) {
    if (inCallerTransaction) {
      throw new LiaisonException(
          what
              + " is audited in a transaction of the library's own, which a caller's"
              + " rollback cannot undo: ask the facade itself, not the one joined to your transaction");
    }
  }

  /** The pack in force now. A call that decides more than once takes {@link #policy()} once and keeps it. */
  PolicyPack pack() {
    return packs.now().pack();
  }

  /** The pack in force now and its engine, for one call to decide under throughout. */
  PacksInForce.InForce policy() {
    return packs.now();
  }

  LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }

  @Override
  public StaffMember staffMember(StaffId id) {
    Checks.present(id, "StaffMember", "id");
    return store
        .staff()
        .find(id)
        .orElseThrow(() -> new NotFoundException("member of staff " + id + " is not held"));
  }

  @Override
  public Pupil pupil(PupilId id) {
    Checks.present(id, "Pupil", "id");
    return store
        .pupils()
        .find(id)
        .orElseThrow(() -> new NotFoundException("pupil " + id + " is not held"));
  }

  /**
   * The pupil's plan in force today, if any: for each of the pupil's plans, its highest version that applies today
   * (a version approved ahead of its start leaves the current one in force; a correction supersedes), and of those
   * the latest to take effect.
   */
  @Override
  public Optional<LiaisonPlan> planInForce(PupilId pupil) {
    return Optional.ofNullable(
        PlansInForce.on(today(), store.plans().forPupil(pupil), store.plans()::versions)
            .get(pupil));
  }

  LiaisonPlan planVersion(PlanId id, int version) {
    return store.plans().versions(id).stream()
        .filter(p -> p.version() == version)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("plan " + id + " version " + version + " is not held"));
  }

  /**
   * The record as it is now: every amendment applied, so it carries the highest level and every topic it ever
   * had. Reads are decided on this, never on the record as first written.
   */
  ContactRecord current(ContactRecord original) {
    return current(original, store.contacts().amendments(original.id()));
  }

  /** The record with the given amendments, read already, applied in order. */
  static ContactRecord current(ContactRecord original, List<Amendment> amendments) {
    ContactRecord current = original;
    for (Amendment amendment : amendments) {
      current = amendment.applyTo(current);
    }
    return current;
  }

  /** The level decisions treat information on a topic at: the record's or the pack's, whichever is narrower. */
  static ConfidentialityLevel atLeastDefault(
      PolicyPack pack, Topic topic, ConfidentialityLevel level) {
    return level.narrowest(pack.levelOf(topic));
  }

  /**
   * The post that reviews an out-of-hours disclosure (HSL-7): the headteacher's, except for the headteacher's own,
   * which goes to the post the pack names (the chair of governors unless it says otherwise).
   */
  Designation disclosureReviewer(ExternalContactCase disclosed) {
    return disclosed.reviewerPost().orElseGet(() -> disclosureReviewerFor(disclosed.staff()));
  }

  /** Who would review a disclosure the member of staff makes now: the headteacher, or for the head's own, the pack's. */
  Designation disclosureReviewerFor(StaffId discloser) {
    boolean byTheHead =
        store
            .staff()
            .find(discloser)
            .map(member -> member.holds(Designation.HEADTEACHER))
            .orElse(false);
    return byTheHead ? pack().headDisclosureReviewer() : Designation.HEADTEACHER;
  }

  /** The school's clock to the microsecond, as every store keeps instants: memory and the databases agree. */
  java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** A record of a child protection file, or of another kind, whose retention period has ended, and the day it did. */
  record DueRecord(ContactRecord record, LocalDate dueFrom) {}

  /** A child protection file due for a disposal review: the day it became due and its records due then. */
  record DueFile(LocalDate dueFrom, List<DueRecord> records) {}

  /**
   * A pupil's records of one kind whose retention period has ended by today, each counted as it was first written
   * and as it is now, whichever ends later (LP36-4e).
   */
  List<DueRecord> dueRecords(
      LiaisonStore in, Pupil pupil, io.github.liaisonsdk.policy.RecordKind kind) {
    io.github.liaisonsdk.dataprotection.RetentionSchedule schedule =
        new io.github.liaisonsdk.dataprotection.RetentionSchedule(pack(), zone);
    LocalDate today = today();
    List<DueRecord> due = new ArrayList<>();
    for (ContactRecord original : in.contacts().chronology(pupil.id())) {
      ContactRecord record = current(original, in.contacts().amendments(original.id()));
      if (io.github.liaisonsdk.dataprotection.RetentionSchedule.kindOf(record) == kind) {
        schedule
            .disposableFrom(original, record, pupil.dateOfBirth())
            .filter(from -> !today.isBefore(from))
            .ifPresent(from -> due.add(new DueRecord(record, from)));
      }
    }
    return due;
  }

  /**
   * Whether a pupil's child protection file is due for a disposal review today: some of its records are past their
   * retention period, and no retention decided at a review runs beyond today (LP36-4e).
   */
  Optional<DueFile> dueFile(LiaisonStore in, Pupil pupil) {
    List<DueRecord> due =
        dueRecords(in, pupil, io.github.liaisonsdk.policy.RecordKind.CHILD_PROTECTION_FILE);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    LocalDate from = due.stream().map(DueRecord::dueFrom).min(LocalDate::compareTo).orElseThrow();
    List<io.github.liaisonsdk.dataprotection.DisposalReview> reviews =
        in.childProtectionFiles().reviewsOf(pupil.id());
    if (!reviews.isEmpty()) {
      Optional<LocalDate> retainedUntil = reviews.get(reviews.size() - 1).retainUntil();
      if (retainedUntil.isPresent()) {
        if (retainedUntil.get().isAfter(today)) {
          return Optional.empty();
        }
        from = retainedUntil.get().isAfter(from) ? retainedUntil.get() : from;
      }
    }
    return Optional.of(new DueFile(from, due));
  }

  static boolean headship(StaffMember member) {
    return member.designations().stream().anyMatch(Designation::isHeadship);
  }

  /**
   * The consultations a request relies on, each one recorded by the requester about this pupil and topic. A
   * consultation that is missing, or is someone else's, or is about another pupil or topic, is refused with the
   * same words: the answer does not tell the caller which consultations exist.
   */
  List<ConsultationRecord> reliedOn(
      String type, List<ConsultationId> ids, StaffId requester, PupilId pupil, List<Topic> topics) {
    List<ConsultationRecord> found = new ArrayList<>();
    List<Violation> wrong = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Optional<ConsultationRecord> record =
          store
              .consultations()
              .find(ids.get(i))
              .filter(
                  c ->
                      c.consultedBy().equals(requester)
                          && c.pupil().equals(pupil)
                          && topics.contains(c.topic()));
      if (record.isPresent()) {
        found.add(record.get());
      } else {
        wrong.add(
            Violation.of(
                "consultations[" + i + "]",
                "is a consultation the requester recorded about this pupil and topic",
                Clause.HSL_4));
      }
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException(type, wrong);
    }
    return found;
  }

  /**
   * For each consultation relied on, the latest on record for the same requester, pupil, topic and role: a
   * requester cannot leave out a later refusal and rely on an earlier agreement.
   */
  List<ConsultationRecord> latestOnRecord(List<ConsultationRecord> reliedOn) {
    if (reliedOn.isEmpty()) {
      return reliedOn;
    }
    List<ConsultationRecord> onRecord = store.consultations().forPupil(reliedOn.get(0).pupil());
    List<ConsultationRecord> latest = new ArrayList<>();
    for (ConsultationRecord cited : reliedOn) {
      ConsultationRecord last = cited;
      for (ConsultationRecord other : onRecord) {
        boolean sameQuestion =
            other.consultedBy().equals(cited.consultedBy())
                && other.topic() == cited.topic()
                && other.role() == cited.role();
        boolean later = other.consultedAt().isAfter(last.consultedAt());
        // At the same instant a refusal holds: if in doubt, do not disclose (HSL-5).
        boolean tieToRefusal =
            other.consultedAt().equals(last.consultedAt())
                && other.outcome() == ConsultationOutcome.DECLINED;
        if (sameQuestion && (later || tieToRefusal)) {
          last = other;
        }
      }
      if (!latest.contains(last)) {
        latest.add(last);
      }
    }
    return latest;
  }

  /** Consultations the member of staff recorded, whatever they are about; refused in the same words otherwise. */
  List<ConsultationRecord> ownConsultations(String type, List<ConsultationId> ids, StaffId by) {
    List<ConsultationRecord> found = new ArrayList<>();
    List<Violation> wrong = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Optional<ConsultationRecord> record =
          store.consultations().find(ids.get(i)).filter(c -> c.consultedBy().equals(by));
      if (record.isPresent()) {
        found.add(record.get());
      } else {
        wrong.add(
            Violation.of(
                "consultations[" + i + "]", "is a consultation the reader recorded", Clause.HSL_4));
      }
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException(type, wrong);
    }
    return found;
  }

  /** A stored consultation as the engine and the safeguarding record see it: names and designations from records. */
  Consultation asConsultation(ConsultationRecord record) {
    String name;
    String designation;
    if (record.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM) {
      Optional<DirectoryEntry> contact = pack().laSafeguardingContact();
      name = contact.map(DirectoryEntry::name).orElse(DirectoryEntry.LA_SAFEGUARDING_TEAM);
      designation = contact.map(DirectoryEntry::role).orElse(DirectoryEntry.LA_SAFEGUARDING_TEAM);
    } else {
      StaffId id = record.consultee().orElseThrow();
      Optional<StaffMember> member = store.staff().find(id);
      name = member.flatMap(StaffMember::displayName).orElse(id.value());
      designation = member.map(SchoolRecords::posts).orElse("member of staff");
    }
    return Consultation.builder()
        .role(record.role())
        .consulteeName(name)
        .consulteeDesignation(designation)
        .consultedAt(record.consultedAt())
        .outcome(record.outcome())
        .whoInformsOtherServices(record.whoInformsOtherServices())
        .build();
  }

  static String posts(StaffMember member) {
    return member.designations().stream()
        .sorted()
        .map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }
}
