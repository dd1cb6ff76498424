package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The school register's use cases. Thread-safe. */
final class SchoolService implements School {
  private final SchoolRecords records;

  SchoolService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public StaffMember synchroniseStaff(StaffMember member) {
    Checks.present(member, "StaffMember", "member");
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "staff synchronised");
    details.put("system", MIS_SYNCHRONISATION);
    details.put("staff", member.id().value());
    details.put(
        "posts",
        member.designations().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    member.lineManager().ifPresent(manager -> details.put("lineManager", manager.value()));
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.empty(),
        member.id().value(),
        details,
        tx -> tx.staff().save(member));
    return member;
  }

  @Override
  public Pupil synchronisePupil(Pupil pupil) {
    Checks.present(pupil, "Pupil", "pupil");
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "pupil synchronised");
    details.put("system", MIS_SYNCHRONISATION);
    details.put("residence", pupil.residence().name());
    details.put("otherServices", Integer.toString(pupil.otherServices().size()));
    details.put("supportPlans", Integer.toString(pupil.supportPlans().size()));
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.empty(),
        pupil.id().value(),
        details,
        tx -> tx.pupils().save(pupil));
    return pupil;
  }

  @Override
  public LiaisonPlan approvePlan(LiaisonPlan plan) {
    Checks.present(plan, "LiaisonPlan", "plan");
    StaffMember approver = records.staffMember(plan.approvedBy());
    if (!SchoolRecords.headship(approver)) {
      throw new AccessDeniedException(
          "a liaison plan is approved by the headteacher or an assistant headteacher",
          List.of(Clause.LP36_4, Clause.LP36_4A));
    }
    Pupil pupil = records.pupil(plan.pupil());
    List<Violation> wrong = new ArrayList<>();
    if (plan.approvedOn().isAfter(records.today())) {
      wrong.add(
          Violation.of("approvedOn", "a plan is approved no later than today", Clause.LP36_4));
    }
    if (plan.residence() != pupil.residence()) {
      wrong.add(
          Violation.of("residence", "is the pupil's residence context on record", Clause.LP36_3));
    }
    for (int i = 0; i < plan.schoolSide().size(); i++) {
      if (records.store.staff().find(plan.schoolSide().get(i)).isEmpty()) {
        wrong.add(
            Violation.of("schoolSide[" + i + "]", "is a member of staff held", Clause.LP36_4A));
      }
    }
    for (String item : plan.checklistConfirmed()) {
      if (!records.pack().checklist().contains(item)) {
        wrong.add(
            Violation.of(
                "checklistConfirmed",
                "names only items of the pack's checklist, word for word",
                Clause.LP36_1));
        break;
      }
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException("LiaisonPlan", wrong);
    }
    Optional<LiaisonPlan> latest = records.store.plans().latest(plan.id());
    int expected = latest.map(LiaisonPlan::version).orElse(0) + 1;
    if (plan.version() != expected
        || latest.map(p -> !p.pupil().equals(plan.pupil())).orElse(false)) {
      throw new ConcurrentUpdateException(
          "plan "
              + plan.id()
              + " takes version "
              + expected
              + " next, for the same pupil; version "
              + plan.version()
              + " cannot be approved");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "plan approved");
    details.put("plan", plan.id().value());
    details.put("version", Integer.toString(plan.version()));
    details.put("effectiveFrom", plan.effectiveFrom().toString());
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.of(approver.id()),
        plan.pupil().value(),
        details,
        tx -> tx.plans().save(plan));
    return plan;
  }

  @Override
  public Optional<StaffMember> staffMember(StaffId id) {
    return records.store.staff().find(id);
  }

  @Override
  public Optional<Pupil> pupil(PupilId id) {
    return records.store.pupils().find(id);
  }
}
