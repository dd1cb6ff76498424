package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a hostile review of the enforcement boundary tried after it landed, each answered from the records. */
class BoundaryAttacksTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  static final ResidenceContext FAMILY = ResidenceContext.DAY_WITH_FAMILY;
  static final ResidenceContext HOME = ResidenceContext.CARE_HOME;

  final InMemoryStore store = InMemoryStore.create();
  final Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);

  static SharingRequest.Builder ask(
      StaffId requester, ResidenceContext pupil, Topic topic, Recipient recipient) {
    return SharingRequest.builder()
        .requester(requester)
        .pupil(Fixtures.pupilId(pupil))
        .topic(topic)
        .recipient(recipient)
        .purpose(Purpose.INFORMATION_REQUEST);
  }

  ConsultationId consult(
      String id,
      StaffId by,
      ResidenceContext pupil,
      Topic topic,
      ConsulteeRole role,
      Optional<StaffId> consultee,
      StaffId recordedBy,
      ConsultationOutcome outcome,
      Instant at) {
    return consult(id, by, pupil, topic, role, consultee, recordedBy, outcome, at, null);
  }

  ConsultationId consult(
      String id,
      StaffId by,
      ResidenceContext pupil,
      Topic topic,
      ConsulteeRole role,
      Optional<StaffId> consultee,
      StaffId recordedBy,
      ConsultationOutcome outcome,
      Instant at,
      ConfidentialityLevel classifiedAs) {
    return liaison
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .id(ConsultationId.of(id))
                .pupil(Fixtures.pupilId(pupil))
                .topic(topic)
                .consultedBy(by)
                .role(role)
                .consultee(consultee)
                .recordedBy(recordedBy)
                .consultedAt(at)
                .outcome(outcome)
                .classifiedAs(Optional.ofNullable(classifiedAs))
                .whoInformsOtherServices(
                    role == ConsulteeRole.LA_SAFEGUARDING_TEAM
                            && outcome == ConsultationOutcome.AGREED
                        ? Optional.of(WhoInforms.REFERRER)
                        : Optional.empty())
                .build())
        .id();
  }

  @Test
  @DisplayName(
      "HSL-4 / HSL-5 / HSL-9: a raised level only ever closes: RESTRICTED skips neither the line manager nor the head's check")
  void raisingNeverOpens() {
    Decision unraised =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.CONCERNS_AND_SAFEGUARDING,
                        Recipient.staff(TestSchool.ASSISTANT_HEAD))
                    .build());
    Decision raised =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.CONCERNS_AND_SAFEGUARDING,
                        Recipient.staff(TestSchool.ASSISTANT_HEAD))
                    .raisedLevel(ConfidentialityLevel.RESTRICTED)
                    .build());
    assertThat(unraised.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(raised.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(raised.consult()).containsExactly(ConsulteeRole.LINE_MANAGER);
    Decision inDoubt =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.OFFICE,
                        FAMILY,
                        Topic.PROGRESS,
                        Recipient.staff(TestSchool.ASSISTANT_HEAD))
                    .inDoubt(true)
                    .raisedLevel(ConfidentialityLevel.RESTRICTED)
                    .build());
    assertThat(inDoubt.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(inDoubt.clauses()).containsExactly(Clause.HSL_5);
  }

  @Test
  @DisplayName(
      "LP36-6.1 / HSL-4: the latest consultation on record counts, not the one the requester chooses to cite")
  void latestOnRecordCounts() {
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder().from(Fixtures.pupil(HOME)).addOtherService(ServiceId.of("h")).build());
    ConsultationId agreed =
        consult(
            "c-yes",
            TestSchool.SITE_MANAGER,
            HOME,
            Topic.CONCERNS_AND_SAFEGUARDING,
            ConsulteeRole.LA_SAFEGUARDING_TEAM,
            Optional.empty(),
            TestSchool.DSL,
            ConsultationOutcome.AGREED,
            Fixtures.MORNING);
    SharingRequest share =
        ask(
                TestSchool.SITE_MANAGER,
                HOME,
                Topic.CONCERNS_AND_SAFEGUARDING,
                Recipient.outside(RecipientKind.OTHER_GROUP_SERVICE))
            .addConsultations(agreed)
            .build();
    assertThat(liaison.sharing().decide(share).outcome()).isEqualTo(Outcome.PERMIT);
    consult(
        "c-no",
        TestSchool.SITE_MANAGER,
        HOME,
        Topic.CONCERNS_AND_SAFEGUARDING,
        ConsulteeRole.LA_SAFEGUARDING_TEAM,
        Optional.empty(),
        TestSchool.DSL,
        ConsultationOutcome.DECLINED,
        Fixtures.MORNING.plusSeconds(3600));
    assertThat(liaison.sharing().decide(share).outcome())
        .as("the later refusal on record holds")
        .isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName(
      "HSL-4 / HSL-5 / LP36-6.1: a consultation is recorded by the consultee, the LA team's by a safeguarding post")
  void consultationsAreNotSelfAttested() {
    LiaisonValidationException byRequester =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                consult(
                    "c-1",
                    TestSchool.TEACHER,
                    FAMILY,
                    Topic.RISKS,
                    ConsulteeRole.HEADSHIP,
                    Optional.of(TestSchool.HEAD),
                    TestSchool.TEACHER,
                    ConsultationOutcome.DECLINED,
                    Fixtures.MORNING));
    assertThat(byRequester.cites(Clause.HSL_5)).isTrue();
    LiaisonValidationException laByAssistant =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                consult(
                    "c-2",
                    TestSchool.SUPPORT_ASSISTANT,
                    FAMILY,
                    Topic.CONCERNS_AND_SAFEGUARDING,
                    ConsulteeRole.LA_SAFEGUARDING_TEAM,
                    Optional.empty(),
                    TestSchool.SUPPORT_ASSISTANT,
                    ConsultationOutcome.AGREED,
                    Fixtures.MORNING));
    assertThat(laByAssistant.cites(Clause.LP36_6_1)).isTrue();
    assertThat(store.consultations().forPupil(Fixtures.pupilId(FAMILY))).isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-9: decisions and reads are refused inside a caller's transaction, whose rollback would take their audit with it")
  void callerTransactionIsForWrites() {
    Liaison joined = liaison.inCallerTransaction(store);
    assertThatThrownBy(
            () ->
                joined
                    .sharing()
                    .decide(
                        ask(
                                TestSchool.TEACHER,
                                FAMILY,
                                Topic.ATTENDANCE,
                                Recipient.outside(RecipientKind.PUBLIC))
                            .build()))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("rollback");
    assertThatThrownBy(() -> joined.records().chronology(Fixtures.pupilId(FAMILY), TestSchool.HEAD))
        .isInstanceOf(LiaisonException.class);
    joined.records().record(Fixtures.record("r-joined", FAMILY, Fixtures.MORNING));
    assertThat(store.contacts().find(ContactRecordId.of("r-joined"))).isPresent();
  }

  @Test
  @DisplayName(
      "LP36-4e: a subject access response is prepared by the headship, not by any member of staff")
  void subjectAccessByTheHeadship() {
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .dataProtection()
                            .subjectAccessExport(Fixtures.pupilId(FAMILY), TestSchool.OFFICE))
                .clauses())
        .containsExactly(Clause.LP36_4E);
    assertThat(
            liaison
                .dataProtection()
                .subjectAccessExport(Fixtures.pupilId(FAMILY), TestSchool.ASSISTANT_HEAD)
                .pupil()
                .id())
        .isEqualTo(Fixtures.pupilId(FAMILY));
  }

  @Test
  @DisplayName(
      "LP36-4d / LP36-4e: amendments are dated after the record, held to the plan, and never bring a disposal forward")
  void amendmentsAreHeldToThePlan() {
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-1", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .build());
    Amendment.Builder amendment =
        Amendment.builder()
            .record(ContactRecordId.of("r-1"))
            .author(TestSchool.TEACHER)
            .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
            .reason("correction");
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .records()
                            .amend(
                                amendment
                                    .amendedAt(Instant.parse("1990-01-01T00:00:00Z"))
                                    .addTopic(Topic.PROGRESS)
                                    .build()))
                .cites(Clause.LP36_4D))
        .isTrue();
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .records()
                            .amend(
                                Amendment.builder()
                                    .record(ContactRecordId.of("r-1"))
                                    .author(TestSchool.TEACHER)
                                    .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                                    .reason("topic")
                                    .addTopic(Topic.CURRICULUM)
                                    .build()))
                .violations())
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("topics"));
    // Moved back to 2001, the record would fall due for disposal at once: the plan it was made
    // under refuses it.
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .records()
                            .amend(
                                Amendment.builder()
                                    .record(ContactRecordId.of("r-1"))
                                    .author(TestSchool.TEACHER)
                                    .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                                    .reason("date")
                                    .occurredAt(Instant.parse("2001-01-01T10:00:00Z"))
                                    .build()))
                .cites(Clause.LP36_4))
        .isTrue();
    assertThat(liaison.dataProtection().disposalRun(TestSchool.HEAD, Set.of()).disposed())
        .doesNotContain(ContactRecordId.of("r-1"));
    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.TEACHER)
                .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                .reason(Fixtures.MARKER + " free text")
                .summary(ConfidentialText.of("corrected"))
                .build());
    assertThat(store.audit().head().orElseThrow().details()).doesNotContainKey("reason");
    assertThat(store.audit().head().orElseThrow().toString()).doesNotContain(Fixtures.MARKER);
  }

  @Test
  @DisplayName(
      "HSL-4: once the headship narrows an author's record, the author's read is decided like anyone's")
  void authorsReadIsDecidedAfterNarrowing() {
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-1", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .build());
    assertThat(
            liaison.records().read(ContactRecordId.of("r-1"), TestSchool.TEACHER).contentGranted())
        .isTrue();
    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.HEAD)
                .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                .reason("safeguarding")
                .level(ConfidentialityLevel.SAFEGUARDING)
                .summary(ConfidentialText.of(Fixtures.MARKER + " new"))
                .build());
    RecordView author = liaison.records().read(ContactRecordId.of("r-1"), TestSchool.TEACHER);
    assertThat(author.contentGranted()).isFalse();
    assertThat(author.withheldBy()).contains(Clause.HSL_4);
  }

  @Test
  @DisplayName(
      "LP36-4: a plan version approved ahead of its start leaves the current version in force")
  void futureVersionLeavesTheCurrentInForce() {
    liaison
        .school()
        .approvePlan(
            LiaisonPlan.builder()
                .from(Fixtures.plan(FAMILY))
                .version(2)
                .effectiveFrom(LocalDate.of(2027, 1, 1))
                .approvedOn(LocalDate.of(2026, 11, 20))
                .build());
    Decision decision =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.ATTENDANCE,
                        Recipient.familyContact(ContactPersonId.of("counterpart")))
                    .build());
    assertThat(decision.outcome()).isEqualTo(Outcome.PERMIT);
  }

  @Test
  @DisplayName(
      "HSL-6 / HSL-9: a colleague probing someone's out-of-hours case is answered as for a case that is not held")
  void casesAreNotProbed() {
    CaseId id = CaseId.of("case-1");
    liaison
        .outOfHours()
        .disclose(
            id,
            Fixtures.pupilId(FAMILY),
            TestSchool.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER),
            Optional.empty());
    String missing =
        catchThrowableOfType(
                NotFoundException.class,
                () -> liaison.outOfHours().withdraw(CaseId.of("case-9"), TestSchool.COLLEAGUE))
            .getMessage();
    String hidden =
        catchThrowableOfType(
                NotFoundException.class,
                () -> liaison.outOfHours().withdraw(id, TestSchool.COLLEAGUE))
            .getMessage();
    assertThat(hidden.replace("case-1", "ID")).isEqualTo(missing.replace("case-9", "ID"));
    assertThatThrownBy(
            () ->
                liaison
                    .outOfHours()
                    .log(
                        id,
                        Fixtures.recordBuilder("f", FAMILY, Fixtures.MORNING)
                            .staff(TestSchool.COLLEAGUE)
                            .kind(ContactKind.OUT_OF_HOURS)
                            .location(RecordLocation.LIAISON_FORM)
                            .level(ConfidentialityLevel.RESTRICTED)
                            .build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                liaison
                    .outOfHours()
                    .review(
                        id,
                        HeadReview.builder()
                            .reviewer(TestSchool.COLLEAGUE)
                            .reviewedAt(Fixtures.MORNING)
                            .decision(CaseAction.APPROVE)
                            .conflictOfInterest(false)
                            .reasons(ConfidentialText.of("x"))
                            .build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName(
      "missing arguments are refused with the validation exception naming them, never a NullPointerException")
  @SuppressWarnings("NullAway")
  void missingArguments() {
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .outOfHours()
                            .disclose(
                                CaseId.of("c"),
                                Fixtures.pupilId(FAMILY),
                                TestSchool.TEACHER,
                                false,
                                ConfidentialText.of("x"),
                                null))
                .violations())
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("plannedFor"));
    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .read(ContactRecordId.of("r"), TestSchool.HEAD, (ConsultationId[]) null))
        .isInstanceOf(LiaisonValidationException.class);
    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .read(ContactRecordId.of("r"), TestSchool.HEAD, new ConsultationId[] {null}))
        .isInstanceOf(LiaisonValidationException.class);
    assertThatThrownBy(
            () ->
                liaison
                    .sharing()
                    .documentSafeguardingAgreement(
                        ConsultationId.of("c"), TestSchool.DSL, null, Set.of()))
        .isInstanceOf(LiaisonValidationException.class);
    assertThatThrownBy(() -> Liaison.builder().build())
        .isInstanceOf(LiaisonValidationException.class)
        .hasMessageContaining("pack");
    assertThatThrownBy(() -> io.github.liaisonsdk.json.LiaisonJson.read("{}", null))
        .isInstanceOf(LiaisonValidationException.class);
    assertThat(List.of()).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-6.1: the LA team's answer is recorded by the DSL or the headship, never by the requester alone")
  void laAnswerIsNotSelfRecorded() {
    LiaisonValidationException own =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                consult(
                    "la-own",
                    TestSchool.SITE_MANAGER,
                    HOME,
                    Topic.CONCERNS_AND_SAFEGUARDING,
                    ConsulteeRole.LA_SAFEGUARDING_TEAM,
                    Optional.empty(),
                    TestSchool.SITE_MANAGER,
                    ConsultationOutcome.AGREED,
                    Fixtures.MORNING));
    assertThat(own.cites(Clause.LP36_6_1)).isTrue();
    assertThat(
            consult(
                "la-dsl",
                TestSchool.SITE_MANAGER,
                HOME,
                Topic.CONCERNS_AND_SAFEGUARDING,
                ConsulteeRole.LA_SAFEGUARDING_TEAM,
                Optional.empty(),
                TestSchool.DSL,
                ConsultationOutcome.AGREED,
                Fixtures.MORNING))
        .isEqualTo(ConsultationId.of("la-dsl"));
  }

  @Test
  @DisplayName(
      "HSL-5: an agreement and a refusal made at the same instant: the refusal holds, whatever the ids")
  void tiesResolveToTheRefusal() {
    ConsultationId agreed =
        consult(
            "h-b",
            TestSchool.TEACHER,
            FAMILY,
            Topic.BEHAVIOUR,
            ConsulteeRole.HEADSHIP,
            Optional.of(TestSchool.ASSISTANT_HEAD),
            TestSchool.ASSISTANT_HEAD,
            ConsultationOutcome.AGREED,
            Fixtures.MORNING,
            ConfidentialityLevel.PUBLIC);
    consult(
        "h-a",
        TestSchool.TEACHER,
        FAMILY,
        Topic.BEHAVIOUR,
        ConsulteeRole.HEADSHIP,
        Optional.of(TestSchool.HEAD),
        TestSchool.HEAD,
        ConsultationOutcome.DECLINED,
        Fixtures.MORNING);
    assertThat(
            liaison
                .sharing()
                .decide(
                    ask(
                            TestSchool.TEACHER,
                            FAMILY,
                            Topic.BEHAVIOUR,
                            Recipient.outside(RecipientKind.PUBLIC))
                        .addConsultations(agreed)
                        .build())
                .outcome())
        .isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName("LP36-6.1: a DSL's own post does not outvote a refusal the DSL relies on")
  void dslRefusalHolds() {
    liaison
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(StaffId.of("dsl-2"))
                .addDesignation(io.github.liaisonsdk.staff.Designation.DESIGNATED_SAFEGUARDING_LEAD)
                .build());
    ConsultationId declined =
        consult(
            "d-1",
            TestSchool.DSL,
            FAMILY,
            Topic.CONCERNS_AND_SAFEGUARDING,
            ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD,
            Optional.of(StaffId.of("dsl-2")),
            StaffId.of("dsl-2"),
            ConsultationOutcome.DECLINED,
            Fixtures.MORNING);
    assertThat(
            liaison
                .sharing()
                .decide(
                    ask(
                            TestSchool.DSL,
                            FAMILY,
                            Topic.CONCERNS_AND_SAFEGUARDING,
                            Recipient.outside(RecipientKind.LA_SAFEGUARDING_TEAM))
                        .build())
                .outcome())
        .isEqualTo(Outcome.PERMIT);
    assertThat(
            liaison
                .sharing()
                .decide(
                    ask(
                            TestSchool.DSL,
                            FAMILY,
                            Topic.CONCERNS_AND_SAFEGUARDING,
                            Recipient.outside(RecipientKind.LA_SAFEGUARDING_TEAM))
                        .addConsultations(declined)
                        .build())
                .outcome())
        .isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName(
      "HSL-4: an author's free read ends with anyone else's amendment, a new topic and summary included")
  void anotherAmendmentEndsTheAuthorsFreeRead() {
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-1", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .build());
    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.HEAD)
                .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                .reason("concern")
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .summary(ConfidentialText.of(Fixtures.MARKER + " head"))
                .build());
    RecordView author = liaison.records().read(ContactRecordId.of("r-1"), TestSchool.TEACHER);
    assertThat(author.contentGranted()).isFalse();
  }

  @Test
  @DisplayName(
      "HSL-8 / LP36-4e: a liaison-form entry goes ahead after the approval and is not dated ahead of now")
  void liaisonFormIsNotBackDated() {
    Liaison hsl = TestSchool.open(StandardPacks.hsl(), InMemoryStore.create(), CLOCK);
    CaseId id = CaseId.of("case-1");
    hsl.outOfHours()
        .disclose(
            id,
            Fixtures.pupilId(FAMILY),
            TestSchool.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER),
            Optional.empty());
    hsl.outOfHours()
        .review(
            id,
            HeadReview.builder()
                .reviewer(TestSchool.HEAD)
                .reviewedAt(Fixtures.MORNING)
                .decision(CaseAction.APPROVE)
                .conflictOfInterest(false)
                .reasons(ConfidentialText.of("fine"))
                .build());
    Instant old = Instant.parse("2001-01-01T10:00:00Z");
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        hsl.outOfHours()
                            .log(
                                id,
                                Fixtures.recordBuilder("f-old", FAMILY, old)
                                    .kind(ContactKind.OUT_OF_HOURS)
                                    .location(RecordLocation.LIAISON_FORM)
                                    .level(ConfidentialityLevel.RESTRICTED)
                                    .build()))
                .cites(Clause.HSL_8))
        .isTrue();
    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .record(
                        Fixtures.recordBuilder(
                                "r-future", FAMILY, Instant.parse("2027-06-01T10:00:00Z"))
                            .build()))
        .isInstanceOf(LiaisonValidationException.class);
  }

  @Test
  @DisplayName("LP36-4e: a topic added by amendment never brings a disposal forward")
  void newTopicDoesNotHastenDisposal() {
    InMemoryStore hslStore = InMemoryStore.create();
    Liaison hsl = TestSchool.open(StandardPacks.hsl(), hslStore, CLOCK);
    hsl.school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(FAMILY))
                .dateOfBirth(LocalDate.of(2005, 1, 1))
                .build());
    hsl.records()
        .record(
            Fixtures.recordBuilder("r-1", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .build());
    hsl.records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.TEACHER)
                .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                .reason("concern")
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .build());
    Liaison in2030 =
        Liaison.builder()
            .pack(StandardPacks.hsl())
            .store(hslStore)
            .clock(Clock.fixed(Instant.parse("2030-06-01T09:00:00Z"), ZoneOffset.UTC))
            .build();
    assertThat(in2030.dataProtection().disposalRun(TestSchool.HEAD, Set.of()).disposed()).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-4a: a correcting version of a plan, back-dated, supersedes the version it corrects")
  void correctionSupersedes() {
    liaison
        .school()
        .approvePlan(
            LiaisonPlan.builder()
                .from(Fixtures.plan(FAMILY))
                .version(2)
                .schoolSide(List.of(TestSchool.COLLEAGUE))
                .effectiveFrom(LocalDate.of(2026, 8, 25))
                .approvedOn(LocalDate.of(2026, 8, 20))
                .build());
    Decision toOldNamed =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.SUPPORT_ASSISTANT,
                        FAMILY,
                        Topic.RISKS,
                        Recipient.staff(TestSchool.TEACHER))
                    .build());
    assertThat(toOldNamed.outcome())
        .as("the teacher is no longer named on the plan in force")
        .isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName("HSL-9: only the headship amends a restricted record, its author included")
  void restrictedAmendedByTheHeadshipOnly() {
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-r", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .records()
                            .amend(
                                Amendment.builder()
                                    .record(ContactRecordId.of("r-r"))
                                    .author(TestSchool.TEACHER)
                                    .amendedAt(Fixtures.MORNING.plus(Duration.ofDays(1)))
                                    .reason("mine")
                                    .summary(ConfidentialText.of(Fixtures.MARKER))
                                    .build()))
                .clauses())
        .contains(Clause.HSL_9);
  }

  @Test
  @DisplayName(
      "missing arguments at every use case are validation errors, never a NullPointerException")
  void missingArgumentsEverywhere() {
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        List.of(
            () -> liaison.sharing().decide(null),
            () -> liaison.sharing().recordConsultation(null),
            () -> liaison.records().record(null),
            () -> liaison.records().amend(null),
            () -> liaison.records().chronology(null, TestSchool.HEAD),
            () -> liaison.outOfHours().log(CaseId.of("c"), null),
            () -> liaison.outOfHours().review(CaseId.of("c"), null),
            () -> liaison.school().synchroniseStaff(null),
            () -> liaison.school().synchronisePupil(null),
            () -> liaison.school().approvePlan(null),
            () -> liaison.monitoring().report(TestSchool.HEAD, null, LocalDate.of(2026, 12, 1)),
            () -> liaison.sharing().safeguardingAgreements(null, TestSchool.DSL),
            () -> liaison.dataProtection().disposalRun(TestSchool.HEAD, null),
            () -> liaison.dataProtection().subjectAccessExport(Fixtures.pupilId(FAMILY), null));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOf(LiaisonValidationException.class);
    }
  }
}
