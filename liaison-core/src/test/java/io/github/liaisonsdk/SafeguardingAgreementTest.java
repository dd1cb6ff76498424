package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.ImmutableSafeguardingAgreement;
import io.github.liaisonsdk.sharing.Participant;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
    store.staff().save(Fixtures.staff(SITE_MANAGER, Designation.SITE_MANAGER));
    store.staff().save(Fixtures.staff(DSL, Designation.DESIGNATED_SAFEGUARDING_LEAD));
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    store.pupils().save(Pupil.builder().from(Fixtures.pupil(CONTEXT)).addOtherService(ServiceId.of("home")).build());
    liaison = Liaison.builder().pack(StandardPacks.lp36()).store(store).zone(ZoneOffset.UTC)
        .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC)).build();
  }

  private static Consultation la(Optional<WhoInforms> who) {
    return Consultation.builder().role(ConsulteeRole.LA_SAFEGUARDING_TEAM).consulteeName("R. Officer")
        .consulteeDesignation("LA safeguarding officer").consultedAt(Fixtures.MORNING)
        .outcome(ConsultationOutcome.AGREED).whoInformsOtherServices(who).build();
  }

  private static ImmutableSafeguardingAgreement.Builder agreement(Optional<WhoInforms> who) {
    return SafeguardingAgreement.builder().pupil(Fixtures.pupilId(CONTEXT)).agreedAt(Fixtures.MORNING)
        .laConsultation(la(who)).addParticipants(new Participant("R. Officer", "LA safeguarding officer"),
            new Participant("S. Manager", "Site manager")).addServicesToInform(ServiceId.of("home"))
        .recordedBy(SITE_MANAGER);
  }

  @Test
  @DisplayName("LP36-6.3 / LP36-6.2: the agreement is documented with names, designations and who informs, and read by safeguarding posts")
  void lp36_6_3_documented() {
    liaison.recordSafeguardingAgreement(agreement(Optional.of(WhoInforms.REFERRER)).build());
    var agreements = liaison.safeguardingAgreements(Fixtures.pupilId(CONTEXT), DSL);
    assertThat(agreements).singleElement().satisfies(a -> {
      assertThat(a.participants()).extracting(Participant::designation)
          .containsExactly("LA safeguarding officer", "Site manager");
      assertThat(a.laConsultation().whoInformsOtherServices()).contains(WhoInforms.REFERRER);
    });
    assertThat(catchThrowableOfType(AccessDeniedException.class,
        () -> liaison.safeguardingAgreements(Fixtures.pupilId(CONTEXT), Fixtures.TEACHER)).clauses())
        .containsExactly("LP36-6.3");
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName("LP36-6.3: refused without names and designations, or without the LA contact among those involved")
  void lp36_6_3_refusedWithoutNames() {
    expectViolation(() -> new Participant("R. Officer", " "), "designation", "LP36-6.3");
    expectViolation(() -> new Participant("", "Site manager"), "name", "LP36-6.3");
    expectViolation(() -> agreement(Optional.of(WhoInforms.REFERRER)).participants(java.util.List.of()).build(),
        "participants", "LP36-6.3");
    expectViolation(() -> agreement(Optional.of(WhoInforms.REFERRER))
        .participants(java.util.List.of(new Participant("S. Manager", "Site manager"))).build(),
        "participants", "LP36-6.3");
  }

  @Test
  @DisplayName("LP36-6.2: refused unless it says whether the LA team or the referrer informs the other services")
  void lp36_6_2_whoInformsRequired() {
    expectViolation(() -> agreement(Optional.empty()).build(), "laConsultation.whoInformsOtherServices", "LP36-6.2");
  }

  @Test
  @DisplayName("LP36-6.1: only safeguarding posts record it, and only for a share the pack permits")
  void lp36_6_1_whoRecords() {
    assertThat(catchThrowableOfType(AccessDeniedException.class, () -> liaison.recordSafeguardingAgreement(
        agreement(Optional.of(WhoInforms.REFERRER)).recordedBy(Fixtures.TEACHER).build())).clauses())
        .containsExactly("LP36-6.1");
    store.pupils().save(Fixtures.pupil(CONTEXT));
    AccessDeniedException notInvolved = catchThrowableOfType(AccessDeniedException.class,
        () -> liaison.recordSafeguardingAgreement(agreement(Optional.of(WhoInforms.REFERRER)).build()));
    assertThat(notInvolved.clauses()).containsExactly("HSL-3");
  }
}
