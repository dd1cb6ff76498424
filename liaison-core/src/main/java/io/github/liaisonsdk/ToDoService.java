package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlansInForce;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.policy.RetentionAnchor;
import io.github.liaisonsdk.policy.RetentionRule;
import io.github.liaisonsdk.policy.TermCalendar;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.ToDoNotifications;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.todo.ToDoItem;
import io.github.liaisonsdk.todo.ToDoKind;
import io.github.liaisonsdk.todo.ToDoOwner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The to-do list use case: what is due, computed from the records at each call. Thread-safe. */
final class ToDoService implements ToDo {
  /** Routine contacts are looked for this far before a plan took effect: beyond a termly plan's allowance. */
  private static final int ROUTINE_LOOKBACK_DAYS = 200;

  private static final Comparator<ToDoItem> ORDER =
      Comparator.comparing(ToDoItem::due)
          .thenComparing(ToDoItem::kind)
          .thenComparing(ToDoItem::subject)
          .thenComparing(ToDoItem::id);

  private final SchoolRecords records;

  ToDoService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public List<ToDoItem> items(StaffId reader) {
    records.requireOwnTransaction("the to-do list");
    StaffMember member = records.staffMember(reader);
    boolean everything = SchoolRecords.headship(member);
    List<ToDoItem> mine =
        all().stream()
            .filter(
                item ->
                    everything
                        || item.owner().staff().map(member.id()::equals).orElse(false)
                        || item.owner().post().map(member.designations()::contains).orElse(false))
            .toList();
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(member.id()),
        "to-do",
        Map.of("event", "to-do list", "items", Integer.toString(mine.size())));
    return mine;
  }

  @Override
  public List<ToDoItem> push(ToDoNotifications notifications) {
    records.requireOwnTransaction("pushing the to-do list");
    Checks.present(notifications, "ToDo", "notifications");
    List<ToDoItem> items = all();
    try {
      notifications.publish(records.today(), items);
    } catch (RuntimeException failed) {
      records.audit.record(
          AuditEventType.WORKFLOW,
          Optional.empty(),
          "to-do",
          Map.of("event", "to-do push failed", "items", Integer.toString(items.size())));
      throw failed;
    }
    records.audit.record(
        AuditEventType.WORKFLOW,
        Optional.empty(),
        "to-do",
        Map.of("event", "to-do pushed", "items", Integer.toString(items.size())));
    return items;
  }

  /** Every open item of the school, earliest due first. */
  List<ToDoItem> all() {
    LocalDate today = records.today();
    TermCalendar calendar = records.pack().calendar();
    MonitoringQueries queries = records.store.monitoring();
    List<ToDoItem> items = new ArrayList<>();
    Map<PupilId, LiaisonPlan> inForce =
        PlansInForce.on(today, queries.latestPlans(), records.store.plans()::versions);
    routineAndPlanReviews(inForce, calendar, today, items);
    for (PolicyPack pack = records.pack(); pack != null; pack = pack.group().orElse(null)) {
      LocalDate due = pack.metadata().reviewDue().dueBy(pack.calendar());
      if (!due.isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
        items.add(
            item(
                ToDoKind.PACK_REVIEW_DUE,
                ToDoOwner.of(Designation.HEADTEACHER),
                due,
                today,
                Optional.empty(),
                pack.id().value(),
                pack.version() + "@" + due));
      }
    }
    for (ExternalContactCase disclosed : queries.casesAwaitingReview()) {
      LocalDate disclosedOn = disclosed.disclosedAt().atZone(records.zone).toLocalDate();
      // A planned meeting should be reviewed before it happens; anything else as soon as it is
      // disclosed.
      LocalDate due =
          disclosed.plannedFor().filter(d -> d.isAfter(disclosedOn)).orElse(disclosedOn);
      items.add(
          item(
              ToDoKind.DISCLOSURE_AWAITING_REVIEW,
              ToDoOwner.of(records.disclosureReviewer(disclosed)),
              due,
              today,
              Optional.of(disclosed.pupil()),
              disclosed.id().value(),
              ""));
    }
    for (ConsultationRecord agreed : whoInformsUnrecorded(queries)) {
      items.add(
          item(
              ToDoKind.WHO_INFORMS_UNRECORDED,
              ToDoOwner.of(Designation.DESIGNATED_SAFEGUARDING_LEAD),
              agreed.consultedAt().atZone(records.zone).toLocalDate(),
              today,
              Optional.of(agreed.pupil()),
              agreed.id().value(),
              ""));
    }
    for (FileTransfer transfer : records.store.childProtectionFiles().openTransfers()) {
      // Overdue the day after its due date, as KCSIE counts it: the fifth school day is still in
      // time.
      ToDoItem due =
          item(
              ToDoKind.FILE_TRANSFER_DUE,
              ToDoOwner.of(Designation.DESIGNATED_SAFEGUARDING_LEAD),
              transfer.dueBy(),
              today,
              Optional.of(transfer.pupil()),
              transfer.id().value(),
              "");
      items.add(due);
    }
    disposalReviews(today, items);
    items.sort(ORDER);
    return List.copyOf(items);
  }

  private void routineAndPlanReviews(
      Map<PupilId, LiaisonPlan> inForce,
      TermCalendar calendar,
      LocalDate today,
      List<ToDoItem> items) {
    if (inForce.isEmpty()) {
      return;
    }
    LocalDate earliest =
        inForce.values().stream()
            .map(LiaisonPlan::effectiveFrom)
            .min(LocalDate::compareTo)
            .orElseThrow()
            .minusDays(ROUTINE_LOOKBACK_DAYS);
    Map<PupilId, List<Instant>> routine =
        records
            .store
            .monitoring()
            .routineContacts(
                earliest.atStartOfDay(records.zone).toInstant(),
                today.plusDays(1).atStartOfDay(records.zone).toInstant());
    for (LiaisonPlan plan : inForce.values()) {
      List<Instant> contacts = routine.getOrDefault(plan.pupil(), List.of());
      LocalDate since =
          contacts.isEmpty()
              ? plan.effectiveFrom()
              : contacts.get(contacts.size() - 1).atZone(records.zone).toLocalDate();
      Frequency frequency = plan.routine().frequency();
      LocalDate due = calendar.schoolDayAfter(since, frequency.schoolDayAllowance());
      LocalDate overdueFrom = calendar.schoolDayAfter(since, frequency.schoolDayAllowance() + 1);
      if (!today.isBefore(overdueFrom) && !plan.schoolSide().isEmpty()) {
        ToDoOwner owner = ToDoOwner.of(plan.schoolSide().get(0));
        items.add(
            item(
                ToDoKind.ROUTINE_CONTACT_OVERDUE,
                owner,
                due,
                today,
                Optional.of(plan.pupil()),
                plan.id().value(),
                since + "|" + frequency));
      }
      if (!plan.reviewDue().isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
        items.add(
            item(
                ToDoKind.PLAN_REVIEW_DUE,
                ToDoOwner.of(Designation.HEADTEACHER),
                plan.reviewDue(),
                today,
                Optional.of(plan.pupil()),
                plan.id().value(),
                plan.reviewDue().toString()));
      }
    }
  }

  /**
   * The LA agreements still waiting for who informs the other services: each candidate the store offers, kept
   * only if it is the latest LA consultation on its pupil and topic.
   */
  private List<ConsultationRecord> whoInformsUnrecorded(MonitoringQueries queries) {
    List<ConsultationRecord> open = new ArrayList<>();
    Map<PupilId, List<ConsultationRecord>> byPupil = new HashMap<>();
    for (ConsultationRecord candidate : queries.whoInformsUnrecorded()) {
      List<ConsultationRecord> all =
          byPupil.computeIfAbsent(
              candidate.pupil(), pupil -> records.store.consultations().forPupil(pupil));
      ConsultationRecord latest = null;
      for (ConsultationRecord c : all) {
        if (c.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM && c.topic() == candidate.topic()) {
          latest = c;
        }
      }
      if (candidate.equals(latest)
          && candidate.whoInformsOtherServices().isEmpty()
          && candidate.outcome() == io.github.liaisonsdk.sharing.ConsultationOutcome.AGREED) {
        open.add(candidate);
      }
    }
    return open;
  }

  /** Child protection files whose retention period, or last retention, has ended. */
  private void disposalReviews(LocalDate today, List<ToDoItem> items) {
    RetentionRule rule = records.pack().retention().get(RecordKind.CHILD_PROTECTION_FILE);
    if (rule == null) {
      return;
    }
    for (Pupil pupil : records.store.pupils().all()) {
      // Counted from the date of birth, a file cannot be due before the period has run from it:
      // most pupils are
      // passed over without reading their records.
      if (rule.countedFrom() == RetentionAnchor.DATE_OF_BIRTH
          && pupil
              .dateOfBirth()
              .map(born -> born.plusYears(rule.years()).isAfter(today))
              .orElse(true)) {
        continue;
      }
      records
          .dueFile(records.store, pupil)
          .ifPresent(
              due ->
                  items.add(
                      item(
                          ToDoKind.DISPOSAL_REVIEW_DUE,
                          ToDoOwner.of(Designation.DESIGNATED_SAFEGUARDING_LEAD),
                          due.dueFrom(),
                          today,
                          Optional.of(pupil.id()),
                          pupil.id().value(),
                          due.dueFrom().toString())));
    }
  }

  private static ToDoItem item(
      ToDoKind kind,
      ToDoOwner owner,
      LocalDate due,
      LocalDate today,
      Optional<PupilId> pupil,
      String subject,
      String occasion) {
    // A new owner or a new due date is a new item: the owner that was told of the old one is told
    // of this one.
    return new ToDoItem(
        id(kind, subject, occasion + "|" + owner + "|" + due),
        kind,
        owner,
        due,
        due.isBefore(today),
        kind.clause(),
        pupil,
        subject);
  }

  /** The same for as long as the item is the same: its kind, what it is about, and the occasion that opened it. */
  private static String id(ToDoKind kind, String subject, String occasion) {
    return "todo-" + Hashing.sha256(kind.name() + "|" + subject + "|" + occasion).substring(0, 32);
  }
}
