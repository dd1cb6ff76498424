package io.github.liaisonsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.childprotection.TransferBundle;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.todo.ToDoItem;
import io.github.liaisonsdk.todo.ToDoKind;
import io.github.liaisonsdk.todo.ToDoOwner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The to-do list from a school's state: the same items, owners, due dates, clauses and ids on every store. An
 * adapter's test extends this class and supplies a fresh, empty store; the in-memory adapter, H2 and PostgreSQL all
 * run it. Today is Wednesday 9 December 2026 in London; the pack (Coxlease, LP36) has no local term dates, so the
 * conventional English year applies: autumn term from Monday 7 September to Friday 18 December, spring from
 * Monday 4 January 2027.
 */
public abstract class ToDoContract {
  protected static final ZoneId LONDON = ZoneId.of("Europe/London");
  protected static final Instant NOW = Instant.parse("2026-12-09T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
  private static final PupilId OLD = PupilId.of("pupil-old-file");
  private static final ToDoOwner HEAD_POST = ToDoOwner.of(Designation.HEADTEACHER);
  private static final ToDoOwner DSL_POST = ToDoOwner.of(Designation.DESIGNATED_SAFEGUARDING_LEAD);

  protected Liaison liaison;
  protected LiaisonStore store;

  /**
   * A new, empty store for one test.
   *
   * @return the store
   */
  protected abstract LiaisonStore newStore();

  @BeforeEach
  void school() {
    store = newStore();
    liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .zone(LONDON)
            .clock(Clock.fixed(NOW, LONDON))
            .build();
    TestSchool.staff().forEach(liaison.school()::synchroniseStaff);
    for (ResidenceContext context : ResidenceContext.values()) {
      liaison.school().synchronisePupil(Fixtures.pupil(context));
      liaison
          .school()
          .approvePlan(
              context == ResidenceContext.CARE_HOME
                  ? Fixtures.planBuilder(context).reviewDue(LocalDate.of(2026, 12, 20)).build()
                  : Fixtures.plan(context));
    }
    // Boarding's weekly contact was on Monday: five school days' allowance runs to Monday 14
    // December.
    liaison
        .records()
        .record(
            Fixtures.record(
                "r-boarding", ResidenceContext.BOARDING, Instant.parse("2026-12-07T09:00:00Z")));
    // HSL-7: one disclosure waits for the headteacher, one was reviewed.
    disclose("case-open", ResidenceContext.INPATIENT_UNIT, Optional.of(LocalDate.of(2026, 12, 12)));
    disclose("case-reviewed", ResidenceContext.FE_ACCOMMODATION, Optional.empty());
    liaison
        .outOfHours()
        .review(
            CaseId.of("case-reviewed"),
            HeadReview.builder()
                .reviewer(Fixtures.HEAD)
                .reviewedAt(NOW)
                .decision(CaseAction.APPROVE)
                .conflictOfInterest(false)
                .reasons(ConfidentialText.of(Fixtures.MARKER + " appropriate"))
                .build());
    // LP36-6.2: an agreement without who informs; another completed by a later consultation.
    laConsultation(
        "c-la-open",
        ResidenceContext.DAY_IN_CHILDRENS_HOME,
        "2026-12-08T10:00:00Z",
        Optional.empty());
    laConsultation(
        "c-la-first", ResidenceContext.CARE_HOME, "2026-12-07T10:00:00Z", Optional.empty());
    laConsultation(
        "c-la-then",
        ResidenceContext.CARE_HOME,
        "2026-12-08T11:00:00Z",
        Optional.of(WhoInforms.REFERRER));
    // Leavers, each with a child protection file: an in-year move overdue, an end-of-term move due
    // in the new term, a transfer completed.
    for (ResidenceContext leaver :
        List.of(
            ResidenceContext.DAY_WITH_FAMILY,
            ResidenceContext.SCHOOL_CARE_ACCOMMODATION,
            ResidenceContext.BOARDING)) {
      store
          .contacts()
          .append(
              Fixtures.recordBuilder("cp-" + leaver, leaver, Instant.parse("2026-10-05T09:00:00Z"))
                  .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                  .kind(io.github.liaisonsdk.contact.ContactKind.EMERGENCY)
                  .emergencyRaisedAt(Instant.parse("2026-10-05T08:50:00Z"))
                  .build());
    }
    liaison
        .childProtectionFiles()
        .recordLeaving(
            TransferId.of("t-in-year"),
            Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY),
            LocalDate.of(2026, 12, 1),
            "Northgate Academy",
            TestSchool.DSL);
    liaison
        .childProtectionFiles()
        .recordLeaving(
            TransferId.of("t-end-of-term"),
            Fixtures.pupilId(ResidenceContext.SCHOOL_CARE_ACCOMMODATION),
            LocalDate.of(2026, 12, 18),
            "Southfield College",
            TestSchool.DSL);
    liaison
        .childProtectionFiles()
        .recordLeaving(
            TransferId.of("t-done"),
            Fixtures.pupilId(ResidenceContext.BOARDING),
            LocalDate.of(2026, 11, 20),
            "Eastbrook School",
            TestSchool.DSL);
    TransferBundle bundle =
        liaison
            .childProtectionFiles()
            .send(TransferId.of("t-done"), TransferMethod.SECURE_ELECTRONIC, TestSchool.DSL);
    liaison
        .childProtectionFiles()
        .confirmReceipt(
            TransferId.of("t-done"),
            "J. Smith, DSL at Eastbrook",
            TODAY,
            bundle.seal(),
            TestSchool.DSL);
    // LP36-4e: a child protection file past the pack's 35 years from the date of birth.
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(ResidenceContext.DAY_WITH_FAMILY))
                .id(OLD)
                .dateOfBirth(LocalDate.of(1980, 1, 15))
                .build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder(
                    "r-old-file",
                    ResidenceContext.DAY_WITH_FAMILY,
                    Instant.parse("1994-05-10T09:00:00Z"))
                .pupil(OLD)
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .location(RecordLocation.SAFEGUARDING_RECORD)
                .build());
  }

  private void disclose(String id, ResidenceContext context, Optional<LocalDate> plannedFor) {
    liaison
        .outOfHours()
        .disclose(
            CaseId.of(id),
            Fixtures.pupilId(context),
            Fixtures.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER + " met at a club"),
            plannedFor);
  }

  private void laConsultation(
      String id, ResidenceContext context, String at, Optional<WhoInforms> who) {
    liaison
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .id(ConsultationId.of(id))
                .pupil(Fixtures.pupilId(context))
                .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                .consultedBy(TestSchool.SITE_MANAGER)
                .recordedBy(TestSchool.DSL)
                .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                .consultedAt(Instant.parse(at))
                .outcome(ConsultationOutcome.AGREED)
                .whoInformsOtherServices(who)
                .build());
  }

  private static Tuple routineOverdue(ResidenceContext context) {
    return tuple(
        ToDoKind.ROUTINE_CONTACT_OVERDUE,
        ToDoOwner.of(Fixtures.TEACHER),
        LocalDate.of(2026, 9, 11),
        true,
        Optional.of(Fixtures.pupilId(context)),
        "plan-" + context.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static List<Tuple> expected() {
    List<Tuple> items = new ArrayList<>();
    items.add(
        tuple(
            ToDoKind.DISPOSAL_REVIEW_DUE,
            DSL_POST,
            LocalDate.of(2015, 1, 16),
            true,
            Optional.of(OLD),
            OLD.value()));
    items.add(
        tuple(
            ToDoKind.PACK_REVIEW_DUE,
            HEAD_POST,
            LocalDate.of(2024, 1, 31),
            true,
            Optional.empty(),
            "coxlease-lp36"));
    items.add(
        tuple(
            ToDoKind.PACK_REVIEW_DUE,
            HEAD_POST,
            LocalDate.of(2024, 1, 31),
            true,
            Optional.empty(),
            "ecs36-group"));
    // Same day, same kind: by what the item is about.
    java.util.Arrays.stream(ResidenceContext.values())
        .filter(context -> context != ResidenceContext.BOARDING)
        .sorted(java.util.Comparator.comparing(Enum::name))
        .forEach(context -> items.add(routineOverdue(context)));
    items.add(
        tuple(
            ToDoKind.WHO_INFORMS_UNRECORDED,
            DSL_POST,
            LocalDate.of(2026, 12, 8),
            true,
            Optional.of(Fixtures.pupilId(ResidenceContext.DAY_IN_CHILDRENS_HOME)),
            "c-la-open"));
    items.add(
        tuple(
            ToDoKind.FILE_TRANSFER_DUE,
            DSL_POST,
            LocalDate.of(2026, 12, 8),
            true,
            Optional.of(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY)),
            "t-in-year"));
    items.add(
        tuple(
            ToDoKind.DISCLOSURE_AWAITING_REVIEW,
            HEAD_POST,
            LocalDate.of(2026, 12, 12),
            false,
            Optional.of(Fixtures.pupilId(ResidenceContext.INPATIENT_UNIT)),
            "case-open"));
    items.add(
        tuple(
            ToDoKind.PLAN_REVIEW_DUE,
            HEAD_POST,
            LocalDate.of(2026, 12, 20),
            false,
            Optional.of(Fixtures.pupilId(ResidenceContext.CARE_HOME)),
            "plan-care_home"));
    items.add(
        tuple(
            ToDoKind.FILE_TRANSFER_DUE,
            DSL_POST,
            LocalDate.of(2027, 1, 8),
            false,
            Optional.of(Fixtures.pupilId(ResidenceContext.SCHOOL_CARE_ACCOMMODATION)),
            "t-end-of-term"));
    return items;
  }

  @Test
  @DisplayName(
      "LP36-4b / LP36-4 / HSL-11 / HSL-7 / LP36-6.2 / LP36-4e: every item with its owner, due date and clause, earliest due first")
  void everyItemFromTheSchoolsState() {
    List<ToDoItem> items = liaison.toDo().items(Fixtures.HEAD);
    assertThat(items)
        .extracting(
            ToDoItem::kind,
            ToDoItem::owner,
            ToDoItem::due,
            ToDoItem::overdue,
            ToDoItem::pupil,
            ToDoItem::subject)
        .containsExactlyElementsOf(expected());
    assertThat(items).allSatisfy(item -> assertThat(item.clause()).isEqualTo(item.kind().clause()));
    assertThat(items)
        .extracting(ToDoItem::id)
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("todo-[0-9a-f]{32}"));
  }

  @Test
  @DisplayName("LP36-4b: an item keeps its id while it is open, and a new last contact closes it")
  void stableIdsUntilDone() {
    List<String> before = liaison.toDo().items(Fixtures.HEAD).stream().map(ToDoItem::id).toList();
    assertThat(liaison.toDo().items(Fixtures.HEAD).stream().map(ToDoItem::id).toList())
        .isEqualTo(before);
    liaison
        .records()
        .record(
            Fixtures.record(
                "r-family",
                ResidenceContext.DAY_WITH_FAMILY,
                Instant.parse("2026-12-09T08:00:00Z")));
    List<ToDoItem> after = liaison.toDo().items(Fixtures.HEAD);
    assertThat(after)
        .noneMatch(
            item ->
                item.kind() == ToDoKind.ROUTINE_CONTACT_OVERDUE
                    && item.pupil()
                        .equals(Optional.of(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY))));
    assertThat(before)
        .containsAll(after.stream().map(ToDoItem::id).toList())
        .hasSize(after.size() + 1);
  }

  @Test
  @DisplayName(
      "HSL-7 / LP36-4e: each member of staff sees the items of their name and post; the headship sees all")
  void ownersSeeTheirOwn() {
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .extracting(ToDoItem::kind)
        .containsOnly(
            ToDoKind.DISPOSAL_REVIEW_DUE,
            ToDoKind.FILE_TRANSFER_DUE,
            ToDoKind.WHO_INFORMS_UNRECORDED)
        .hasSize(4);
    assertThat(liaison.toDo().items(Fixtures.TEACHER))
        .extracting(ToDoItem::kind)
        .containsOnly(ToDoKind.ROUTINE_CONTACT_OVERDUE)
        .hasSize(ResidenceContext.values().length - 1);
    assertThat(liaison.toDo().items(TestSchool.OFFICE)).isEmpty();
    assertThat(liaison.toDo().items(TestSchool.ASSISTANT_HEAD)).hasSize(expected().size());
  }

  @Test
  @DisplayName(
      "LP36-4e: a receipt, a head's review, who informs and a retention each close their item")
  void doneItemsLeaveTheList() {
    TransferBundle bundle =
        liaison
            .childProtectionFiles()
            .send(TransferId.of("t-in-year"), TransferMethod.HAND_DELIVERED, TestSchool.DSL);
    liaison
        .childProtectionFiles()
        .confirmReceipt(
            TransferId.of("t-in-year"), "A. Patel, DSL", TODAY, bundle.seal(), TestSchool.DSL);
    liaison
        .outOfHours()
        .review(
            CaseId.of("case-open"),
            HeadReview.builder()
                .reviewer(Fixtures.HEAD)
                .reviewedAt(NOW)
                .decision(CaseAction.DECLINE)
                .conflictOfInterest(true)
                .reasons(ConfidentialText.of(Fixtures.MARKER + " conflict"))
                .build());
    laConsultation(
        "c-la-close",
        ResidenceContext.DAY_IN_CHILDRENS_HOME,
        "2026-12-09T09:00:00Z",
        Optional.of(WhoInforms.LA_SAFEGUARDING_TEAM));
    liaison
        .childProtectionFiles()
        .reviewDisposal(
            "review-1",
            OLD,
            DisposalDecision.RETAIN,
            Optional.of(LocalDate.of(2027, 12, 9)),
            Optional.of(RetentionReason.INQUIRY_OR_REVIEW),
            TestSchool.DSL);

    assertThat(liaison.toDo().items(Fixtures.HEAD))
        .extracting(ToDoItem::subject)
        .doesNotContain("t-in-year", "case-open", "c-la-open", OLD.value())
        .contains("t-end-of-term");
  }

  @Test
  @DisplayName(
      "LP36-7: the whole list is pushed to the vendor's notifications, as the list the headship sees")
  void pushedToNotifications() {
    List<List<ToDoItem>> pushed = new ArrayList<>();
    List<ToDoItem> sent =
        liaison
            .toDo()
            .push(
                (asOf, items) -> {
                  assertThat(asOf).isEqualTo(TODAY);
                  pushed.add(items);
                });
    assertThat(pushed).containsExactly(sent);
    assertThat(sent).isEqualTo(liaison.toDo().items(Fixtures.HEAD));
  }

  @Test
  @DisplayName(
      "LP36-4b: a plan version approved ahead of its start leaves the one in force on the list")
  void futureVersionLeavesTheCurrentOne() {
    List<ToDoItem> before = liaison.toDo().items(Fixtures.HEAD);
    liaison
        .school()
        .approvePlan(
            Fixtures.planBuilder(ResidenceContext.DAY_WITH_FAMILY)
                .version(2)
                .effectiveFrom(LocalDate.of(2027, 1, 4))
                .reviewDue(LocalDate.of(2028, 1, 4))
                .build());
    assertThat(liaison.toDo().items(Fixtures.HEAD)).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "LP36-4a / LP36-4b: a new named person or frequency is a new item, so the new owner is told")
  void newOwnerNewItem() {
    ToDoItem before =
        liaison.toDo().items(Fixtures.HEAD).stream()
            .filter(item -> item.subject().equals("plan-day_with_family"))
            .findFirst()
            .orElseThrow();
    liaison
        .school()
        .approvePlan(
            Fixtures.planBuilder(ResidenceContext.DAY_WITH_FAMILY)
                .version(2)
                .schoolSide(List.of(TestSchool.COLLEAGUE))
                .build());
    ToDoItem after =
        liaison.toDo().items(Fixtures.HEAD).stream()
            .filter(item -> item.subject().equals("plan-day_with_family"))
            .findFirst()
            .orElseThrow();
    assertThat(after.owner()).isEqualTo(ToDoOwner.of(TestSchool.COLLEAGUE));
    assertThat(after.id()).isNotEqualTo(before.id());
  }

  /** For adapters' own checks: a member of staff of the school. */
  protected static StaffId head() {
    return Fixtures.HEAD;
  }
}
