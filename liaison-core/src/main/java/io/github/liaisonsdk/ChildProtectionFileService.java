package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.childprotection.BundleItem;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferBundle;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.childprotection.TransferState;
import io.github.liaisonsdk.childprotection.TransferTiming;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.dataprotection.RetentionSchedule;
import io.github.liaisonsdk.internal.CanonicalDigest;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The child protection file use cases: transfer to a leaver's new school and the disposal review. Thread-safe. */
final class ChildProtectionFileService implements ChildProtectionFiles {
  private final SchoolRecords records;

  ChildProtectionFileService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public FileTransfer recordLeaving(TransferId id, PupilId pupil, LocalDate leftOn, String destination,
      StaffId recordedBy) {
    Checks.present(id, "FileTransfer", "id");
    Checks.present(leftOn, "FileTransfer", "leftOn");
    StaffMember recorder = custodian(recordedBy, "records a leaver's child protection file transfer");
    Pupil leaver = records.pupil(pupil);
    LocalDate today = records.today();
    if (leftOn.isAfter(today.plusYears(1))) {
      throw invalid("leftOn", "is at most a year ahead");
    }
    TermCalendar calendar = records.pack.calendar();
    LocalDate dueBy = calendar.schoolDayAfter(leftOn, TRANSFER_SCHOOL_DAYS);
    // A move at the end of a term: no school day of the leaving term is left, so the days counted are the new term's.
    LocalDate firstAfter = calendar.schoolDayAfter(leftOn, 1);
    TransferTiming timing = calendar.termOf(firstAfter).equals(calendar.termOf(leftOn)) ? TransferTiming.IN_YEAR
        : TransferTiming.NEXT_TERM;
    FileTransfer transfer = FileTransfer.builder().id(id).version(1).pupil(leaver.id()).leftOn(leftOn)
        .destination(destination).timing(timing).dueBy(dueBy).recordedBy(recorder.id())
        .recordedAt(records.clock.instant()).state(TransferState.AWAITING_SEND).build();
    records.writeAudited(AuditEventType.WORKFLOW, Optional.of(recorder.id()), leaver.id().value(),
        event(transfer, "leaver recorded", Map.of("timing", timing.name(), "dueBy", dueBy.toString())), tx -> {
          if (tx.childProtectionFiles().transfersOf(leaver.id()).stream()
              .anyMatch(t -> t.state() != TransferState.RECEIVED)) {
            throw invalid("pupil", "has a child protection file transfer awaiting receipt already");
          }
          if (childProtectionFile(leaver.id()).isEmpty()) {
            throw invalid("pupil", "has no child protection file to transfer");
          }
          if (tx.childProtectionFiles().transfer(id).isPresent()) {
            throw invalid("id", "is the id of another transfer");
          }
          tx.childProtectionFiles().saveTransfer(transfer);
        });
    return transfer;
  }

  @Override
  public TransferBundle send(TransferId id, TransferMethod method, StaffId sentBy) {
    records.requireOwnTransaction("sending a child protection file");
    Checks.present(method, "FileTransfer", "method");
    StaffMember sender = custodian(sentBy, "sends a child protection file");
    FileTransfer transfer = held(id);
    if (transfer.state() != TransferState.AWAITING_SEND) {
      throw invalid("state", "a transfer is sent once");
    }
    List<BundleItem> items = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<ContactRecord> file = childProtectionFile(transfer.pupil());
    if (file.isEmpty()) {
      throw invalid("pupil", "has no child protection file to transfer: its records were disposed of");
    }
    for (ContactRecord original : file) {
      List<Amendment> amendments = records.store.contacts().amendments(original.id());
      String hash = CanonicalDigest.start().field(LiaisonJson.write(original)).field(LiaisonJson.write(amendments))
          .finish();
      items.add(new BundleItem(original, amendments, hash));
      hashes.add(hash);
    }
    // One digest per thread: the seal is started only once every item's own digest is finished.
    CanonicalDigest seal = CanonicalDigest.start();
    hashes.forEach(seal::field);
    String sealed = seal.finish();
    FileTransfer sent = FileTransfer.builder().from(transfer).version(transfer.version() + 1)
        .state(TransferState.SENT).seal(sealed).items(items.stream().map(i -> i.original().id()).toList())
        .sentBy(sender.id()).sentAt(records.clock.instant()).method(method).build();
    records.audit.inUnit((tx, trail) -> {
      for (BundleItem item : items) {
        trail.record(AuditEventType.WORKFLOW, Optional.of(sender.id()), transfer.pupil().value(),
            event(transfer, "bundle item", Map.of("record", item.original().id().value(), "sha256", item.sha256())));
      }
      tx.childProtectionFiles().saveTransfer(sent);
      trail.record(AuditEventType.WORKFLOW, Optional.of(sender.id()), transfer.pupil().value(),
          event(transfer, "bundle sent", Map.of("seal", sealed, "items", Integer.toString(items.size()),
              "method", method.name())));
      return null;
    });
    return new TransferBundle(id, transfer.pupil(), items, sealed);
  }

  @Override
  public FileTransfer confirmReceipt(TransferId id, String receivedBy, LocalDate receivedOn, String seal,
      StaffId recordedBy) {
    Checks.present(receivedOn, "FileTransfer", "receivedOn");
    StaffMember recorder = custodian(recordedBy, "records the receipt of a child protection file");
    FileTransfer transfer = held(id);
    if (transfer.state() != TransferState.SENT) {
      throw invalid("state", "a receipt is recorded for a transfer sent and not yet received");
    }
    if (!transfer.seal().orElseThrow().equals(seal)) {
      throw invalid("seal", "must be the seal of the bundle sent: the receiver holds another bundle");
    }
    LocalDate sentOn = transfer.sentAt().orElseThrow().atZone(records.zone).toLocalDate();
    if (receivedOn.isBefore(sentOn) || receivedOn.isAfter(records.today())) {
      throw invalid("receivedOn", "falls between the day the bundle was sent and today");
    }
    FileTransfer received = FileTransfer.builder().from(transfer).version(transfer.version() + 1)
        .state(TransferState.RECEIVED).receivedBy(receivedBy).receivedOn(receivedOn)
        .receiptRecordedBy(recorder.id()).build();
    records.writeAudited(AuditEventType.WORKFLOW, Optional.of(recorder.id()), transfer.pupil().value(),
        event(transfer, "receipt confirmed", Map.of("receivedOn", receivedOn.toString(),
            "late", Boolean.toString(receivedOn.isAfter(transfer.dueBy())))),
        tx -> tx.childProtectionFiles().saveTransfer(received));
    return received;
  }

  @Override
  public List<FileTransfer> transfers(PupilId pupil, StaffId reader) {
    records.requireOwnTransaction("reading child protection file transfers");
    StaffMember member = custodian(reader, "reads child protection file transfers");
    List<FileTransfer> found = records.store.childProtectionFiles().transfersOf(Checks.present(pupil,
        "FileTransfer", "pupil"));
    records.audit.record(AuditEventType.RESTRICTED_READ, Optional.of(member.id()), pupil.value(),
        Map.of("event", "child protection file transfers", "transfers", Integer.toString(found.size())));
    return found;
  }

  @Override
  public DisposalReview reviewDisposal(String id, PupilId pupil, DisposalDecision decision,
      Optional<LocalDate> retainUntil, Optional<RetentionReason> reason, StaffId reviewedBy) {
    Checks.present(decision, "DisposalReview", "decision");
    StaffMember reviewer = custodian(reviewedBy, "reviews a child protection file for disposal");
    Pupil held = records.pupil(pupil);
    LocalDate today = records.today();
    DueFile due = dueFile(records, held).orElseThrow(() -> invalid("DisposalReview", "pupil",
        "has no child protection file due for a disposal review"));
    if (retainUntil.map(d -> !d.isAfter(today)).orElse(false)) {
      throw invalid("DisposalReview", "retainUntil", "falls after today");
    }
    DisposalReview review = DisposalReview.builder().id(id).pupil(held.id()).dueFrom(due.dueFrom())
        .reviewedBy(reviewer.id()).reviewedAt(records.clock.instant()).decision(decision).retainUntil(retainUntil)
        .reason(reason).build();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "disposal review");
    details.put("review", review.id());
    details.put("decision", decision.name());
    details.put("dueFrom", due.dueFrom().toString());
    retainUntil.ifPresent(d -> details.put("retainUntil", d.toString()));
    reason.ifPresent(r -> details.put("reason", r.name()));
    records.audit.inUnit((tx, trail) -> {
      if (!tx.childProtectionFiles().reviewsOf(held.id()).stream().filter(r -> r.id().equals(review.id()))
          .toList().isEmpty()) {
        throw invalid("DisposalReview", "id", "is the id of another review");
      }
      tx.childProtectionFiles().saveReview(review);
      trail.record(AuditEventType.WORKFLOW, Optional.of(reviewer.id()), held.id().value(), details);
      if (decision == DisposalDecision.DISPOSE) {
        for (DueRecord record : due.records()) {
          tx.contacts().dispose(record.record().id());
          trail.record(AuditEventType.DISPOSAL, Optional.of(reviewer.id()), held.id().value(),
              Map.of("record", record.record().id().value(), "recordKind", RecordKind.CHILD_PROTECTION_FILE.name(),
                  "dueFrom", record.dueFrom().toString(), "review", review.id()));
        }
      }
      return null;
    });
    return review;
  }

  /**
   * A pupil's child protection file: their records kept as that kind, counted on each as it is now, oldest first.
   * The whole file, whoever handles it: passing it on is a duty, not a read decided record by record.
   */
  private List<ContactRecord> childProtectionFile(PupilId pupil) {
    return records.store.contacts().chronology(pupil).stream()
        .filter(original -> RetentionSchedule.kindOf(records.current(original)) == RecordKind.CHILD_PROTECTION_FILE)
        .toList();
  }

  /** A record of a child protection file whose retention period has ended, and the day it did. */
  record DueRecord(ContactRecord record, LocalDate dueFrom) {}

  /** A child protection file due for a disposal review: the day it became due and its records due then. */
  record DueFile(LocalDate dueFrom, List<DueRecord> records) {}

  /**
   * Whether a pupil's child protection file is due for a disposal review today: some of its records are past their
   * retention period, and no retention decided at a review runs beyond today.
   */
  static Optional<DueFile> dueFile(SchoolRecords records, Pupil pupil) {
    List<DueRecord> due = dueRecords(records, pupil, RecordKind.CHILD_PROTECTION_FILE);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = records.today();
    LocalDate from = due.stream().map(DueRecord::dueFrom).min(LocalDate::compareTo).orElseThrow();
    List<DisposalReview> reviews = records.store.childProtectionFiles().reviewsOf(pupil.id());
    if (!reviews.isEmpty()) {
      DisposalReview last = reviews.get(reviews.size() - 1);
      if (last.retainUntil().isPresent()) {
        if (last.retainUntil().get().isAfter(today)) {
          return Optional.empty();
        }
        from = last.retainUntil().get().isAfter(from) ? last.retainUntil().get() : from;
      }
    }
    return Optional.of(new DueFile(from, due));
  }

  /**
   * A pupil's records of one kind whose retention period has ended by today, each counted as it is now and as it
   * was first written, whichever ends later: a correction never brings a disposal forward.
   */
  static List<DueRecord> dueRecords(SchoolRecords records, Pupil pupil, RecordKind kind) {
    RetentionSchedule schedule = new RetentionSchedule(records.pack, records.zone);
    LocalDate today = records.today();
    List<DueRecord> due = new ArrayList<>();
    for (ContactRecord original : records.store.contacts().chronology(pupil.id())) {
      ContactRecord record = records.current(original);
      if (RetentionSchedule.kindOf(record) != kind) {
        continue;
      }
      Optional<LocalDate> now = schedule.disposableFrom(record, pupil.dateOfBirth());
      Optional<LocalDate> first = schedule.disposableFrom(original, pupil.dateOfBirth());
      if (now.isPresent() && first.isPresent()) {
        LocalDate from = now.get().isAfter(first.get()) ? now.get() : first.get();
        if (!today.isBefore(from)) {
          due.add(new DueRecord(record, from));
        }
      }
    }
    return due;
  }

  private StaffMember custodian(StaffId id, String what) {
    StaffMember member = records.staffMember(id);
    if (!SchoolRecords.headship(member) && !member.designations().contains(Designation.DESIGNATED_SAFEGUARDING_LEAD)) {
      throw new AccessDeniedException("the designated safeguarding lead or a headship member " + what,
          List.of(Clause.LP36_4E));
    }
    return member;
  }

  private FileTransfer held(TransferId id) {
    Checks.present(id, "FileTransfer", "id");
    return records.store.childProtectionFiles().transfer(id)
        .orElseThrow(() -> new NotFoundException("child protection file transfer " + id + " is not held"));
  }

  private static Map<String, String> event(FileTransfer transfer, String event, Map<String, String> more) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "child protection file transfer: " + event);
    details.put("transfer", transfer.id().value());
    details.putAll(more);
    return details;
  }

  private static LiaisonValidationException invalid(String field, String rule) {
    return invalid("FileTransfer", field, rule);
  }

  private static LiaisonValidationException invalid(String subject, String field, String rule) {
    return new LiaisonValidationException(subject, Violation.of(field, rule, Clause.LP36_4E));
  }
}
