package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.dataprotection.DisposalReport;
import io.github.liaisonsdk.dataprotection.RetentionSchedule;
import io.github.liaisonsdk.dataprotection.SubjectAccessExport;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The data-protection use cases (LP36-4e). Thread-safe. */
final class DataProtectionService implements DataProtection {
  private static final Logger LOG = LoggerFactory.getLogger(DataProtectionService.class);

  private final SchoolRecords records;
  private final RecordReads reads;

  DataProtectionService(SchoolRecords records, RecordReads reads) {
    this.records = records;
    this.reads = reads;
  }

  @Override
  public DisposalReport disposalRun(StaffId by, Set<PupilId> legalHolds) {
    Checks.allPresent(legalHolds, "DisposalRun", "legalHolds");
    StaffMember runner = records.staffMember(by);
    if (!SchoolRecords.headship(runner)) {
      throw new AccessDeniedException(
          "the disposal run is made by the headteacher or an assistant headteacher",
          List.of(Clause.LP36_4E));
    }
    LocalDate today = records.today();
    RetentionSchedule schedule = new RetentionSchedule(records.pack(), records.zone);
    List<ContactRecordId> disposed = new ArrayList<>();
    List<ContactRecordId> held = new ArrayList<>();
    List<ContactRecordId> undated = new ArrayList<>();
    List<ContactRecordId> awaitingReview = new ArrayList<>();
    List<ContactRecordId> retained = new ArrayList<>();
    for (Pupil pupil : records.store.pupils().all()) {
      List<ContactRecordId> fileDue =
          records.dueRecords(records.store, pupil, RecordKind.CHILD_PROTECTION_FILE).stream()
              .map(due -> due.record().id())
              .toList();
      if (!fileDue.isEmpty()) {
        // A child protection file is never erased by the run: a hold keeps it, else a review
        // decides (LP36-4e).
        (legalHolds.contains(pupil.id())
                ? held
                : records.dueFile(records.store, pupil).isPresent() ? awaitingReview : retained)
            .addAll(fileDue);
      }
      for (ContactRecord original : records.store.contacts().chronology(pupil.id())) {
        ContactRecord record = records.current(original);
        Optional<LocalDate> due = schedule.disposableFrom(original, record, pupil.dateOfBirth());
        if (due.isEmpty()) {
          undated.add(record.id());
        } else if (!today.isBefore(due.get()) && !fileDue.contains(record.id())) {
          if (legalHolds.contains(pupil.id())) {
            held.add(record.id());
          } else {
            records.writeAudited(
                AuditEventType.DISPOSAL,
                Optional.of(runner.id()),
                pupil.id().value(),
                Map.of(
                    "record",
                    record.id().value(),
                    "recordKind",
                    RetentionSchedule.kindOf(record).name(),
                    "dueFrom",
                    due.get().toString()),
                tx -> tx.contacts().dispose(record.id()));
            disposed.add(record.id());
          }
        }
      }
    }
    LOG.info(
        "disposal run on {}: {} records erased, {} kept under legal hold, {} kept without a date of birth,"
            + " {} child protection file records awaiting a disposal review, {} retained at one",
        today,
        disposed.size(),
        held.size(),
        undated.size(),
        awaitingReview.size(),
        retained.size());
    return new DisposalReport(today, disposed, held, undated, awaitingReview, retained);
  }

  @Override
  public SubjectAccessExport subjectAccessExport(PupilId pupil, StaffId preparedBy) {
    records.requireOwnTransaction("a subject access export");
    StaffMember preparer = records.staffMember(preparedBy);
    if (!SchoolRecords.headship(preparer)) {
      throw new AccessDeniedException(
          "a subject access response is prepared by the headteacher or an assistant"
              + " headteacher",
          List.of(Clause.LP36_4E));
    }
    Pupil held = records.pupil(pupil);
    List<LiaisonPlan> plans = new ArrayList<>();
    for (LiaisonPlan plan : records.store.plans().forPupil(pupil)) {
      plans.addAll(records.store.plans().versions(plan.id()));
    }
    List<RecordView> chronology = reads.chronology(held, preparer);
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(preparedBy),
        pupil.value(),
        Map.of("event", "subject access export", "records", Integer.toString(chronology.size())));
    return new SubjectAccessExport(held, preparedBy, records.clock.instant(), plans, chronology);
  }
}
