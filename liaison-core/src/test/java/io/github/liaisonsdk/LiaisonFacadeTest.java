package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
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
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private static SharingRequest request(Topic topic, ConfidentialityLevel level) {
    return SharingRequest.builder().pupil(PupilId.of("UPN-7")).topic(topic).level(level)
        .originService(ServiceId.of("school")).requester(StaffId.of("T-1"))
        .requesterDesignation(Designation.TEACHER).recipient(RecipientKind.PARENT_WITH_RESPONSIBILITY)
        .purpose(Purpose.ROUTINE_LIAISON).build();
  }

  @Test
  @DisplayName("HSL-3 / LP36-4e: every decision through the facade is audited with its clauses, pack hash and lawful basis, never content")
  void decisionsAreAudited() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = Liaison.builder().pack(StandardPacks.lp36()).store(store).clock(CLOCK).build();

    Decision permit = liaison.decide(request(Topic.ATTENDANCE, ConfidentialityLevel.SCHOOL_INTERNAL));
    Decision deny = liaison.decide(SharingRequest.builder().from(request(Topic.RISKS, ConfidentialityLevel.CONFIDENTIAL))
        .lawfulBasis(io.github.liaisonsdk.dataprotection.LawfulBasis.PUBLIC_TASK).build());
    assertThat(permit.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(deny.outcome()).isEqualTo(Outcome.DENY);

    List<AuditEvent> events = store.audit().read(1, 10);
    assertThat(events).extracting(AuditEvent::type)
        .containsExactly(AuditEventType.POLICY_PACK, AuditEventType.DECISION, AuditEventType.DECISION);
    AuditEvent denial = events.get(2);
    assertThat(denial.subject()).isEqualTo("UPN-7");
    assertThat(denial.actor()).contains(StaffId.of("T-1"));
    assertThat(denial.occurredAt()).isEqualTo(CLOCK.instant());
    assertThat(denial.details()).containsEntry("outcome", "DENY").containsEntry("clauses", "HSL-3")
        .containsEntry("packHash", liaison.pack().contentHash()).containsEntry("denyReason", "FORBIDDEN")
        .containsEntry("lawfulBasis", "PUBLIC_TASK");
    assertThat(denial.toString()).doesNotContain(Fixtures.MARKER);

    ChainVerification chain = liaison.audit().verify();
    assertThat(chain.intact()).isTrue();
    assertThat(chain.verifiedEvents()).isEqualTo(3);
    assertThat(chain.headHash()).isEqualTo(denial.hash());
  }

  @Test
  @DisplayName("HSL-10 / LP36-9: the pack is stored once with its hash; a different pack under the same version is refused")
  void packRegisteredOnce() {
    InMemoryStore store = InMemoryStore.create();
    Liaison.builder().pack(StandardPacks.hsl()).store(store).clock(CLOCK).build();
    Liaison.builder().pack(StandardPacks.hsl()).store(store).clock(CLOCK).build();
    assertThat(store.packs().versions(StandardPacks.hsl().id())).hasSize(1);
    assertThat(store.audit().read(1, 10)).hasSize(1);

    InMemoryStore other = InMemoryStore.create();
    other.packs().save(PackDocument.of(StandardPacks.hsl().id(), 1, "{\"tampered\":true}"));
    assertThatThrownBy(() -> Liaison.builder().pack(StandardPacks.hsl()).store(other).clock(CLOCK).build())
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  @DisplayName("eight threads deciding at once lose no audit event and keep the chain intact")
  void concurrentDecisions() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = Liaison.builder().pack(StandardPacks.lp36()).store(store).clock(Clock.systemUTC()).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 100; i++) {
          liaison.decide(request(Topic.PROGRESS, ConfidentialityLevel.SCHOOL_INTERNAL));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(store.audit().head().orElseThrow().sequence()).isEqualTo(1 + 800);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }
}
