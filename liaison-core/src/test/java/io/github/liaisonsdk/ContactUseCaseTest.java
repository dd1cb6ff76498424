package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.contact.RecordingResult;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactUseCaseTest {
  static final StaffId ASSISTANT = StaffId.of("staff-assistant");
  static final StaffId OFFICE = StaffId.of("staff-office");
  static final ResidenceContext CONTEXT = ResidenceContext.BOARDING;

  InMemoryStore store;
  Liaison liaison;

  static final StaffId LINE_MANAGER = StaffId.of("staff-line-manager");

  private Liaison liaison(PolicyPack pack) {
    return Liaison.builder()
        .pack(pack)
        .store(store)
        .zone(ZoneOffset.UTC)
        .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static StaffMember managed(StaffId id, Designation post, StaffId manager) {
    return StaffMember.builder().from(Fixtures.staff(id, post)).lineManager(manager).build();
  }

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    liaison = liaison(StandardPacks.lp36());
    liaison.school().synchroniseStaff(managed(Fixtures.TEACHER, Designation.TEACHER, LINE_MANAGER));
    liaison
        .school()
        .synchroniseStaff(managed(ASSISTANT, Designation.SUPPORT_ASSISTANT, LINE_MANAGER));
    liaison.school().synchroniseStaff(managed(OFFICE, Designation.OFFICE, Fixtures.HEAD));
    liaison
        .school()
        .synchroniseStaff(managed(LINE_MANAGER, Designation.LINE_MANAGER, Fixtures.HEAD));
    liaison.school().synchroniseStaff(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    liaison.school().synchronisePupil(Fixtures.pupil(CONTEXT));
    liaison.school().approvePlan(Fixtures.planBuilder(CONTEXT).addSchoolSide(ASSISTANT).build());
  }

  private ConsultationId lineManagerAgreed(String id, StaffId by, StaffId manager) {
    return liaison
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .id(ConsultationId.of(id))
                .pupil(Fixtures.pupilId(CONTEXT))
                .topic(Topic.ATTENDANCE)
                .consultedBy(by)
                .role(ConsulteeRole.LINE_MANAGER)
                .consultee(manager)
                .recordedBy(manager)
                .consultedAt(MORNING)
                .outcome(ConsultationOutcome.AGREED)
                .build())
        .id();
  }

  private static ContactRecord record(String id, ConfidentialityLevel level) {
    return Fixtures.recordBuilder(id, CONTEXT, MORNING).level(level).build();
  }

  private List<AuditEvent> audit() {
    return store.audit().read(1, 1000);
  }

  @Test
  @DisplayName("LP36-4d: a record that follows the plan is stored and audited without its content")
  void lp36_4d_conformingRecord() {
    RecordingResult result =
        liaison.records().record(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(result.departures()).isEmpty();
    assertThat(store.contacts().find(result.record().id())).contains(result.record());
    AuditEvent write = audit().get(audit().size() - 1);
    assertThat(write.type()).isEqualTo(AuditEventType.WRITE);
    assertThat(write.details())
        .containsEntry("record", "r-1")
        .containsEntry("topics", "ATTENDANCE");
    assertThat(audit()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(Fixtures.MARKER));
  }

  @Test
  @DisplayName(
      "LP36-4d / LP36-4a / LP36-5: departures from the plan are refused with their clauses, and nothing is stored")
  void lp36_4d_departuresRefused() {
    ContactRecord wrong =
        Fixtures.recordBuilder("r-bad", CONTEXT, MORNING)
            .location(RecordLocation.HOME_SCHOOL_BOOK)
            .staff(OFFICE)
            .counterparts(List.of(ContactPersonId.of("stranger")))
            .topics(List.of(Topic.BEHAVIOUR))
            .recordedAt(MORNING.plus(Duration.ofHours(48)))
            .build();
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class, () -> liaison.records().record(wrong));
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("location", "staff", "counterparts", "topics", "recordedAt");
    assertThat(e.cites(Clause.LP36_4D)).isTrue();
    assertThat(e.cites(Clause.LP36_4A)).isTrue();
    assertThat(e.cites(Clause.LP36_5)).isTrue();
    assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER);
    assertThat(store.contacts().find(wrong.id())).isEmpty();
  }

  @Test
  @DisplayName("LP36-4d: a pack that flags departures stores the record and reports them")
  void lp36_4d_departuresFlagged() {
    String flagging =
        StandardPacks.json("clare-hsl")
            .replace("\"rules\": [", "\"recordingDepartures\": \"FLAG\",\n  \"rules\": [");
    Liaison lenient = liaison(PolicyPackLoader.create().load(flagging));
    RecordingResult result =
        lenient
            .records()
            .record(
                Fixtures.recordBuilder("r-late", CONTEXT, MORNING)
                    .recordedAt(MORNING.plus(Duration.ofHours(30)))
                    .build());
    assertThat(result.departures()).extracting(Violation::path).containsExactly("recordedAt");
    assertThat(store.contacts().find(result.record().id())).isPresent();
    assertThat(audit().get(audit().size() - 1).details())
        .containsEntry("departures", "recordedAt[LP36-4d]");
  }

  @Test
  @DisplayName(
      "HSL-8: out-of-hours contact cannot be recorded directly, only logged after approval")
  void hsl8_outOfHoursNotRecordedDirectly() {
    ContactRecord outOfHours =
        Fixtures.recordBuilder("r-ooh", CONTEXT, MORNING)
            .kind(ContactKind.OUT_OF_HOURS)
            .location(RecordLocation.LIAISON_FORM)
            .level(ConfidentialityLevel.RESTRICTED)
            .build();
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class, () -> liaison.records().record(outOfHours));
    assertThat(e.cites(Clause.HSL_8)).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-4d: amendments keep the original, correct the current record and must leave it valid")
  void lp36_4d_amendments() {
    liaison.records().record(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    liaison
        .records()
        .amend(
            Amendment.builder()
                .record(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL).id())
                .author(Fixtures.TEACHER)
                .amendedAt(MORNING.plus(Duration.ofDays(1)))
                .reason("summary corrected")
                .summary(ConfidentialText.of(Fixtures.MARKER + " corrected"))
                .build());
    RecordView view =
        liaison
            .records()
            .read(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL).id(), Fixtures.TEACHER);
    assertThat(view.original().orElseThrow().summary().reveal()).doesNotEndWith("corrected");
    assertThat(view.current().orElseThrow().summary().reveal()).endsWith("corrected");
    assertThat(view.amendments()).hasSize(1);

    assertThatThrownBy(
            () ->
                liaison
                    .records()
                    .amend(
                        Amendment.builder()
                            .record(view.id())
                            .author(Fixtures.TEACHER)
                            .amendedAt(MORNING.plus(Duration.ofDays(2)))
                            .reason("moved")
                            .occurredAt(MORNING.plus(Duration.ofDays(9)))
                            .build()))
        .isInstanceOf(LiaisonValidationException.class);
    assertThat(store.contacts().amendments(view.id())).hasSize(1);
  }

  @Test
  @DisplayName(
      "HSL-4: a confidential record is withheld until the reader's line manager agrees; outsiders to the pupil see only that it exists")
  void hsl4_readingConfidentialRecords() {
    liaison.records().record(record("r-c", ConfidentialityLevel.CONFIDENTIAL));

    RecordView author =
        liaison
            .records()
            .read(record("r-c", ConfidentialityLevel.CONFIDENTIAL).id(), Fixtures.TEACHER);
    assertThat(author.contentGranted()).isTrue();

    RecordView named = liaison.records().read(author.id(), ASSISTANT);
    assertThat(named.contentGranted()).isFalse();
    assertThat(named.withheldBy()).containsExactly(Clause.HSL_4);
    assertThat(named.topics()).containsExactly(Topic.ATTENDANCE);

    ConsultationId agreed = lineManagerAgreed("c-assistant", ASSISTANT, LINE_MANAGER);
    assertThat(liaison.records().read(author.id(), ASSISTANT, agreed).contentGranted()).isTrue();

    ConsultationId officeAgreed = lineManagerAgreed("c-office", OFFICE, Fixtures.HEAD);
    RecordView office = liaison.records().read(author.id(), OFFICE, officeAgreed);
    assertThat(office.contentGranted()).isFalse();
    assertThat(office.withheldBy()).contains(Clause.HSL_4);
    assertThatThrownBy(() -> liaison.records().read(author.id(), OFFICE, agreed))
        .as("a consultation someone else recorded is not the reader's to rely on")
        .isInstanceOf(LiaisonValidationException.class);
  }

  @Test
  @DisplayName(
      "HSL-9: restricted records are read by the headship only, invisible to others, and every read is audited")
  void hsl9_restrictedReads() {
    liaison.records().record(record("r-r", ConfidentialityLevel.RESTRICTED));
    int before = audit().size();

    assertThat(
            liaison
                .records()
                .read(record("r-r", ConfidentialityLevel.RESTRICTED).id(), Fixtures.HEAD)
                .contentGranted())
        .isTrue();
    NotFoundException hidden =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                liaison
                    .records()
                    .read(record("r-r", ConfidentialityLevel.RESTRICTED).id(), OFFICE));
    NotFoundException missing =
        catchThrowableOfType(
            NotFoundException.class,
            () -> liaison.records().read(ContactRecordId.of("r-x"), OFFICE));
    assertThat(hidden.getMessage().replace("r-r", "ID"))
        .isEqualTo(missing.getMessage().replace("r-x", "ID"));
    assertThat(liaison.records().chronology(Fixtures.pupilId(CONTEXT), OFFICE)).isEmpty();

    List<AuditEvent> reads = audit().subList(before, audit().size());
    assertThat(reads)
        .extracting(AuditEvent::type)
        .containsOnly(AuditEventType.RESTRICTED_READ)
        .hasSize(3);
    assertThat(reads)
        .extracting(e -> e.details().get("granted"))
        .containsExactly("true", "false", "false");
    assertThat(reads.get(1).actor()).contains(OFFICE);
  }

  @Test
  @DisplayName(
      "HSL-1: school-internal records are readable by any member of staff; the chronology lists what each may see")
  void hsl1_internalRecords() {
    liaison.records().record(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    liaison
        .records()
        .record(
            Fixtures.recordBuilder("r-2", CONTEXT, MORNING.plusSeconds(60))
                .level(ConfidentialityLevel.CONFIDENTIAL)
                .build());
    List<RecordView> office = liaison.records().chronology(Fixtures.pupilId(CONTEXT), OFFICE);
    assertThat(office).extracting(v -> v.id().value()).containsExactly("r-1", "r-2");
    assertThat(office).extracting(RecordView::contentGranted).containsExactly(true, false);
  }
}
