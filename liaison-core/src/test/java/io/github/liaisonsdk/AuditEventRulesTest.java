package io.github.liaisonsdk;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.AuditChainTamperTest.TamperableLog;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of one audit event and of the chain: what the hash covers, what an event may hold, how appends retry. */
class AuditEventRulesTest {
  private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

  private static AuditEvent first() {
    return AuditEvent.next(
        Optional.empty(),
        AT,
        AuditEventType.DECISION,
        Optional.of(StaffId.of("T-1")),
        "UPN-1",
        Map.of("outcome", "DENY", "clauses", "HSL-5"));
  }

  @Test
  @DisplayName(
      "HSL-9: the first event follows the genesis hash; each next one is numbered on and links to its head")
  void eventsChain() {
    AuditEvent first = first();
    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.hash()).isEqualTo(first.computeHash()).hasSize(64);
    AuditEvent second =
        AuditEvent.next(
            Optional.of(first),
            AT.plusSeconds(1),
            AuditEventType.WRITE,
            Optional.empty(),
            "UPN-2",
            Map.of());
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isEqualTo(second.computeHash()).isNotEqualTo(first.hash());
  }

  @Test
  @DisplayName(
      "HSL-9: the hash covers every field: changing any one of them, and only it, is detected")
  void hashCoversEveryField() {
    AuditEvent event =
        AuditEvent.next(
            Optional.of(first()),
            AT,
            AuditEventType.DECISION,
            Optional.of(StaffId.of("T-1")),
            "UPN-1",
            Map.of("outcome", "DENY", "clauses", "HSL-5"));
    Map<String, UnaryOperator<AuditEvent.Builder>> changes = new LinkedHashMap<>();
    changes.put("sequence", b -> b.sequence(3));
    changes.put("occurredAt", b -> b.occurredAt(AT.plusMillis(1)));
    changes.put("type", b -> b.type(AuditEventType.WRITE));
    changes.put("actor", b -> b.actor(StaffId.of("T-2")));
    changes.put("no actor", b -> b.actor(Optional.empty()));
    changes.put("subject", b -> b.subject("UPN-2"));
    changes.put("detail value", b -> b.details(Map.of("outcome", "PERMIT", "clauses", "HSL-5")));
    changes.put("detail key", b -> b.details(Map.of("result", "DENY", "clauses", "HSL-5")));
    changes.put(
        "detail added", b -> b.details(Map.of("outcome", "DENY", "clauses", "HSL-5", "x", "")));
    changes.put("previousHash", b -> b.previousHash("0".repeat(64)));
    changes.forEach(
        (field, change) -> {
          AuditEvent changed = change.apply(AuditEvent.builder().from(event)).build();
          assertThat(changed.computeHash()).as(field).isNotEqualTo(event.hash());
        });
    Map<String, String> reordered = new LinkedHashMap<>();
    reordered.put("clauses", "HSL-5");
    reordered.put("outcome", "DENY");
    assertThat(AuditEvent.builder().from(event).details(reordered).build().computeHash())
        .as("the order details were put in does not matter")
        .isEqualTo(event.hash());
  }

  @Test
  @DisplayName(
      "HSL-9: fields are length-prefixed, so shifting text between fields changes the hash")
  void fieldsCannotBeShifted() {
    AuditEvent a =
        AuditEvent.next(
            Optional.empty(),
            AT,
            AuditEventType.WRITE,
            Optional.empty(),
            "UPN-1",
            Map.of("k", "v;1:x"));
    AuditEvent b =
        AuditEvent.next(
            Optional.empty(),
            AT,
            AuditEventType.WRITE,
            Optional.empty(),
            "UPN-1",
            Map.of("k", "v", "x", ""));
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  @DisplayName(
      "an event's subject, hashes and details are checked, naming the field and never the value")
  void eventRules() {
    AuditEvent event = first();
    assertThat(AuditEvent.builder().from(event).subject("s".repeat(200)).build().subject())
        .hasSize(200);
    expectViolation(
        () -> AuditEvent.builder().from(event).subject("s".repeat(201)).build(), "subject", null);
    expectViolation(() -> AuditEvent.builder().from(event).subject(" ").build(), "subject", null);
    expectViolation(
        () -> AuditEvent.builder().from(event).subject("a\nb").build(), "subject", null);
    expectViolation(() -> AuditEvent.builder().from(event).hash("ABC").build(), "hash", null);
    expectViolation(
        () -> AuditEvent.builder().from(event).previousHash("a".repeat(63)).build(),
        "previousHash",
        null);
    expectViolation(
        () -> AuditEvent.builder().from(event).previousHash("a".repeat(64)).build(),
        "previousHash",
        null);
    assertThat(
            AuditEvent.builder()
                .from(event)
                .sequence(2)
                .previousHash("a".repeat(64))
                .build()
                .sequence())
        .isEqualTo(2);
    expectViolation(() -> AuditEvent.builder().from(event).sequence(0).build(), "sequence", null);
    expectViolation(
        () -> AuditEvent.builder().from(event).details(Map.of("k".repeat(101), "v")).build(),
        "details",
        null);
    assertThat(
            AuditEvent.builder()
                .from(event)
                .details(Map.of("k".repeat(100), "v".repeat(2000)))
                .build()
                .details())
        .hasSize(1);
    expectViolation(
        () -> AuditEvent.builder().from(event).details(Map.of("k", "v".repeat(2001))).build(),
        "details.k",
        null);
    expectViolation(
        () -> AuditEvent.builder().from(event).details(Map.of("k", "a\nb")).build(),
        "details.k",
        null);
    assertThat(AuditEvent.builder().from(event).details(Map.of("k", "")).build().details())
        .containsEntry("k", "");
  }

  @Test
  @DisplayName(
      "HSL-9: verification reports how many events it verified and exactly where the chain breaks")
  void verificationCounts() {
    TamperableLog log = new TamperableLog();
    AuditTrail trail = AuditChainTamperTest.trailOver(log, CLOCK);
    assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 0, 0, "0".repeat(64), 0, ""));
    AuditEvent last = null;
    for (int i = 0; i < 5; i++) {
      last = trail.record(AuditEventType.WRITE, Optional.empty(), "UPN-" + i, Map.of());
      assertThat(last).isEqualTo(log.head().orElseThrow());
    }
    assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 5, 5, last.hash(), 0, ""));
    log.rows.set(2, changedSubject(log.rows.get(2)));
    ChainVerification changed = trail.verify();
    assertThat(changed.intact()).isFalse();
    assertThat(changed.verifiedEvents()).isEqualTo(2);
    assertThat(changed.brokenAt()).isEqualTo(3);
    assertThat(changed.firstBrokenEvent()).contains(3L);
    assertThat(changed.problem())
        .isEqualTo("event 3 was changed: its hash does not match its content");
    log.rows.remove(2);
    ChainVerification gap = trail.verify();
    assertThat(gap.verifiedEvents()).isEqualTo(2);
    assertThat(gap.brokenAt()).isEqualTo(3);
    assertThat(gap.problem())
        .isEqualTo("event 3 is missing: the trail goes from event 2 to event 4");
  }

  /** The row with its subject changed consistently in the column and the document, as a careful tamperer would. */
  private static StoredAuditEvent changedSubject(StoredAuditEvent row) {
    AuditEvent changed =
        AuditEvent.builder()
            .from(LiaisonJson.read(row.document(), AuditEvent.class))
            .subject("UPN-x")
            .build();
    return new StoredAuditEvent(
        row.sequence(),
        row.occurredAt(),
        row.type(),
        "UPN-x",
        row.hash(),
        LiaisonJson.write(changed));
  }

  @Test
  @DisplayName("HSL-9: a chain longer than a page is verified to its end, across page boundaries")
  void verificationPages() {
    TamperableLog log = new TamperableLog();
    AuditTrail trail = AuditChainTamperTest.trailOver(log, CLOCK);
    for (int i = 0; i < 2_003; i++) {
      trail.record(AuditEventType.WRITE, Optional.empty(), "UPN-" + i, Map.of());
    }
    assertThat(trail.verify().verifiedEvents()).isEqualTo(2_003);
    log.rows.set(1_500, changedSubject(log.rows.get(1_500)));
    assertThat(trail.verify().brokenAt()).isEqualTo(1_501);
  }

  @Test
  @DisplayName(
      "an append that loses the race to other writers rechains on the re-read head, and gives up after 100 tries")
  void appendRetries() {
    class LosingLog extends TamperableLog {
      int losses;
      int attempts;
      int headReads;

      @Override
      public synchronized void append(List<AuditEvent> events) {
        attempts++;
        if (attempts <= losses) {
          throw new ConcurrentUpdateException("another writer got there first");
        }
        super.append(events);
      }

      @Override
      public synchronized ChainCheckpoint headCheckpoint() {
        headReads++;
        return super.headCheckpoint();
      }
    }
    LosingLog log = new LosingLog();
    log.losses = 99;
    AuditTrail trail = AuditChainTamperTest.trailOver(log, CLOCK);
    AuditEvent appended = trail.record(AuditEventType.WRITE, Optional.empty(), "UPN-1", Map.of());
    assertThat(log.attempts).isEqualTo(100);
    assertThat(log.headReads).as("the head is re-read after each lost race").isEqualTo(100);
    assertThat(log.read(1, 10)).containsExactly(appended);
    trail.record(AuditEventType.WRITE, Optional.empty(), "UPN-2", Map.of());
    assertThat(log.headReads).as("and cached once the append lands").isEqualTo(100);

    LosingLog never = new LosingLog();
    never.losses = Integer.MAX_VALUE;
    assertThatThrownBy(
            () ->
                AuditChainTamperTest.trailOver(never, CLOCK)
                    .record(AuditEventType.WRITE, Optional.empty(), "UPN-1", Map.of()))
        .isExactlyInstanceOf(LiaisonException.class)
        .hasMessageContaining("100 attempts");
    assertThat(never.attempts).isEqualTo(100);
    assertThat(never.rows).isEmpty();
  }

  @Test
  @DisplayName(
      "a store that fails with an Error fails every caller of the batch; none is left waiting")
  void errorsReachEveryCaller() throws Exception {
    java.util.concurrent.CountDownLatch firstBatchStarted =
        new java.util.concurrent.CountDownLatch(1);
    class FailingLog extends TamperableLog {
      int appends;

      @Override
      public void append(List<AuditEvent> events) {
        synchronized (this) {
          appends++;
        }
        if (appends == 1) {
          firstBatchStarted.countDown();
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          super.append(events);
          return;
        }
        throw new AssertionError("the disk is on fire");
      }
    }
    AuditTrail trail = AuditChainTamperTest.trailOver(new FailingLog(), CLOCK);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<AuditEvent>> calls = new java.util.ArrayList<>();
    calls.add(
        pool.submit(() -> trail.record(AuditEventType.WRITE, Optional.empty(), "UPN-0", Map.of())));
    firstBatchStarted.await();
    for (int i = 1; i < 4; i++) {
      String subject = "UPN-" + i;
      calls.add(
          pool.submit(
              () -> trail.record(AuditEventType.WRITE, Optional.empty(), subject, Map.of())));
    }
    assertThat(calls.get(0).get(10, java.util.concurrent.TimeUnit.SECONDS).sequence()).isEqualTo(1);
    for (java.util.concurrent.Future<AuditEvent> call : calls.subList(1, 4)) {
      assertThatThrownBy(() -> call.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.ExecutionException.class)
          .hasCauseInstanceOf(AssertionError.class);
    }
    pool.shutdownNow();
  }
}
