package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.contact.ExternalContactWorkflow;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.contact.WorkflowException;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The out-of-hours contact workflow (HSL-6 to HSL-9) on a versioned case aggregate. Thread-safe. */
final class OutOfHoursService implements OutOfHours {
  private static final Logger LOG = LoggerFactory.getLogger(OutOfHoursService.class);

  private final SchoolRecords records;

  OutOfHoursService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public ExternalContactCase disclose(
      CaseId id,
      PupilId pupil,
      StaffId staff,
      boolean onSchoolBusiness,
      ConfidentialText circumstances,
      Optional<LocalDate> plannedFor) {
    Checks.present(id, "disclosure", "id");
    Checks.present(pupil, "disclosure", "pupil");
    Checks.present(staff, "disclosure", "staff");
    Checks.present(circumstances, "disclosure", "circumstances");
    Checks.present(plannedFor, "disclosure", "plannedFor");
    records.staffMember(staff);
    records.pupil(pupil);
    ExternalContactCase disclosed =
        ExternalContactCase.builder()
            .id(id)
            .version(1)
            .pupil(pupil)
            .staff(staff)
            .onSchoolBusiness(onSchoolBusiness)
            .circumstances(circumstances)
            .disclosedAt(records.clock.instant())
            .plannedFor(plannedFor)
            .state(CaseState.DISCLOSED)
            .reviewerPost(records.disclosureReviewerFor(staff))
            .build();
    return saveCase(
        disclosed,
        null,
        staff,
        "disclosed",
        Clause.HSL_6,
        "reviewerPost=" + disclosed.reviewerPost().orElseThrow());
  }

  @Override
  public ExternalContactCase review(CaseId id, HeadReview review) {
    Checks.present(id, "HeadReview", "case");
    Checks.present(review, "HeadReview", "review");
    ExternalContactCase current = caseFor(id, review.reviewer());
    if (review.reviewer().equals(current.staff())) {
      throw new WorkflowException(
          current.state(), review.decision(), "no one approves their own disclosure", Clause.HSL_7);
    }
    Designation reviewerPost = records.disclosureReviewer(current);
    if (!records.staffMember(review.reviewer()).holds(reviewerPost)) {
      throw new AccessDeniedException(
          reviewerPost == Designation.HEADTEACHER
              ? "only the headteacher reviews a disclosure: "
                  + review.reviewer()
                  + " may not review case "
                  + id
              : "the headteacher's own disclosure is reviewed by the "
                  + reviewerPost.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + ": "
                  + review.reviewer()
                  + " may not review case "
                  + id,
          List.of(Clause.HSL_7));
    }
    CaseState next = ExternalContactWorkflow.next(current.state(), review.decision());
    ExternalContactCase reviewed =
        ExternalContactCase.builder()
            .from(current)
            .version(current.version() + 1)
            .state(next)
            .review(review)
            .build();
    return saveCase(
        reviewed,
        current,
        review.reviewer(),
        review.decision().name(),
        Clause.HSL_7,
        "conflictOfInterest=" + review.conflictOfInterest());
  }

  @Override
  public ExternalContactCase log(CaseId id, ContactRecord record) {
    Checks.present(id, "ContactRecord", "case");
    Checks.present(record, "ContactRecord", "record");
    ExternalContactCase current = caseFor(id, record.staff());
    List<Violation> wrong = new ArrayList<>();
    // A contact that goes ahead after the headteacher's approval is logged then (HSL-7, HSL-8): not
    // before it,
    // and not ahead of time.
    if (current
        .review()
        .map(review -> record.occurredAt().isBefore(review.reviewedAt()))
        .orElse(false)) {
      wrong.add(
          Violation.of(
              "occurredAt",
              "the contact goes ahead after the headteacher's approval",
              Clause.HSL_8));
    }
    if (record.recordedAt().isAfter(records.clock.instant())) {
      wrong.add(
          Violation.of(
              "recordedAt",
              "a contact is logged after it happened, no later than now",
              Clause.HSL_8));
    }
    if (record.kind() != ContactKind.OUT_OF_HOURS
        || record.location() != RecordLocation.LIAISON_FORM
        || record.level() != ConfidentialityLevel.RESTRICTED) {
      wrong.add(
          Violation.of(
              "kind",
              "an out-of-hours contact is logged as OUT_OF_HOURS on the LIAISON_FORM, RESTRICTED (HSL-9)",
              Clause.HSL_8));
    }
    if (!record.pupil().equals(current.pupil()) || !record.staff().equals(current.staff())) {
      wrong.add(
          Violation.of(
              "pupil", "the log entry is for the case's pupil and member of staff", Clause.HSL_8));
    }
    LiaisonPlan plan = records.planVersion(record.plan(), record.planVersion());
    if (!plan.pupil().equals(current.pupil())) {
      wrong.add(
          Violation.of("plan", "is a version of the pupil's own liaison plan", Clause.LP36_4D));
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException("ContactRecord", wrong);
    }
    CaseState next = ExternalContactWorkflow.next(current.state(), CaseAction.LOG_CONTACT);
    ExternalContactCase logged =
        ExternalContactCase.builder()
            .from(current)
            .version(current.version() + 1)
            .state(next)
            .addLogged(record.id())
            .build();
    return records.audit.inUnit(
        (tx, trail) -> {
          tx.contacts().append(record);
          return saveCase(
              tx,
              trail,
              logged,
              current,
              record.staff(),
              "logged " + record.id(),
              Clause.HSL_8,
              null);
        });
  }

  @Override
  public ExternalContactCase withdraw(CaseId id, StaffId by) {
    Checks.present(id, "withdrawal", "case");
    Checks.present(by, "withdrawal", "by");
    ExternalContactCase current = caseFor(id, by);
    CaseState next = ExternalContactWorkflow.next(current.state(), CaseAction.WITHDRAW);
    if (!by.equals(current.staff()) && !records.staffMember(by).holds(Designation.HEADTEACHER)) {
      throw new AccessDeniedException(
          "only the member of staff or the headteacher withdraws case " + id,
          List.of(Clause.HSL_7));
    }
    return saveCase(
        ExternalContactCase.builder()
            .from(current)
            .version(current.version() + 1)
            .state(next)
            .build(),
        current,
        by,
        "withdrawn",
        Clause.HSL_6,
        null);
  }

  @Override
  public ExternalContactCase recordBreach(
      CaseId id, PupilId pupil, StaffId staff, StaffId recordedBy, ConfidentialText circumstances) {
    if (records.staffMember(recordedBy).designations().stream()
        .noneMatch(Designation::isHeadship)) {
      throw new AccessDeniedException(
          "a breach is recorded by the headteacher or an assistant headteacher",
          List.of(Clause.HSL_6, Clause.HSL_7));
    }
    records.staffMember(staff);
    records.pupil(pupil);
    ExternalContactCase breach =
        ExternalContactCase.builder()
            .id(id)
            .version(1)
            .pupil(pupil)
            .staff(staff)
            .onSchoolBusiness(false)
            .circumstances(circumstances)
            .disclosedAt(records.clock.instant())
            .state(CaseState.BREACH_RECORDED)
            .breachRecordedBy(recordedBy)
            .build();
    return saveCase(breach, null, recordedBy, "breach recorded", Clause.HSL_6, null);
  }

  /**
   * The case, for its own member of staff or the headship; anyone else is answered as for a case that is not
   * held, since a disclosure is confidential (HSL-6, HSL-9).
   */
  private ExternalContactCase caseFor(CaseId id, StaffId actor) {
    ExternalContactCase current = latestCase(id);
    // The discloser, the headship and the post that reviews this case know it exists; to anyone
    // else it is not held.
    if (!current.staff().equals(actor)
        && !records
            .store
            .staff()
            .find(actor)
            .map(
                member ->
                    SchoolRecords.headship(member)
                        || member.holds(records.disclosureReviewer(current)))
            .orElse(false)) {
      throw new NotFoundException("case " + id + " is not held");
    }
    return current;
  }

  private ExternalContactCase latestCase(CaseId id) {
    Checks.present(id, "case", "id");
    return records
        .store
        .externalContacts()
        .latest(id)
        .orElseThrow(() -> new NotFoundException("case " + id + " is not held"));
  }

  private ExternalContactCase saveCase(
      ExternalContactCase next,
      ExternalContactCase previous,
      StaffId actor,
      String event,
      Clause clause,
      String note) {
    return records.audit.inUnit(
        (tx, trail) -> saveCase(tx, trail, next, previous, actor, event, clause, note));
  }

  private ExternalContactCase saveCase(
      LiaisonStore tx,
      AuditTrail.Appender trail,
      ExternalContactCase next,
      ExternalContactCase previous,
      StaffId actor,
      String event,
      Clause clause,
      String note) {
    tx.externalContacts().save(next);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("case", next.id().value());
    details.put("event", event);
    details.put("from", previous == null ? "-" : previous.state().name());
    details.put("to", next.state().name());
    details.put("clause", clause.id());
    if (note != null) {
      details.put("note", note);
    }
    trail.record(AuditEventType.WORKFLOW, Optional.of(actor), next.pupil().value(), details);
    LOG.debug(
        "out-of-hours case {}: {} -> {} by {} ({})",
        LogSafe.of(next.id().value()),
        details.get("from"),
        next.state(),
        LogSafe.of(actor.value()),
        clause);
    return next;
  }
}
