package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.lawfulbasis.LawfulBasis;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiaisonFacadeTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  private static final ResidenceContext FAMILY = ResidenceContext.DAY_WITH_FAMILY;

  private static SharingRequest toParent(Topic topic) {
    return SharingRequest.builder()
        .requester(TestSchool.TEACHER)
        .pupil(Fixtures.pupilId(FAMILY))
        .topic(topic)
        .recipient(Recipient.familyContact(ContactPersonId.of("counterpart")))
        .purpose(Purpose.ROUTINE_LIAISON)
        .build();
  }

  @Test
  @DisplayName(
      "HSL-3 / LP36-4e: every decision through the facade is audited with its clauses, pack hash and lawful basis, never content")
  void decisionsAreAudited() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    // Confidential text is in the school's records, so the audit trail could leak it if it copied
    // records.
    liaison.records().record(Fixtures.record("r-1", FAMILY, Fixtures.MORNING));
    long before = store.audit().head().orElseThrow().sequence();

    Decision permit = liaison.sharing().decide(toParent(Topic.ATTENDANCE));
    Decision deny =
        liaison
            .sharing()
            .decide(
                SharingRequest.builder()
                    .from(toParent(Topic.RISKS))
                    .recipient(Recipient.outside(RecipientKind.EXTERNAL_AGENCY))
                    .lawfulBasis(LawfulBasis.PUBLIC_TASK)
                    .build());
    assertThat(permit.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(deny.outcome()).isEqualTo(Outcome.DENY);

    List<AuditEvent> events = store.audit().read(before + 1, 10);
    assertThat(events)
        .extracting(AuditEvent::type)
        .containsExactly(AuditEventType.DECISION, AuditEventType.DECISION);
    AuditEvent denial = events.get(1);
    assertThat(denial.subject()).isEqualTo(Fixtures.pupilId(FAMILY).value());
    assertThat(denial.actor()).contains(TestSchool.TEACHER);
    assertThat(denial.occurredAt()).isEqualTo(CLOCK.instant());
    assertThat(denial.details())
        .containsEntry("outcome", "DENY")
        .containsEntry("clauses", "HSL-3")
        .containsEntry("packHash", liaison.pack().contentHash())
        .containsEntry("denyReason", "FORBIDDEN")
        .containsEntry("lawfulBasis", "PUBLIC_TASK")
        .containsEntry("level", "CONFIDENTIAL")
        .containsEntry("capacity", "TEACHER")
        .containsEntry("recipient", "EXTERNAL_AGENCY");
    assertThat(store.audit().read(1, 1_000))
        .allSatisfy(event -> assertThat(event.toString()).doesNotContain(Fixtures.MARKER));

    ChainVerification chain = liaison.audit().verify();
    assertThat(chain.intact()).isTrue();
    assertThat(chain.verifiedEvents()).isEqualTo(before + 2);
    assertThat(chain.headHash()).isEqualTo(denial.hash());
  }

  @Test
  @DisplayName(
      "HSL-4: a request from a member of staff the school does not hold is refused, and the refusal is audited")
  void unknownRequesterIsRefusedAndAudited() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    SharingRequest stranger =
        SharingRequest.builder()
            .from(toParent(Topic.ATTENDANCE))
            .requester(StaffId.of("not-on-the-staff"))
            .build();
    assertThatThrownBy(() -> liaison.sharing().decide(stranger))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("not-on-the-staff");
    AuditEvent refusal = store.audit().head().orElseThrow();
    assertThat(refusal.type()).isEqualTo(AuditEventType.DECISION);
    assertThat(refusal.actor()).contains(StaffId.of("not-on-the-staff"));
    assertThat(refusal.details()).containsEntry("outcome", "REFUSED");
  }

  @Test
  @DisplayName(
      "HSL-10 / LP36-9: the pack is stored once with its hash; a different pack under the same version is refused")
  void packRegisteredOnce() {
    InMemoryStore store = InMemoryStore.create();
    Liaison.builder().pack(StandardPacks.hsl()).store(store).clock(CLOCK).build();
    Liaison.builder().pack(StandardPacks.hsl()).store(store).clock(CLOCK).build();
    assertThat(store.packs().versions(StandardPacks.hsl().id())).hasSize(1);
    assertThat(store.audit().read(1, 10)).hasSize(1);

    InMemoryStore other = InMemoryStore.create();
    other.packs().save(PackDocument.of(StandardPacks.hsl().id(), 1, "{\"tampered\":true}"));
    assertThatThrownBy(
            () -> Liaison.builder().pack(StandardPacks.hsl()).store(other).clock(CLOCK).build())
        .isInstanceOf(io.github.liaisonsdk.basics.LiaisonValidationException.class)
        .hasMessageContaining("metadata.version")
        .hasMessageContaining("LP36-9");
  }

  @Test
  @DisplayName("eight threads deciding at once lose no audit event and keep the chain intact")
  void concurrentDecisions() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    long before = store.audit().head().orElseThrow().sequence();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  liaison.sharing().decide(toParent(Topic.PROGRESS));
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(store.audit().head().orElseThrow().sequence()).isEqualTo(before + 800);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "HSL-9 / LP36-4d: inCallerTransaction shares the compiled pack, checks and audits writes, and refuses decisions")
  void callerTransactionSharesTheEngine() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    Liaison joined = liaison.inCallerTransaction(store);
    assertThat(joined.pack()).isSameAs(liaison.pack());
    // Writes go through the same checks and audit, in the caller's unit of work.
    assertThatThrownBy(
            () ->
                joined
                    .records()
                    .record(
                        Fixtures.recordBuilder("r-x", FAMILY, Fixtures.MORNING)
                            .staff(StaffId.of("nobody"))
                            .build()))
        .isInstanceOf(NotFoundException.class);
    joined.records().record(Fixtures.record("r-1", FAMILY, Fixtures.MORNING));
    assertThat(store.audit().head().orElseThrow().details()).containsEntry("record", "r-1");
    // Decisions are not taken there: a rollback would erase their audit while the caller kept the
    // answer.
    assertThatThrownBy(() -> joined.sharing().decide(toParent(Topic.PROGRESS)))
        .isInstanceOf(io.github.liaisonsdk.basics.LiaisonException.class);
  }
}
