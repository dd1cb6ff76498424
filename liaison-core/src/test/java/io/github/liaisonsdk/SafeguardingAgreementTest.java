package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.DirectoryEntry;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Participant;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SafeguardingAgreementTest {
  static final StaffId SITE_MANAGER = StaffId.of("staff-site-manager");
  static final StaffId DSL = StaffId.of("staff-dsl");
  static final ResidenceContext CONTEXT = ResidenceContext.DAY_IN_CHILDRENS_HOME;

  InMemoryStore store;
  Liaison liaison;

  @BeforeEach
  void setUp() {
    store = InMemoryStore.create();
    liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
            .build();
    liaison.school().synchroniseStaff(Fixtures.staff(SITE_MANAGER, Designation.SITE_MANAGER));
    liaison
        .school()
        .synchroniseStaff(Fixtures.staff(DSL, Designation.DESIGNATED_SAFEGUARDING_LEAD));
    liaison.school().synchroniseStaff(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(CONTEXT))
                .addOtherService(ServiceId.of("home"))
                .build());
  }

  private ConsultationId laAgreed(String id, StaffId by, Optional<WhoInforms> who) {
    return liaison
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .id(ConsultationId.of(id))
                .pupil(Fixtures.pupilId(CONTEXT))
                .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                .consultedBy(by)
                .recordedBy(DSL)
                .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                .consultedAt(Fixtures.MORNING)
                .outcome(ConsultationOutcome.AGREED)
                .whoInformsOtherServices(who)
                .build())
        .id();
  }

  private static Consultation la(Optional<WhoInforms> who) {
    return Consultation.builder()
        .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
        .consulteeName("R. Officer")
        .consulteeDesignation("LA safeguarding officer")
        .consultedAt(Fixtures.MORNING)
        .outcome(ConsultationOutcome.AGREED)
        .whoInformsOtherServices(who)
        .build();
  }

  private static SafeguardingAgreement.Builder agreement(Optional<WhoInforms> who) {
    return SafeguardingAgreement.builder()
        .pupil(Fixtures.pupilId(CONTEXT))
        .agreedAt(Fixtures.MORNING)
        .laConsultation(la(who))
        .addParticipants(
            new Participant("R. Officer", "LA safeguarding officer"),
            new Participant("S. Manager", "Site manager"))
        .addServicesToInform(ServiceId.of("home"))
        .recordedBy(SITE_MANAGER);
  }

  private SafeguardingAgreement document(ConsultationId la, StaffId by) {
    return liaison
        .sharing()
        .documentSafeguardingAgreement(
            la,
            by,
            List.of(new Participant("S. Manager", "Site manager")),
            Set.of(ServiceId.of("home")));
  }

  @Test
  @DisplayName(
      "LP36-6.3, HSL-9: names and designations stay out of the audit trail, which holds the agreement's key")
  void lp36_6_3_apartFromTheTrail() {
    SafeguardingAgreement documented =
        document(laAgreed("c-la", SITE_MANAGER, Optional.of(WhoInforms.REFERRER)), SITE_MANAGER);
    String contactName = liaison.pack().laSafeguardingContact().orElseThrow().name();
    List<io.github.liaisonsdk.audit.AuditEvent> trail = liaison.audit().read(1, 1_000);
    assertThat(trail)
        .allSatisfy(
            event -> assertThat(event.toString()).doesNotContain("S. Manager", contactName));
    io.github.liaisonsdk.audit.AuditEvent written =
        trail.stream()
            .filter(e -> "safeguarding agreement".equals(e.details().get("event")))
            .findFirst()
            .orElseThrow();
    assertThat(written.details().get("agreement"))
        .isEqualTo(
            io.github.liaisonsdk.internal.Hashing.sha256(
                io.github.liaisonsdk.json.LiaisonJson.write(documented)));
    assertThat(store.agreements().forPupil(Fixtures.pupilId(CONTEXT))).containsExactly(documented);
  }

  @Test
  @DisplayName(
      "LP36-6.3 / LP36-6.2: the agreement is documented with names, designations and who informs, and read by safeguarding posts")
  void lp36_6_3_documented() {
    SafeguardingAgreement documented =
        document(laAgreed("c-la", SITE_MANAGER, Optional.of(WhoInforms.REFERRER)), SITE_MANAGER);
    DirectoryEntry contact = liaison.pack().laSafeguardingContact().orElseThrow();
    assertThat(documented.laConsultation().consulteeName())
        .as("the LA contact comes from the pack's directory")
        .isEqualTo(contact.name());
    var agreements = liaison.sharing().safeguardingAgreements(Fixtures.pupilId(CONTEXT), DSL);
    assertThat(agreements)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.participants())
                  .extracting(Participant::name)
                  .containsExactly("S. Manager", contact.name(), SITE_MANAGER.value());
              assertThat(a.laConsultation().whoInformsOtherServices())
                  .contains(WhoInforms.REFERRER);
            });
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .sharing()
                            .safeguardingAgreements(Fixtures.pupilId(CONTEXT), Fixtures.TEACHER))
                .clauses())
        .containsExactly(Clause.LP36_6_3);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-6.3: refused without names and designations, or without the LA contact among those involved")
  void lp36_6_3_refusedWithoutNames() {
    expectViolation(() -> new Participant("R. Officer", " "), "designation", "LP36-6.3");
    expectViolation(() -> new Participant("", "Site manager"), "name", "LP36-6.3");
    expectViolation(
        () -> agreement(Optional.of(WhoInforms.REFERRER)).participants(java.util.List.of()).build(),
        "participants",
        "LP36-6.3");
    expectViolation(
        () ->
            agreement(Optional.of(WhoInforms.REFERRER))
                .participants(java.util.List.of(new Participant("S. Manager", "Site manager")))
                .build(),
        "participants",
        "LP36-6.3");
  }

  @Test
  @DisplayName(
      "LP36-6.2: refused unless it says whether the LA team or the referrer informs the other services")
  void lp36_6_2_whoInformsRequired() {
    expectViolation(
        () -> agreement(Optional.empty()).build(),
        "laConsultation.whoInformsOtherServices",
        "LP36-6.2");
  }

  @Test
  @DisplayName("LP36-6.1: only safeguarding posts record it, and only for a share the pack permits")
  void lp36_6_1_whoRecords() {
    ConsultationId teachers =
        laAgreed("c-teacher", Fixtures.TEACHER, Optional.of(WhoInforms.REFERRER));
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class, () -> document(teachers, Fixtures.TEACHER))
                .clauses())
        .containsExactly(Clause.LP36_6_1);
    ConsultationId withoutWhoInforms = laAgreed("c-open", SITE_MANAGER, Optional.empty());
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class, () -> document(withoutWhoInforms, SITE_MANAGER))
                .clauses())
        .containsExactly(Clause.LP36_6_2);
    assertThatThrownBy(() -> document(teachers, SITE_MANAGER))
        .as("another member's consultation is not relied on")
        .isInstanceOf(LiaisonValidationException.class);
  }

  @Test
  @DisplayName(
      "LP36-6.1: a pupil in no other service opens no route beyond the school, whatever was agreed")
  void lp36_6_1_noOtherServicesNoRoute() {
    liaison.school().synchronisePupil(Fixtures.pupil(CONTEXT));
    ConsultationId agreed =
        laAgreed("c-la", SITE_MANAGER, Optional.of(WhoInforms.LA_SAFEGUARDING_TEAM));
    AccessDeniedException notInvolved =
        catchThrowableOfType(AccessDeniedException.class, () -> document(agreed, SITE_MANAGER));
    assertThat(notInvolved.clauses()).containsExactly(Clause.HSL_3);
  }

  @Test
  @DisplayName(
      "LP36-6.1 / LP36-A: the LA team cannot be consulted while the pack's directory names no LA contact")
  void lp36_6_1_laContactFromTheDirectory() {
    Liaison hsl =
        Liaison.builder()
            .pack(StandardPacks.hsl())
            .store(InMemoryStore.create())
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
            .build();
    assertThat(hsl.pack().laSafeguardingContact()).isEmpty();
    hsl.school().synchroniseStaff(Fixtures.staff(SITE_MANAGER, Designation.SITE_MANAGER));
    hsl.school().synchronisePupil(Fixtures.pupil(CONTEXT));
    LiaisonValidationException e =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                hsl.sharing()
                    .recordConsultation(
                        ConsultationRecord.builder()
                            .id(ConsultationId.of("c-1"))
                            .pupil(Fixtures.pupilId(CONTEXT))
                            .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                            .consultedBy(SITE_MANAGER)
                            .recordedBy(SITE_MANAGER)
                            .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                            .consultedAt(Fixtures.MORNING)
                            .outcome(ConsultationOutcome.AGREED)
                            .whoInformsOtherServices(WhoInforms.REFERRER)
                            .build()));
    assertThat(e.cites(Clause.LP36_6_1)).isTrue();
  }
}
