package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.childprotection.BundleItem;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferBundle;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.childprotection.TransferState;
import io.github.liaisonsdk.childprotection.TransferTiming;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.dataprotection.RetentionSchedule;
import io.github.liaisonsdk.internal.CanonicalDigest;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The child protection file use cases: transfer to a leaver's new school and the disposal review. Thread-safe. */
final class ChildProtectionFileService implements ChildProtectionFiles {
  private final SchoolRecords records;

  ChildProtectionFileService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public FileTransfer recordLeaving(
      TransferId id, PupilId pupil, LocalDate leftOn, String destination, StaffId recordedBy) {
    Checks.present(id, "FileTransfer", "id");
    Checks.present(leftOn, "FileTransfer", "leftOn");
    StaffMember recorder =
        custodian(recordedBy, "records a leaver's child protection file transfer");
    Pupil leaver = records.pupil(pupil);
    LocalDate today = records.today();
    if (leftOn.isAfter(today.plusYears(1)) || leftOn.isBefore(today.minusYears(1))) {
      throw invalid("leftOn", "is within a year of today: a leaver is recorded as they leave");
    }
    TermCalendar calendar = records.pack().calendar();
    LocalDate dueBy = calendar.schoolDayAfter(leftOn, TRANSFER_SCHOOL_DAYS);
    FileTransfer transfer =
        FileTransfer.builder()
            .id(id)
            .version(1)
            .pupil(leaver.id())
            .leftOn(leftOn)
            .destination(destination)
            .timing(timing(calendar, leftOn))
            .dueBy(dueBy)
            .recordedBy(recorder.id())
            .recordedAt(records.now())
            .state(TransferState.AWAITING_SEND)
            .build();
    records.writeAudited(
        AuditEventType.WORKFLOW,
        Optional.of(recorder.id()),
        leaver.id().value(),
        event(
            transfer,
            "leaver recorded",
            Map.of("timing", transfer.timing().name(), "dueBy", dueBy.toString())),
        tx -> {
          if (tx.childProtectionFiles().transfersOf(leaver.id()).stream()
              .anyMatch(t -> t.state().open())) {
            throw invalid("pupil", "has a child protection file transfer awaiting receipt already");
          }
          if (childProtectionFile(tx, leaver.id()).isEmpty()) {
            throw invalid("pupil", "has no child protection file to transfer");
          }
          if (tx.childProtectionFiles().transfer(id).isPresent()) {
            throw invalid("id", "is the id of another transfer");
          }
          tx.childProtectionFiles().saveTransfer(transfer);
        });
    return transfer;
  }

  /**
   * In-year when the last school day up to the leaving date and the first school day after it fall in the same term
   * (a half term between them included); a move at the end of a term, or in the holiday after it, otherwise.
   */
  private static TransferTiming timing(TermCalendar calendar, LocalDate leftOn) {
    LocalDate lastDay = leftOn;
    for (int back = 0; !calendar.isSchoolDay(lastDay) && back < 366; back++) {
      lastDay = lastDay.minusDays(1);
    }
    LocalDate nextDay = calendar.schoolDayAfter(leftOn, 1);
    return calendar.isSchoolDay(lastDay)
            && calendar.termOf(lastDay).equals(calendar.termOf(nextDay))
        ? TransferTiming.IN_YEAR
        : TransferTiming.NEXT_TERM;
  }

  @Override
  public TransferBundle send(TransferId id, TransferMethod method, StaffId sentBy) {
    records.requireOwnTransaction("sending a child protection file");
    Checks.present(method, "FileTransfer", "method");
    StaffMember sender = custodian(sentBy, "sends a child protection file");
    FileTransfer transfer = held(id);
    if (transfer.state() != TransferState.AWAITING_SEND) {
      throw invalid("state", "a transfer is sent once, while it awaits its bundle");
    }
    if (records.today().isBefore(transfer.leftOn())) {
      throw invalid(
          "leftOn", "has not come: the file is sent once the pupil has left, so that it is whole");
    }
    TransferBundle[] bundle = {null};
    try {
      records.audit.inUnit(
          (tx, trail) -> {
            List<ContactRecord> file = childProtectionFile(tx, transfer.pupil());
            if (file.isEmpty()) {
              throw invalid(
                  "pupil",
                  "has no child protection file to transfer: its records were disposed of");
            }
            List<BundleItem> items = new ArrayList<>();
            for (ContactRecord original : file) {
              List<Amendment> amendments = tx.contacts().amendments(original.id());
              String hash =
                  CanonicalDigest.start()
                      .field(LiaisonJson.write(original))
                      .field(LiaisonJson.write(amendments))
                      .finish();
              items.add(new BundleItem(original, amendments, hash));
            }
            // One digest per thread: the seal is started once every item's own digest is finished.
            // It binds the
            // transfer and the pupil too, so a receipt for one transfer never confirms another of
            // the same file.
            CanonicalDigest seal =
                CanonicalDigest.start()
                    .field(transfer.id().value())
                    .field(transfer.pupil().value());
            items.forEach(item -> seal.field(item.sha256()));
            String sealed = seal.finish();
            for (BundleItem item : items) {
              trail.record(
                  AuditEventType.WORKFLOW,
                  Optional.of(sender.id()),
                  transfer.pupil().value(),
                  event(
                      transfer,
                      "bundle item",
                      Map.of("record", item.original().id().value(), "sha256", item.sha256())));
            }
            tx.childProtectionFiles()
                .saveTransfer(
                    FileTransfer.builder()
                        .from(transfer)
                        .version(transfer.version() + 1)
                        .state(TransferState.SENT)
                        .seal(sealed)
                        .items(items.stream().map(i -> i.original().id()).toList())
                        .sentBy(sender.id())
                        .sentAt(records.now())
                        .method(method)
                        .build());
            trail.record(
                AuditEventType.WORKFLOW,
                Optional.of(sender.id()),
                transfer.pupil().value(),
                event(
                    transfer,
                    "bundle sent",
                    Map.of(
                        "seal",
                        sealed,
                        "items",
                        Integer.toString(items.size()),
                        "method",
                        method.name())));
            bundle[0] = new TransferBundle(id, transfer.pupil(), items, sealed);
            return null;
          });
    } catch (ConcurrentUpdateException raced) {
      throw invalid(
          "state", "another step of this transfer was taken at the same time: read it again");
    }
    return bundle[0];
  }

  @Override
  public FileTransfer confirmReceipt(
      TransferId id, String receivedBy, LocalDate receivedOn, String seal, StaffId recordedBy) {
    Checks.present(receivedOn, "FileTransfer", "receivedOn");
    StaffMember recorder = custodian(recordedBy, "records the receipt of a child protection file");
    FileTransfer transfer = held(id);
    if (transfer.state() != TransferState.SENT) {
      throw invalid("state", "a receipt is recorded for a transfer sent and not yet received");
    }
    // Hex is case-blind: a seal read back in capitals is the same seal.
    if (seal == null
        || !Hashing.isSha256(seal.toLowerCase(Locale.ROOT))
        || !transfer.seal().orElseThrow().equals(seal.toLowerCase(Locale.ROOT))) {
      throw invalid(
          "seal", "must be the seal of the bundle sent: the receiver holds another bundle");
    }
    LocalDate sentOn = transfer.sentAt().orElseThrow().atZone(records.zone).toLocalDate();
    if (receivedOn.isBefore(sentOn) || receivedOn.isAfter(records.today())) {
      throw invalid("receivedOn", "falls between the day the bundle was sent and today");
    }
    FileTransfer received =
        FileTransfer.builder()
            .from(transfer)
            .version(transfer.version() + 1)
            .state(TransferState.RECEIVED)
            .receivedBy(receivedBy)
            .receivedOn(receivedOn)
            .receiptRecordedBy(recorder.id())
            .build();
    return step(
        received,
        recorder,
        event(
            transfer,
            "receipt confirmed",
            Map.of(
                "receivedOn",
                receivedOn.toString(),
                "late",
                Boolean.toString(receivedOn.isAfter(transfer.dueBy())))));
  }

  @Override
  public FileTransfer cancel(TransferId id, StaffId cancelledBy) {
    StaffMember canceller = custodian(cancelledBy, "cancels a child protection file transfer");
    FileTransfer transfer = held(id);
    if (!transfer.state().open()) {
      throw invalid("state", "a transfer is cancelled while it awaits its bundle or its receipt");
    }
    FileTransfer cancelled =
        FileTransfer.builder()
            .from(transfer)
            .version(transfer.version() + 1)
            .state(TransferState.CANCELLED)
            .cancelledBy(canceller.id())
            .build();
    return step(
        cancelled, canceller, event(transfer, "cancelled", Map.of("was", transfer.state().name())));
  }

  /** Saves a transfer's next version with its audit event; a step taken meanwhile by someone else is refused. */
  private FileTransfer step(FileTransfer next, StaffMember actor, Map<String, String> details) {
    try {
      records.writeAudited(
          AuditEventType.WORKFLOW,
          Optional.of(actor.id()),
          next.pupil().value(),
          details,
          tx -> tx.childProtectionFiles().saveTransfer(next));
    } catch (ConcurrentUpdateException raced) {
      throw invalid(
          "state", "another step of this transfer was taken at the same time: read it again");
    }
    return next;
  }

  @Override
  public List<FileTransfer> transfers(PupilId pupil, StaffId reader) {
    records.requireOwnTransaction("reading child protection file transfers");
    Checks.present(pupil, "FileTransfer", "pupil");
    StaffMember member = records.staffMember(reader);
    boolean allowed = custodian(member);
    List<FileTransfer> found =
        allowed ? records.store.childProtectionFiles().transfersOf(pupil) : List.of();
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(member.id()),
        pupil.value(),
        Map.of(
            "event",
            "child protection file transfers",
            "granted",
            Boolean.toString(allowed),
            "transfers",
            Integer.toString(found.size())));
    if (!allowed) {
      throw refused("reads child protection file transfers");
    }
    return found;
  }

  @Override
  public DisposalReview reviewDisposal(
      String id,
      PupilId pupil,
      DisposalDecision decision,
      Optional<LocalDate> retainUntil,
      Optional<RetentionReason> reason,
      StaffId reviewedBy) {
    Checks.present(decision, "DisposalReview", "decision");
    Checks.present(retainUntil, "DisposalReview", "retainUntil");
    Checks.present(reason, "DisposalReview", "reason");
    StaffMember reviewer = custodian(reviewedBy, "reviews a child protection file for disposal");
    Pupil held = records.pupil(pupil);
    if (retainUntil.map(d -> !d.isAfter(records.today())).orElse(false)) {
      throw invalid("DisposalReview", "retainUntil", "falls after today");
    }
    try {
      return records.audit.inUnit(
          (tx, trail) -> {
            // Decided inside the unit of work, which the audit chain serialises: of two reviews at
            // once, the second
            // finds the file retained or gone, never both kept and erased.
            SchoolRecords.DueFile due =
                records
                    .dueFile(tx, held)
                    .orElseThrow(
                        () ->
                            invalid(
                                "DisposalReview",
                                "pupil",
                                "has no child protection file due for a disposal review"));
            if (decision == DisposalDecision.DISPOSE
                && tx.childProtectionFiles().transfersOf(held.id()).stream()
                    .anyMatch(t -> t.state().open())) {
              throw invalid(
                  "DisposalReview",
                  "decision",
                  "waits for the file's transfer to the pupil's new school");
            }
            DisposalReview review =
                DisposalReview.builder()
                    .id(id)
                    .pupil(held.id())
                    .dueFrom(due.dueFrom())
                    .reviewedBy(reviewer.id())
                    .reviewedAt(records.now())
                    .decision(decision)
                    .retainUntil(retainUntil)
                    .reason(reason)
                    .build();
            tx.childProtectionFiles().saveReview(review);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("event", "disposal review");
            details.put("review", review.id());
            details.put("decision", decision.name());
            details.put("dueFrom", due.dueFrom().toString());
            retainUntil.ifPresent(d -> details.put("retainUntil", d.toString()));
            reason.ifPresent(r -> details.put("reason", r.name()));
            trail.record(
                AuditEventType.WORKFLOW, Optional.of(reviewer.id()), held.id().value(), details);
            if (decision == DisposalDecision.DISPOSE) {
              for (SchoolRecords.DueRecord record : due.records()) {
                if (!tx.contacts().dispose(record.record().id())) {
                  throw new LiaisonException(
                      "a record of the file was erased meanwhile: nothing was disposed of");
                }
                trail.record(
                    AuditEventType.DISPOSAL,
                    Optional.of(reviewer.id()),
                    held.id().value(),
                    Map.of(
                        "record",
                        record.record().id().value(),
                        "recordKind",
                        RecordKind.CHILD_PROTECTION_FILE.name(),
                        "dueFrom",
                        record.dueFrom().toString(),
                        "review",
                        review.id()));
              }
            }
            return review;
          });
    } catch (ConcurrentUpdateException idHeld) {
      throw invalid("DisposalReview", "id", "is the id of another review");
    }
  }

  /**
   * A pupil's child protection file: their records kept as that kind, counted on each as it is now, oldest first.
   * The whole file, whoever handles it: passing it on is a duty, not a read decided record by record.
   */
  private static List<ContactRecord> childProtectionFile(LiaisonStore in, PupilId pupil) {
    return in.contacts().chronology(pupil).stream()
        .filter(
            original ->
                RetentionSchedule.kindOf(
                        SchoolRecords.current(original, in.contacts().amendments(original.id())))
                    == RecordKind.CHILD_PROTECTION_FILE)
        .toList();
  }

  private StaffMember custodian(StaffId id, String what) {
    StaffMember member = records.staffMember(id);
    if (!custodian(member)) {
      throw refused(what);
    }
    return member;
  }

  private static boolean custodian(StaffMember member) {
    return SchoolRecords.headship(member) || member.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD);
  }

  private static AccessDeniedException refused(String what) {
    return new AccessDeniedException(
        "the designated safeguarding lead or a headship member " + what, List.of(Clause.LP36_4E));
  }

  private FileTransfer held(TransferId id) {
    Checks.present(id, "FileTransfer", "id");
    return records
        .store
        .childProtectionFiles()
        .transfer(id)
        .orElseThrow(
            () -> new NotFoundException("child protection file transfer " + id + " is not held"));
  }

  private static Map<String, String> event(
      FileTransfer transfer, String event, Map<String, String> more) {
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
