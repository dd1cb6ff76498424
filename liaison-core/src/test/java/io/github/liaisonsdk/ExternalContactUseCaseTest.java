package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.contact.WorkflowException;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExternalContactUseCaseTest {
  static final StaffId ASSISTANT_HEAD = StaffId.of("staff-assistant-head");
  static final ResidenceContext CONTEXT = ResidenceContext.DAY_WITH_FAMILY;
  static final CaseId CASE = CaseId.of("case-1");
  static final StaffId OTHER_TEACHER = StaffId.of("staff-teacher-2");

  InMemoryStore store;
  Liaison liaison;

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    liaison =
        Liaison.builder()
            .pack(StandardPacks.hsl())
            .store(store)
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
            .build();
    liaison.school().synchroniseStaff(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    liaison.school().synchroniseStaff(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    liaison
        .school()
        .synchroniseStaff(Fixtures.staff(ASSISTANT_HEAD, Designation.ASSISTANT_HEADTEACHER));
    liaison.school().synchroniseStaff(Fixtures.staff(OTHER_TEACHER, Designation.TEACHER));
    liaison.school().synchronisePupil(Fixtures.pupil(CONTEXT));
    liaison.school().approvePlan(Fixtures.plan(CONTEXT));
  }

  private ExternalContactCase disclose() {
    return liaison
        .outOfHours()
        .disclose(
            CASE,
            Fixtures.pupilId(CONTEXT),
            Fixtures.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER + " the family are my neighbours"),
            Optional.of(LocalDate.of(2026, 12, 5)));
  }

  private static HeadReview review(StaffId reviewer, CaseAction decision, boolean conflict) {
    var review =
        HeadReview.builder()
            .reviewer(reviewer)
            .reviewedAt(MORNING)
            .decision(decision)
            .conflictOfInterest(conflict)
            .reasons(ConfidentialText.of(Fixtures.MARKER + " discussed appropriateness"));
    if (decision == CaseAction.APPROVE_WITH_CONDITIONS) {
      review.addCondition("No school matters are discussed outside school");
    }
    return review.build();
  }

  private static ContactRecord liaisonForm(String id) {
    return Fixtures.recordBuilder(id, CONTEXT, MORNING)
        .kind(ContactKind.OUT_OF_HOURS)
        .location(RecordLocation.LIAISON_FORM)
        .level(ConfidentialityLevel.RESTRICTED)
        .build();
  }

  @Test
  @DisplayName(
      "HSL-6 / HSL-7 / HSL-8 / HSL-9: disclose, headteacher approves with conditions, contact logged on the restricted liaison form")
  void fullWorkflow() {
    assertThat(disclose().state()).isEqualTo(CaseState.DISCLOSED);
    ExternalContactCase approved =
        liaison
            .outOfHours()
            .review(CASE, review(Fixtures.HEAD, CaseAction.APPROVE_WITH_CONDITIONS, true));
    assertThat(approved.state()).isEqualTo(CaseState.APPROVED_WITH_CONDITIONS);
    assertThat(approved.review().orElseThrow().conflictOfInterest()).isTrue();

    ExternalContactCase logged = liaison.outOfHours().log(CASE, liaisonForm("form-1"));
    assertThat(logged.state()).isEqualTo(CaseState.LOGGED);
    assertThat(logged.logged()).extracting(id -> id.value()).containsExactly("form-1");
    assertThat(liaison.outOfHours().log(CASE, liaisonForm("form-2")).logged()).hasSize(2);
    assertThat(store.externalContacts().versions(CASE))
        .extracting(ExternalContactCase::state)
        .containsExactly(
            CaseState.DISCLOSED,
            CaseState.APPROVED_WITH_CONDITIONS,
            CaseState.LOGGED,
            CaseState.LOGGED);

    assertThat(liaison.records().read(logged.logged().get(0), ASSISTANT_HEAD).contentGranted())
        .isTrue();
    // HSL-9: a colleague on the staff is told exactly what an id that is not held gets.
    NotFoundException hidden =
        catchThrowableOfType(
            NotFoundException.class,
            () -> liaison.records().read(logged.logged().get(0), OTHER_TEACHER));
    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class,
            () -> liaison.records().read(ContactRecordId.of("no-such-form"), OTHER_TEACHER));
    assertThat(hidden.getMessage().replace("form-1", "ID"))
        .isEqualTo(missing.getMessage().replace("no-such-form", "ID"));
    assertThat(liaison.records().chronology(Fixtures.pupilId(CONTEXT), OTHER_TEACHER)).isEmpty();
    // HSL-9: the entry's author may know it exists, but reads it back only if they hold a headship
    // post.
    RecordView own = liaison.records().read(logged.logged().get(0), Fixtures.TEACHER);
    assertThat(own.contentGranted()).isFalse();
    assertThat(own.withheldBy()).contains(Clause.HSL_9);

    List<AuditEvent> workflow =
        store.audit().read(1, 100).stream()
            .filter(e -> e.type() == AuditEventType.WORKFLOW)
            .toList();
    assertThat(workflow)
        .extracting(e -> e.details().get("to"))
        .containsExactly("DISCLOSED", "APPROVED_WITH_CONDITIONS", "LOGGED", "LOGGED");
    assertThat(store.audit().read(1, 100))
        .allSatisfy(e -> assertThat(e.toString()).doesNotContain(Fixtures.MARKER));
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName("HSL-8: logging a contact that was not approved is refused, and nothing is written")
  void hsl8_noLogWithoutApproval() {
    disclose();
    WorkflowException e =
        catchThrowableOfType(
            WorkflowException.class, () -> liaison.outOfHours().log(CASE, liaisonForm("form-1")));
    assertThat(e.clause()).isEqualTo(Clause.HSL_8);
    assertThat(store.contacts().find(liaisonForm("form-1").id())).isEmpty();
    assertThat(store.externalContacts().latest(CASE).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "HSL-7: no one approves their own disclosure; only the headteacher reviews; a decided case is not decided again")
  void hsl7_reviewRules() {
    liaison
        .outOfHours()
        .disclose(
            CASE,
            Fixtures.pupilId(CONTEXT),
            Fixtures.HEAD,
            true,
            ConfidentialText.of(Fixtures.MARKER),
            Optional.empty());
    assertThat(
            catchThrowableOfType(
                    WorkflowException.class,
                    () ->
                        liaison
                            .outOfHours()
                            .review(CASE, review(Fixtures.HEAD, CaseAction.APPROVE, false)))
                .clause())
        .isEqualTo(Clause.HSL_7);

    CaseId second = CaseId.of("case-2");
    liaison
        .outOfHours()
        .disclose(
            second,
            Fixtures.pupilId(CONTEXT),
            Fixtures.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER),
            Optional.empty());
    AccessDeniedException notHead =
        catchThrowableOfType(
            AccessDeniedException.class,
            () ->
                liaison
                    .outOfHours()
                    .review(second, review(ASSISTANT_HEAD, CaseAction.APPROVE, false)));
    assertThat(notHead.clauses()).containsExactly(Clause.HSL_7);

    liaison.outOfHours().review(second, review(Fixtures.HEAD, CaseAction.DECLINE, true));
    WorkflowException again =
        catchThrowableOfType(
            WorkflowException.class,
            () ->
                liaison
                    .outOfHours()
                    .review(second, review(Fixtures.HEAD, CaseAction.APPROVE, false)));
    assertThat(again.state()).isEqualTo(CaseState.DECLINED);
    assertThat(again.getMessage()).doesNotContain(Fixtures.MARKER);
  }

  @Test
  @DisplayName("HSL-2: a contact with a conflict of interest is never approved without conditions")
  void hsl2_conflictOfInterest() {
    io.github.liaisonsdk.testing.Violations.expectViolation(
        () -> review(Fixtures.HEAD, CaseAction.APPROVE, true), "decision", "HSL-2");
  }

  @Test
  @DisplayName(
      "HSL-6, HSL-7: a disclosure is withdrawn by its member of staff or the headteacher, by no one else, once")
  void hsl6_withdrawal() {
    liaison
        .school()
        .synchroniseStaff(Fixtures.staff(StaffId.of("staff-other"), Designation.TEACHER));
    disclose();
    // HSL-6: a colleague is not even told the disclosure exists.
    assertThatThrownBy(() -> liaison.outOfHours().withdraw(CASE, StaffId.of("staff-other")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("case case-1 is not held");
    assertThat(store.externalContacts().latest(CASE).orElseThrow().state())
        .isEqualTo(CaseState.DISCLOSED);
    ExternalContactCase withdrawn = liaison.outOfHours().withdraw(CASE, Fixtures.TEACHER);
    assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
    assertThat(withdrawn.version()).isEqualTo(2);
    assertThat(store.externalContacts().latest(CASE)).contains(withdrawn);
    assertThatThrownBy(() -> liaison.outOfHours().withdraw(CASE, Fixtures.HEAD))
        .isInstanceOf(WorkflowException.class);

    ExternalContactCase second =
        liaison
            .outOfHours()
            .disclose(
                CaseId.of("case-2"),
                Fixtures.pupilId(CONTEXT),
                Fixtures.TEACHER,
                false,
                ConfidentialText.of("met at a club"),
                Optional.empty());
    assertThat(liaison.outOfHours().withdraw(second.id(), Fixtures.HEAD).state())
        .isEqualTo(CaseState.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "HSL-6: an undisclosed contact found later is recorded as a closed breach by the headship")
  void hsl6_breach() {
    ExternalContactCase breach =
        liaison
            .outOfHours()
            .recordBreach(
                CaseId.of("breach-1"),
                Fixtures.pupilId(CONTEXT),
                Fixtures.TEACHER,
                ASSISTANT_HEAD,
                ConfidentialText.of(Fixtures.MARKER + " seen at the family's home"));
    assertThat(breach.state()).isEqualTo(CaseState.BREACH_RECORDED);
    assertThat(breach.state().closed()).isTrue();
    assertThatThrownBy(
            () ->
                liaison
                    .outOfHours()
                    .recordBreach(
                        CaseId.of("breach-2"),
                        Fixtures.pupilId(CONTEXT),
                        Fixtures.HEAD,
                        Fixtures.TEACHER,
                        ConfidentialText.of("x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> liaison.outOfHours().withdraw(breach.id(), Fixtures.TEACHER))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  @DisplayName("HSL-7: eight simultaneous reviews of one case: exactly one lands")
  void concurrentReviews() throws Exception {
    disclose();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Callable<Boolean> attempt =
        () -> {
          try {
            liaison.outOfHours().review(CASE, review(Fixtures.HEAD, CaseAction.DECLINE, false));
            return true;
          } catch (WorkflowException | io.github.liaisonsdk.port.ConcurrentUpdateException lost) {
            return false;
          }
        };
    List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(8, attempt));
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    long landed = 0;
    for (Future<Boolean> result : results) {
      landed += result.get() ? 1 : 0;
    }
    assertThat(landed).isEqualTo(1);
    assertThat(store.externalContacts().versions(CASE)).hasSize(2);
  }

  @Test
  @DisplayName(
      "HSL-7: the headteacher's own disclosure is reviewed by the chair of governors, through the same workflow, audited")
  void hsl7_headsOwnDisclosureGoesToTheChair() {
    StaffId chair = StaffId.of("staff-chair");
    liaison.school().synchroniseStaff(Fixtures.staff(chair, Designation.CHAIR_OF_GOVERNORS));
    liaison
        .outOfHours()
        .disclose(
            CASE,
            Fixtures.pupilId(CONTEXT),
            Fixtures.HEAD,
            false,
            ConfidentialText.of(Fixtures.MARKER + " the family are my neighbours"),
            Optional.empty());
    assertThat(liaison.toDo().items(chair))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind())
                  .isEqualTo(io.github.liaisonsdk.todo.ToDoKind.DISCLOSURE_AWAITING_REVIEW);
              assertThat(item.owner())
                  .isEqualTo(
                      io.github.liaisonsdk.todo.ToDoOwner.of(Designation.CHAIR_OF_GOVERNORS));
            });
    AccessDeniedException refused =
        catchThrowableOfType(
            AccessDeniedException.class,
            () ->
                liaison
                    .outOfHours()
                    .review(CASE, review(ASSISTANT_HEAD, CaseAction.APPROVE, false)));
    assertThat(refused.clauses()).containsExactly(Clause.HSL_7);
    assertThat(refused.getMessage()).contains("chair of governors").doesNotContain(Fixtures.MARKER);
    assertThat(
            catchThrowableOfType(
                NotFoundException.class,
                () ->
                    liaison
                        .outOfHours()
                        .review(CASE, review(OTHER_TEACHER, CaseAction.APPROVE, false))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                WorkflowException.class,
                () ->
                    liaison
                        .outOfHours()
                        .review(CASE, review(Fixtures.HEAD, CaseAction.APPROVE, false))))
        .isNotNull();

    ExternalContactCase reviewed =
        liaison.outOfHours().review(CASE, review(chair, CaseAction.APPROVE_WITH_CONDITIONS, false));
    assertThat(reviewed.state()).isEqualTo(CaseState.APPROVED_WITH_CONDITIONS);
    assertThat(reviewed.review().orElseThrow().reviewer()).isEqualTo(chair);
    assertThat(store.audit().read(1, 100))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).contains(chair);
              assertThat(e.details()).containsValue("APPROVE_WITH_CONDITIONS");
            });
    assertThat(liaison.toDo().items(chair)).isEmpty();
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "HSL-7: an ordinary disclosure stays the headteacher's; the chair of governors may not review it")
  void hsl7_chairDoesNotReviewStaffDisclosures() {
    StaffId chair = StaffId.of("staff-chair");
    liaison.school().synchroniseStaff(Fixtures.staff(chair, Designation.CHAIR_OF_GOVERNORS));
    disclose();
    // A member of staff's disclosure is not the chair's to know of: it answers as a case that is
    // not held.
    assertThat(
            catchThrowableOfType(
                    NotFoundException.class,
                    () ->
                        liaison.outOfHours().review(CASE, review(chair, CaseAction.APPROVE, false)))
                .getMessage())
        .isEqualTo("case case-1 is not held");
    assertThat(liaison.toDo().items(chair)).isEmpty();
    assertThat(liaison.toDo().items(Fixtures.HEAD))
        .extracting(i -> i.owner())
        .contains(io.github.liaisonsdk.todo.ToDoOwner.of(Designation.HEADTEACHER));
  }

  @Test
  @DisplayName(
      "HSL-7: who reviews a disclosure is fixed when it is made; a later change of the discloser's posts does not move it")
  void hsl7_reviewerFixedAtDisclosure() {
    disclose();
    // The teacher is made acting headteacher after disclosing: the case stays the headteacher's to
    // review.
    liaison
        .school()
        .synchroniseStaff(
            Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER, Designation.HEADTEACHER));
    ExternalContactCase reviewed =
        liaison.outOfHours().review(CASE, review(Fixtures.HEAD, CaseAction.APPROVE, false));
    assertThat(reviewed.reviewerPost()).contains(Designation.HEADTEACHER);
    assertThat(reviewed.state()).isEqualTo(CaseState.APPROVED);
  }

  @Test
  @DisplayName(
      "HSL-3 / HSL-7: a chair of governors on the directory is not staff: no sharing, no records, no staff figure")
  void hsl3_governorIsNotStaff() {
    StaffId chair = StaffId.of("staff-chair");
    liaison.school().synchroniseStaff(Fixtures.staff(chair, Designation.CHAIR_OF_GOVERNORS));
    io.github.liaisonsdk.sharing.Decision toChair =
        liaison
            .sharing()
            .decide(
                io.github.liaisonsdk.sharing.SharingRequest.builder()
                    .requester(Fixtures.TEACHER)
                    .pupil(Fixtures.pupilId(CONTEXT))
                    .topic(io.github.liaisonsdk.confidentiality.Topic.ATTENDANCE)
                    .recipient(io.github.liaisonsdk.sharing.Recipient.staff(chair))
                    .purpose(io.github.liaisonsdk.sharing.Purpose.ROUTINE_LIAISON)
                    .build());
    assertThat(toChair.outcome()).isNotEqualTo(io.github.liaisonsdk.sharing.Outcome.PERMIT);
    io.github.liaisonsdk.basics.LiaisonValidationException asks =
        catchThrowableOfType(
            io.github.liaisonsdk.basics.LiaisonValidationException.class,
            () ->
                liaison
                    .sharing()
                    .decide(
                        io.github.liaisonsdk.sharing.SharingRequest.builder()
                            .requester(chair)
                            .pupil(Fixtures.pupilId(CONTEXT))
                            .topic(io.github.liaisonsdk.confidentiality.Topic.ATTENDANCE)
                            .recipient(
                                io.github.liaisonsdk.sharing.Recipient.familyContact(
                                    io.github.liaisonsdk.plan.ContactPersonId.of("counterpart")))
                            .purpose(io.github.liaisonsdk.sharing.Purpose.ROUTINE_LIAISON)
                            .build()));
    assertThat(asks.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("requester");
              assertThat(v.clause()).isEqualTo(Clause.HSL_3);
            });
    liaison.records().record(Fixtures.record("r-1", CONTEXT, MORNING));
    assertThat(liaison.records().chronology(Fixtures.pupilId(CONTEXT), chair)).isEmpty();
    assertThat(
            catchThrowableOfType(
                    NotFoundException.class,
                    () ->
                        liaison
                            .records()
                            .read(io.github.liaisonsdk.contact.ContactRecordId.of("r-1"), chair))
                .getMessage())
        .isEqualTo("contact record r-1 is not held");
    assertThat(liaison.publication().notAcknowledged(Fixtures.HEAD)).doesNotContain(chair);
  }
}
