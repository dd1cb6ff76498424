package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
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

  private Liaison liaison(PolicyPack pack) {
    return Liaison.builder().pack(pack).store(store).zone(ZoneOffset.UTC)
        .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC)).build();
  }

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    store.staff().save(Fixtures.staff(ASSISTANT, Designation.SUPPORT_ASSISTANT));
    store.staff().save(Fixtures.staff(OFFICE, Designation.OFFICE));
    store.staff().save(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    store.plans().save(Fixtures.planBuilder(CONTEXT).addSchoolSide(ASSISTANT).build());
    liaison = liaison(StandardPacks.lp36());
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
    RecordingResult result = liaison.recordContact(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(result.departures()).isEmpty();
    assertThat(store.contacts().find(result.record().id())).contains(result.record());
    AuditEvent write = audit().get(audit().size() - 1);
    assertThat(write.type()).isEqualTo(AuditEventType.WRITE);
    assertThat(write.details()).containsEntry("record", "r-1").containsEntry("topics", "ATTENDANCE");
    assertThat(audit()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(Fixtures.MARKER));
  }

  @Test
  @DisplayName("LP36-4d / LP36-4a / LP36-5: departures from the plan are refused with their clauses, and nothing is stored")
  void lp36_4d_departuresRefused() {
    ContactRecord wrong = Fixtures.recordBuilder("r-bad", CONTEXT, MORNING)
        .location(RecordLocation.HOME_SCHOOL_BOOK)
        .staff(OFFICE)
        .counterparts(List.of(ContactPersonId.of("stranger")))
        .topics(List.of(Topic.BEHAVIOUR))
        .recordedAt(MORNING.plus(Duration.ofHours(48)))
        .build();
    LiaisonValidationException e = catchThrowableOfType(LiaisonValidationException.class,
        () -> liaison.recordContact(wrong));
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactlyInAnyOrder("location", "staff", "counterparts", "topics", "recordedAt");
    assertThat(e.cites("LP36-4d")).isTrue();
    assertThat(e.cites("LP36-4a")).isTrue();
    assertThat(e.cites("LP36-5")).isTrue();
    assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER);
    assertThat(store.contacts().find(wrong.id())).isEmpty();
  }

  @Test
  @DisplayName("LP36-4d: a pack that flags departures stores the record and reports them")
  void lp36_4d_departuresFlagged() {
    String flagging = StandardPacks.json("clare-hsl").replace("\"rules\": [", "\"recordingDepartures\": \"FLAG\",\n  \"rules\": [");
    Liaison lenient = liaison(PolicyPackLoader.create().load(flagging));
    RecordingResult result = lenient.recordContact(Fixtures.recordBuilder("r-late", CONTEXT, MORNING)
        .recordedAt(MORNING.plus(Duration.ofHours(30))).build());
    assertThat(result.departures()).extracting(Violation::path).containsExactly("recordedAt");
    assertThat(store.contacts().find(result.record().id())).isPresent();
    assertThat(audit().get(audit().size() - 1).details()).containsEntry("departures", "recordedAt[LP36-4d]");
  }

  @Test
  @DisplayName("HSL-8: out-of-hours contact cannot be recorded directly, only logged after approval")
  void hsl8_outOfHoursNotRecordedDirectly() {
    ContactRecord outOfHours = Fixtures.recordBuilder("r-ooh", CONTEXT, MORNING).kind(ContactKind.OUT_OF_HOURS)
        .location(RecordLocation.LIAISON_FORM).level(ConfidentialityLevel.RESTRICTED).build();
    LiaisonValidationException e = catchThrowableOfType(LiaisonValidationException.class,
        () -> liaison.recordContact(outOfHours));
    assertThat(e.cites("HSL-8")).isTrue();
  }

  @Test
  @DisplayName("LP36-4d: amendments keep the original, correct the current record and must leave it valid")
  void lp36_4d_amendments() {
    liaison.recordContact(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    liaison.amendContact(Amendment.builder().record(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL).id())
        .author(Fixtures.TEACHER).amendedAt(MORNING.plus(Duration.ofDays(1))).reason("summary corrected")
        .summary(ConfidentialText.of(Fixtures.MARKER + " corrected")).build());
    RecordView view = liaison.readContact(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL).id(), Fixtures.TEACHER);
    assertThat(view.original().orElseThrow().summary().reveal()).doesNotEndWith("corrected");
    assertThat(view.current().orElseThrow().summary().reveal()).endsWith("corrected");
    assertThat(view.amendments()).hasSize(1);

    assertThatThrownBy(() -> liaison.amendContact(Amendment.builder().record(view.id()).author(Fixtures.TEACHER)
        .amendedAt(MORNING.plus(Duration.ofDays(2))).reason("moved").occurredAt(MORNING.plus(Duration.ofDays(9)))
        .build())).isInstanceOf(LiaisonValidationException.class);
    assertThat(store.contacts().amendments(view.id())).hasSize(1);
  }

  @Test
  @DisplayName("HSL-4: a confidential record is withheld until the reader's line manager agrees; outsiders to the pupil see only that it exists")
  void hsl4_readingConfidentialRecords() {
    liaison.recordContact(record("r-c", ConfidentialityLevel.CONFIDENTIAL));

    RecordView author = liaison.readContact(record("r-c", ConfidentialityLevel.CONFIDENTIAL).id(), Fixtures.TEACHER);
    assertThat(author.contentGranted()).isTrue();

    RecordView named = liaison.readContact(author.id(), ASSISTANT);
    assertThat(named.contentGranted()).isFalse();
    assertThat(named.withheldBy()).containsExactly("HSL-4");
    assertThat(named.topics()).containsExactly(Topic.ATTENDANCE);

    Consultation agreed = Consultation.builder().role(ConsulteeRole.LINE_MANAGER).consulteeName("L. Manager")
        .consulteeDesignation("Line manager").consultedAt(MORNING).outcome(ConsultationOutcome.AGREED).build();
    assertThat(liaison.readContact(author.id(), ASSISTANT, agreed).contentGranted()).isTrue();

    RecordView office = liaison.readContact(author.id(), OFFICE, agreed);
    assertThat(office.contentGranted()).isFalse();
    assertThat(office.withheldBy()).contains("HSL-4");
  }

  @Test
  @DisplayName("HSL-9: restricted records are read by the headship only, invisible to others, and every read is audited")
  void hsl9_restrictedReads() {
    liaison.recordContact(record("r-r", ConfidentialityLevel.RESTRICTED));
    int before = audit().size();

    assertThat(liaison.readContact(record("r-r", ConfidentialityLevel.RESTRICTED).id(), Fixtures.HEAD)
        .contentGranted()).isTrue();
    AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
        () -> liaison.readContact(record("r-r", ConfidentialityLevel.RESTRICTED).id(), OFFICE));
    assertThat(denied.clauses()).containsExactly("HSL-9");
    assertThat(liaison.chronology(Fixtures.pupilId(CONTEXT), OFFICE)).isEmpty();

    List<AuditEvent> reads = audit().subList(before, audit().size());
    assertThat(reads).extracting(AuditEvent::type).containsOnly(AuditEventType.RESTRICTED_READ).hasSize(3);
    assertThat(reads).extracting(e -> e.details().get("granted")).containsExactly("true", "false", "false");
    assertThat(reads.get(1).actor()).contains(OFFICE);
  }

  @Test
  @DisplayName("HSL-1: school-internal records are readable by any member of staff; the chronology lists what each may see")
  void hsl1_internalRecords() {
    liaison.recordContact(record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    liaison.recordContact(Fixtures.recordBuilder("r-2", CONTEXT, MORNING.plusSeconds(60))
        .level(ConfidentialityLevel.CONFIDENTIAL).build());
    List<RecordView> office = liaison.chronology(Fixtures.pupilId(CONTEXT), OFFICE);
    assertThat(office).extracting(v -> v.id().value()).containsExactly("r-1", "r-2");
    assertThat(office).extracting(RecordView::contentGranted).containsExactly(true, false);
  }
}
