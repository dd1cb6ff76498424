package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
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
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.pupil.SupportPlan;
import io.github.liaisonsdk.pupil.SupportPlanKind;
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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The nine ways a caller could talk 0.1 into a PERMIT or learn what it may not know, each answered by the school's
 * records now. Every test here fails on 0.1.
 */
class EnforcementBoundaryTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  static final ResidenceContext FAMILY = ResidenceContext.DAY_WITH_FAMILY;
  static final ResidenceContext HOME = ResidenceContext.CARE_HOME;

  final InMemoryStore store = InMemoryStore.create();

  Liaison school(PolicyPack pack) {
    Liaison liaison = TestSchool.open(pack, store, CLOCK);
    // The care-home pupil is involved in another service of the group and has an EHCP (LP36-5.1,
    // LP36-6.1).
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(HOME))
                .addOtherService(ServiceId.of("group-home"))
                .addSupportPlan(
                    SupportPlan.builder()
                        .kind(SupportPlanKind.EHCP)
                        .reference("EHCP-1")
                        .addAccessibleTo(TestSchool.TEACHER)
                        .build())
                .build());
    return liaison;
  }

  static io.github.liaisonsdk.sharing.SharingRequest.Builder ask(
      StaffId requester, ResidenceContext pupil, Topic topic, Recipient recipient) {
    return SharingRequest.builder()
        .requester(requester)
        .pupil(Fixtures.pupilId(pupil))
        .topic(topic)
        .recipient(recipient)
        .purpose(Purpose.INFORMATION_REQUEST);
  }

  /** Records a consultation as the consultee would (for the LA team, the designated safeguarding lead does). */
  ConsultationId consult(
      Liaison liaison, io.github.liaisonsdk.sharing.ConsultationRecord.Builder consultation) {
    ConsultationRecord draft =
        consultation.consultedAt(Fixtures.MORNING).recordedBy(TestSchool.HEAD).build();
    return liaison
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .from(draft)
                .recordedBy(draft.consultee().orElse(TestSchool.DSL))
                .build())
        .id();
  }

  @Test
  @DisplayName(
      "1. HSL-9: the office cannot make a colleague the headteacher by saying so; the recipient's post is read from the staff record")
  void hsl9_recipientPostFromRecords() {
    Liaison liaison = school(StandardPacks.hsl());
    Decision toTeacher =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.OFFICE,
                        FAMILY,
                        Topic.PARTICIPATION_AND_ENGAGEMENT,
                        Recipient.staff(TestSchool.TEACHER))
                    .raisedLevel(ConfidentialityLevel.RESTRICTED)
                    .build());
    assertThat(toTeacher.outcome()).isEqualTo(Outcome.DENY);
    assertThat(toTeacher.clauses()).contains(Clause.HSL_9);
    Decision toHead =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.OFFICE,
                        FAMILY,
                        Topic.PARTICIPATION_AND_ENGAGEMENT,
                        Recipient.staff(TestSchool.ASSISTANT_HEAD))
                    .raisedLevel(ConfidentialityLevel.RESTRICTED)
                    .build());
    assertThat(toHead.outcome()).isEqualTo(Outcome.PERMIT);
  }

  @Test
  @DisplayName(
      "2. HSL-3: a safeguarding concern stated as PUBLIC keeps the pack's level: denied to the public")
  void hsl3_levelNeverBelowThePacks() {
    Liaison liaison = school(StandardPacks.lp36());
    Decision decision =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.CONCERNS_AND_SAFEGUARDING,
                        Recipient.outside(RecipientKind.PUBLIC))
                    .raisedLevel(ConfidentialityLevel.PUBLIC)
                    .build());
    assertThat(decision.outcome()).isEqualTo(Outcome.DENY);
    assertThat(decision.clauses()).contains(Clause.HSL_3);
    assertThat(store.audit().head().orElseThrow().details())
        .containsEntry("level", liaison.pack().levelOf(Topic.CONCERNS_AND_SAFEGUARDING).name());
  }

  @Test
  @DisplayName(
      "3. LP36-5.1: EHCP information goes to the plan's named persons, not to the office that asks for itself")
  void lp36_5_1_namedPersonsFromThePlan() {
    Liaison liaison = school(StandardPacks.lp36());
    Decision office =
        liaison
            .sharing()
            .decide(
                ask(TestSchool.OFFICE, HOME, Topic.SUPPORT_PLAN, Recipient.staff(TestSchool.OFFICE))
                    .build());
    assertThat(office.permits()).isFalse();
    Decision named =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.OFFICE,
                        HOME,
                        Topic.SUPPORT_PLAN,
                        Recipient.staff(TestSchool.TEACHER))
                    .build());
    assertThat(named.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(named.clauses()).contains(Clause.LP36_5_1);
  }

  @Test
  @DisplayName(
      "4. LP36-6.1 / HSL-4: no route beyond the school for a pupil in no other service; consultees are checked against the records")
  void lp36_6_1_consultationsFromRecords() {
    Liaison liaison = school(StandardPacks.lp36());
    ConsultationId la =
        consult(
            liaison,
            ConsultationRecord.builder()
                .id(ConsultationId.of("c-la"))
                .pupil(Fixtures.pupilId(FAMILY))
                .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                .consultedBy(TestSchool.SITE_MANAGER)
                .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                .outcome(ConsultationOutcome.AGREED)
                .whoInformsOtherServices(WhoInforms.REFERRER));
    Decision noOtherService =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.SITE_MANAGER,
                        FAMILY,
                        Topic.CONCERNS_AND_SAFEGUARDING,
                        Recipient.outside(RecipientKind.OTHER_GROUP_SERVICE))
                    .addConsultations(la)
                    .build());
    assertThat(noOtherService.outcome()).isEqualTo(Outcome.DENY);
    assertThat(noOtherService.clauses()).contains(Clause.HSL_3);

    LiaisonValidationException notTheLineManager =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                consult(
                    liaison,
                    ConsultationRecord.builder()
                        .id(ConsultationId.of("c-lm"))
                        .pupil(Fixtures.pupilId(FAMILY))
                        .topic(Topic.BEHAVIOUR)
                        .consultedBy(TestSchool.TEACHER)
                        .role(ConsulteeRole.LINE_MANAGER)
                        .consultee(TestSchool.COLLEAGUE)
                        .outcome(ConsultationOutcome.AGREED)));
    assertThat(notTheLineManager.cites(Clause.HSL_4)).isTrue();
    assertThat(store.consultations().find(ConsultationId.of("c-lm"))).isEmpty();
    LiaisonValidationException notHeadship =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                consult(
                    liaison,
                    ConsultationRecord.builder()
                        .id(ConsultationId.of("c-h"))
                        .pupil(Fixtures.pupilId(FAMILY))
                        .topic(Topic.BEHAVIOUR)
                        .consultedBy(TestSchool.TEACHER)
                        .role(ConsulteeRole.HEADSHIP)
                        .consultee(TestSchool.LINE_MANAGER)
                        .outcome(ConsultationOutcome.AGREED)
                        .classifiedAs(ConfidentialityLevel.PUBLIC)));
    assertThat(notHeadship.cites(Clause.HSL_5)).isTrue();
  }

  @Test
  @DisplayName(
      "5. HSL-9 / HSL-4: a record raised by an amendment is read at its new level everywhere: read, chronology, amendment")
  void hsl9_readsOnTheRecordAsItIsNow() {
    Liaison liaison = school(StandardPacks.lp36());
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-1", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .build());
    assertThat(
            liaison.records().read(ContactRecordId.of("r-1"), TestSchool.OFFICE).contentGranted())
        .isTrue();

    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.TEACHER)
                .amendedAt(Fixtures.MORNING.plusSeconds(4200))
                .reason("a concern came out of it")
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .level(ConfidentialityLevel.CONFIDENTIAL)
                .summary(ConfidentialText.of(Fixtures.MARKER + " the new, confidential summary"))
                .build());
    RecordView office = liaison.records().read(ContactRecordId.of("r-1"), TestSchool.OFFICE);
    assertThat(office.contentGranted()).isFalse();
    assertThat(office.level()).isEqualTo(ConfidentialityLevel.CONFIDENTIAL);
    assertThat(office.topics()).contains(Topic.ATTENDANCE, Topic.CONCERNS_AND_SAFEGUARDING);
    assertThat(liaison.records().chronology(Fixtures.pupilId(FAMILY), TestSchool.OFFICE))
        .allSatisfy(view -> assertThat(view.contentGranted()).isFalse());

    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(ContactRecordId.of("r-1"))
                .author(TestSchool.HEAD)
                .amendedAt(Fixtures.MORNING.plusSeconds(4500))
                .reason("liaison form matter")
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    assertThatThrownBy(() -> liaison.records().read(ContactRecordId.of("r-1"), TestSchool.OFFICE))
        .isInstanceOf(NotFoundException.class);
    assertThat(liaison.records().chronology(Fixtures.pupilId(FAMILY), TestSchool.OFFICE)).isEmpty();
    assertThatThrownBy(
            () ->
                liaison
                    .dataProtection()
                    .subjectAccessExport(Fixtures.pupilId(FAMILY), TestSchool.OFFICE))
        .as("LP36-4e: nor through a subject access export")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .amend(
                        Amendment.builder()
                            .record(ContactRecordId.of("r-1"))
                            .author(TestSchool.HEAD)
                            .amendedAt(Fixtures.MORNING.plusSeconds(4550))
                            .reason("lowered")
                            .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                            .build()))
        .as("a level never goes down")
        .isInstanceOf(LiaisonValidationException.class);
    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .amend(
                        Amendment.builder()
                            .record(ContactRecordId.of("r-1"))
                            .author(TestSchool.OFFICE)
                            .amendedAt(Fixtures.MORNING.plusSeconds(4560))
                            .reason("mine now")
                            .addTopic(Topic.RISKS)
                            .build()))
        .as("the office may not know the record exists")
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName(
      "6. HSL-9: a restricted record and a missing id give the office the same exception and the same words")
  void hsl9_invisibleLooksMissing() {
    Liaison liaison = school(StandardPacks.hsl());
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-restricted", FAMILY, Fixtures.MORNING)
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    Throwable hidden =
        catchThrowableOfType(
            RuntimeException.class,
            () -> liaison.records().read(ContactRecordId.of("r-restricted"), TestSchool.OFFICE));
    Throwable missing =
        catchThrowableOfType(
            RuntimeException.class,
            () -> liaison.records().read(ContactRecordId.of("r-missing"), TestSchool.OFFICE));
    assertThat(hidden).hasSameClassAs(missing);
    assertThat(hidden.getMessage().replace("r-restricted", "ID"))
        .isEqualTo(missing.getMessage().replace("r-missing", "ID"));
  }

  @Test
  @DisplayName(
      "7. HSL-9 / HSL-8: the author of a liaison-form entry knows it exists but does not read it back")
  void hsl9_authorSeesExistenceOnly() {
    Liaison liaison = school(StandardPacks.hsl());
    CaseId id = CaseId.of("case-1");
    liaison
        .outOfHours()
        .disclose(
            id,
            Fixtures.pupilId(FAMILY),
            TestSchool.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER + " neighbours"),
            Optional.empty());
    liaison
        .outOfHours()
        .review(
            id,
            HeadReview.builder()
                .reviewer(TestSchool.HEAD)
                .reviewedAt(Fixtures.MORNING)
                .decision(CaseAction.APPROVE)
                .conflictOfInterest(false)
                .reasons(ConfidentialText.of("fine"))
                .build());
    liaison
        .outOfHours()
        .log(
            id,
            Fixtures.recordBuilder("form-1", FAMILY, Fixtures.MORNING)
                .kind(ContactKind.OUT_OF_HOURS)
                .location(RecordLocation.LIAISON_FORM)
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    RecordView author = liaison.records().read(ContactRecordId.of("form-1"), TestSchool.TEACHER);
    assertThat(author.contentGranted()).isFalse();
    assertThat(author.original()).isEmpty();
    assertThat(
            liaison.records().read(ContactRecordId.of("form-1"), TestSchool.HEAD).contentGranted())
        .isTrue();
  }

  @Test
  @DisplayName(
      "8. HSL-5: information in doubt goes to the head first, whoever the recipient: CONSULT, not a deny that hides the route")
  void hsl5_unclassifiedConsultsTheHead() {
    Liaison liaison = school(StandardPacks.hsl());
    Decision toParent =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.PROGRESS,
                        Recipient.familyContact(ContactPersonId.of("counterpart")))
                    .inDoubt(true)
                    .build());
    assertThat(toParent.outcome()).isEqualTo(Outcome.CONSULT);
    assertThat(toParent.consult()).containsExactly(ConsulteeRole.HEADSHIP);
    assertThat(toParent.clauses()).containsExactly(Clause.HSL_5);

    ConsultationId checked =
        consult(
            liaison,
            ConsultationRecord.builder()
                .id(ConsultationId.of("c-head"))
                .pupil(Fixtures.pupilId(FAMILY))
                .topic(Topic.PROGRESS)
                .consultedBy(TestSchool.TEACHER)
                .role(ConsulteeRole.HEADSHIP)
                .consultee(TestSchool.HEAD)
                .outcome(ConsultationOutcome.AGREED)
                .classifiedAs(ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(
            liaison
                .sharing()
                .decide(
                    ask(
                            TestSchool.TEACHER,
                            FAMILY,
                            Topic.PROGRESS,
                            Recipient.familyContact(ContactPersonId.of("counterpart")))
                        .inDoubt(true)
                        .addConsultations(checked)
                        .build())
                .outcome())
        .isEqualTo(Outcome.PERMIT);
    ConsultationId declined =
        consult(
            liaison,
            ConsultationRecord.builder()
                .id(ConsultationId.of("c-head-no"))
                .pupil(Fixtures.pupilId(FAMILY))
                .topic(Topic.PROGRESS)
                .consultedBy(TestSchool.TEACHER)
                .role(ConsulteeRole.HEADSHIP)
                .consultee(TestSchool.HEAD)
                .outcome(ConsultationOutcome.DECLINED));
    Decision refused =
        liaison
            .sharing()
            .decide(
                ask(
                        TestSchool.TEACHER,
                        FAMILY,
                        Topic.PROGRESS,
                        Recipient.familyContact(ContactPersonId.of("counterpart")))
                    .addConsultations(declined)
                    .build());
    assertThat(refused.outcome()).isEqualTo(Outcome.DENY);
    assertThat(refused.clauses()).contains(Clause.HSL_5);
  }

  @Test
  @DisplayName(
      "9. LP36-4a: staff, pupils and plans change only through the facade, audited; plans are approved by the headship")
  void lp36_4a_oneDoor() {
    for (Method method : Liaison.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      assertThat(LiaisonStore.class.isAssignableFrom(method.getReturnType()))
          .as(method.getName())
          .isFalse();
      assertThat(method.getReturnType().getPackageName())
          .as(method.getName())
          .isNotEqualTo("io.github.liaisonsdk.port");
    }
    assertThat(Arrays.stream(Liaison.class.getMethods()).map(Method::getName))
        .doesNotContain("store");

    Liaison liaison = school(StandardPacks.lp36());
    LiaisonPlan byTeacher =
        LiaisonPlan.builder()
            .from(Fixtures.plan(FAMILY))
            .version(2)
            .approvedBy(TestSchool.TEACHER)
            .build();
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class, () -> liaison.school().approvePlan(byTeacher))
                .clauses())
        .contains(Clause.LP36_4A);
    assertThatThrownBy(
            () ->
                liaison
                    .school()
                    .approvePlan(
                        LiaisonPlan.builder()
                            .from(byTeacher)
                            .approvedBy(StaffId.of("nobody"))
                            .build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.plans().latest(Fixtures.plan(FAMILY).id()).orElseThrow().version())
        .isEqualTo(1);

    LiaisonPlan byHead = LiaisonPlan.builder().from(byTeacher).approvedBy(TestSchool.HEAD).build();
    liaison.school().approvePlan(byHead);
    AuditEvent approval = store.audit().head().orElseThrow();
    assertThat(approval.actor()).contains(TestSchool.HEAD);
    assertThat(approval.details())
        .containsEntry("event", "plan approved")
        .containsEntry("version", "2");

    liaison
        .school()
        .synchroniseStaff(
            Fixtures.staff(StaffId.of("new"), io.github.liaisonsdk.staff.Designation.TEACHER));
    AuditEvent sync = store.audit().head().orElseThrow();
    assertThat(sync.actor()).isEmpty();
    assertThat(sync.details())
        .containsEntry("system", School.MIS_SYNCHRONISATION)
        .containsEntry("posts", "TEACHER");
  }

  @Test
  @DisplayName(
      "LP36-1 / LP36-5: a site pack that raises a topic's level is applied to every ask: behaviour to a parent under the group and the site")
  void lp36_1_siteLevelsApply() {
    assertThat(StandardPacks.group().levelOf(Topic.BEHAVIOUR))
        .isNotEqualTo(StandardPacks.lp36().levelOf(Topic.BEHAVIOUR));
    SharingRequest behaviour =
        ask(
                TestSchool.TEACHER,
                FAMILY,
                Topic.BEHAVIOUR,
                Recipient.familyContact(ContactPersonId.of("counterpart")))
            .build();
    Decision underGroup =
        TestSchool.open(StandardPacks.group(), InMemoryStore.create(), CLOCK)
            .sharing()
            .decide(behaviour);
    Decision underSite =
        TestSchool.open(StandardPacks.lp36(), InMemoryStore.create(), CLOCK)
            .sharing()
            .decide(behaviour);
    assertThat(underGroup.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(underSite.outcome()).isEqualTo(Outcome.DENY);
  }
}
