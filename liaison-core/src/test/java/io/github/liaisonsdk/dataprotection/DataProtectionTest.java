package io.github.liaisonsdk.dataprotection;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
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
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataProtectionTest {
  static final LocalDate BORN = LocalDate.of(2012, 3, 4);

  private static ContactRecord routine(String id, ResidenceContext context) {
    return Fixtures.record(id, context, MORNING);
  }

  private static ContactRecord safeguarding(String id, ResidenceContext context) {
    return Fixtures.recordBuilder(id, context, MORNING)
        .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
        .location(RecordLocation.SAFEGUARDING_RECORD)
        .level(ConfidentialityLevel.SAFEGUARDING)
        .build();
  }

  @Test
  @DisplayName(
      "LP36-4e: retention periods come from the pack: child protection DOB+25 (LP36 site: +35), SEN DOB+31, contacts 6 years")
  void lp36_4e_retentionSchedule() {
    RetentionSchedule hsl = new RetentionSchedule(StandardPacks.hsl(), ZoneOffset.UTC);
    assertThat(hsl.disposableFrom(safeguarding("s", ResidenceContext.BOARDING), Optional.of(BORN)))
        .contains(BORN.plusYears(25).plusDays(1));
    assertThat(
            new RetentionSchedule(StandardPacks.lp36(), ZoneOffset.UTC)
                .disposableFrom(safeguarding("s", ResidenceContext.BOARDING), Optional.of(BORN)))
        .contains(BORN.plusYears(35).plusDays(1));
    ContactRecord sen =
        Fixtures.recordBuilder("sen", ResidenceContext.BOARDING, MORNING)
            .topics(List.of(Topic.SUPPORT_PLAN))
            .build();
    assertThat(RetentionSchedule.kindOf(sen)).isEqualTo(RecordKind.SEN_AND_EHCP);
    assertThat(hsl.disposableFrom(sen, Optional.of(BORN))).contains(BORN.plusYears(31).plusDays(1));
    assertThat(hsl.disposableFrom(routine("r", ResidenceContext.BOARDING), Optional.empty()))
        .contains(LocalDate.of(2032, 9, 15));
    assertThat(hsl.disposableFrom(safeguarding("s", ResidenceContext.BOARDING), Optional.empty()))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-4e: the disposal run erases what is due, keeps legal holds and safeguarding records, and audits by id")
  void lp36_4e_disposalRun() {
    InMemoryStore store = InMemoryStore.create();
    for (ResidenceContext context :
        List.of(ResidenceContext.BOARDING, ResidenceContext.CARE_HOME)) {
      store.pupils().save(Fixtures.pupil(context));
      store.contacts().append(routine("routine-" + context, context));
      store.contacts().append(safeguarding("safeguarding-" + context, context));
    }
    store
        .pupils()
        .save(
            Pupil.builder()
                .from(Fixtures.pupil(ResidenceContext.INPATIENT_UNIT))
                .dateOfBirth(Optional.empty())
                .build());
    store.contacts().append(safeguarding("undated", ResidenceContext.INPATIENT_UNIT));
    Clock in2033 = Clock.fixed(Instant.parse("2033-01-10T12:00:00Z"), ZoneOffset.UTC);
    store.staff().save(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.hsl())
            .store(store)
            .clock(in2033)
            .zone(ZoneOffset.UTC)
            .build();
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () -> liaison.dataProtection().disposalRun(Fixtures.TEACHER, Set.of()))
                .clauses())
        .containsExactly(Clause.LP36_4E);
    assertThat(store.contacts().find(routine("routine-BOARDING", ResidenceContext.BOARDING).id()))
        .isPresent();

    DisposalReport report =
        liaison
            .dataProtection()
            .disposalRun(Fixtures.HEAD, Set.of(Fixtures.pupilId(ResidenceContext.CARE_HOME)));
    assertThat(report.disposed()).extracting(id -> id.value()).containsExactly("routine-BOARDING");
    assertThat(report.held()).extracting(id -> id.value()).containsExactly("routine-CARE_HOME");
    assertThat(report.keptWithoutDate()).extracting(id -> id.value()).containsExactly("undated");
    assertThat(store.contacts().find(routine("routine-BOARDING", ResidenceContext.BOARDING).id()))
        .isEmpty();
    assertThat(
            store
                .contacts()
                .find(safeguarding("safeguarding-BOARDING", ResidenceContext.BOARDING).id()))
        .isPresent();
    List<AuditEvent> disposals =
        store.audit().read(1, 100).stream()
            .filter(e -> e.type() == AuditEventType.DISPOSAL)
            .toList();
    assertThat(disposals)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.details())
                  .containsEntry("record", "routine-BOARDING")
                  .containsEntry("recordKind", "CONTACT_RECORD");
              assertThat(e.toString()).doesNotContain(Fixtures.MARKER);
            });
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-4e / HSL-9: a subject access export holds everything about the pupil that the preparer may see, as JSON")
  void lp36_4e_subjectAccess() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    StaffId office = StaffId.of("staff-office");
    store.staff().save(Fixtures.staff(office, Designation.OFFICE));
    store.staff().save(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
    store.pupils().save(Fixtures.pupil(ResidenceContext.BOARDING));
    store.plans().save(Fixtures.plan(ResidenceContext.BOARDING));
    store.contacts().append(routine("r-1", ResidenceContext.BOARDING));
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("r-2", ResidenceContext.BOARDING, MORNING.plusSeconds(5))
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    PolicyPack pack = StandardPacks.hsl();
    Liaison liaison =
        Liaison.builder()
            .pack(pack)
            .store(store)
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
            .build();

    SubjectAccessExport byHead =
        liaison
            .dataProtection()
            .subjectAccessExport(Fixtures.pupilId(ResidenceContext.BOARDING), Fixtures.HEAD);
    assertThat(byHead.plans()).hasSize(1);
    assertThat(byHead.chronology()).hasSize(2);
    assertThat(byHead.chronology()).allSatisfy(view -> assertThat(view.contentGranted()).isTrue());
    String json = LiaisonJson.write(byHead);
    assertThat(LiaisonJson.mapper().readTree(json).get("chronology")).hasSize(2);
    // LP36-4e: the office does not prepare subject access responses, so it cannot use one to read
    // records.
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .dataProtection()
                            .subjectAccessExport(
                                Fixtures.pupilId(ResidenceContext.BOARDING), office))
                .clauses())
        .containsExactly(Clause.LP36_4E);
  }
}
