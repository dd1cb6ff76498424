package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.staff.StaffId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * HSL-9: every kind of tampering with the stored trail is detected, the report names the event and what is wrong
 * there, and verification never throws on what it finds.
 */
class AuditChainTamperTest {

  /** A trail kept as raw rows, which a test can damage as someone with database access could. */
  static class TamperableLog implements AuditEventRepository {
    final List<StoredAuditEvent> rows = new ArrayList<>();

    @Override
    public synchronized void append(List<AuditEvent> events) {
      long expected = rows.size() + 1L;
      for (AuditEvent event : events) {
        if (event.sequence() != expected++) {
          throw new ConcurrentUpdateException("sequence taken");
        }
      }
      for (AuditEvent event : events) {
        rows.add(
            new StoredAuditEvent(
                event.sequence(),
                event.occurredAt().toString(),
                event.type().name(),
                event.subject(),
                event.hash(),
                LiaisonJson.write(event)));
      }
    }

    @Override
    public synchronized ChainCheckpoint headCheckpoint() {
      return rows.isEmpty()
          ? ChainCheckpoint.GENESIS
          : new ChainCheckpoint(
              rows.get(rows.size() - 1).sequence(), rows.get(rows.size() - 1).hash());
    }

    @Override
    public synchronized Optional<AuditEvent> head() {
      return rows.isEmpty()
          ? Optional.empty()
          : Optional.of(LiaisonJson.read(rows.get(rows.size() - 1).document(), AuditEvent.class));
    }

    @Override
    public synchronized List<AuditEvent> read(long fromSequence, int limit) {
      return readStored(fromSequence, limit).stream()
          .map(r -> LiaisonJson.read(r.document(), AuditEvent.class))
          .toList();
    }

    /** As a database would: rows at or after the number, in order of the sequence column. */
    @Override
    public synchronized List<StoredAuditEvent> readStored(long fromSequence, int limit) {
      return rows.stream()
          .filter(r -> r.sequence() >= fromSequence)
          .sorted(Comparator.comparingLong(StoredAuditEvent::sequence))
          .limit(limit)
          .toList();
    }
  }

  /** A store whose trail is the tamperable log; everything else is an in-memory store's. */
  static LiaisonStore storeOver(AuditEventRepository log) {
    InMemoryStore memory = InMemoryStore.create();
    return (LiaisonStore)
        Proxy.newProxyInstance(
            LiaisonStore.class.getClassLoader(),
            new Class<?>[] {LiaisonStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("audit")) {
                return log;
              }
              if (method.getName().equals("inTransaction")) {
                @SuppressWarnings("unchecked")
                java.util.function.Function<LiaisonStore, Object> work =
                    (java.util.function.Function<LiaisonStore, Object>) args[0];
                return work.apply((LiaisonStore) proxy);
              }
              return method.invoke(memory, args);
            });
  }

  static AuditTrail trailOver(AuditEventRepository log, Clock clock) {
    return new AuditTrail(storeOver(log), clock, true);
  }

  private TamperableLog log;
  private AuditTrail trail;

  @BeforeEach
  void tenEvents() {
    log = new TamperableLog();
    trail =
        new AuditTrail(
            storeOver(log),
            Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC),
            true);
    for (int i = 0; i < 10; i++) {
      trail.record(
          i % 2 == 0 ? AuditEventType.DECISION : AuditEventType.WRITE,
          Optional.of(StaffId.of("T-" + i)),
          "pupil-" + i,
          Map.of("outcome", i % 3 == 0 ? "DENY" : "PERMIT", "clauses", "HSL-3"));
    }
  }

  private ChainVerification tamper(Consumer<List<StoredAuditEvent>> change) {
    assertThat(trail.verify().intact()).isTrue();
    change.accept(log.rows);
    return trail.verify();
  }

  private static StoredAuditEvent withDocument(StoredAuditEvent row, AuditEvent event) {
    return new StoredAuditEvent(
        row.sequence(),
        row.occurredAt(),
        row.type(),
        row.subject(),
        row.hash(),
        LiaisonJson.write(event));
  }

  private static AuditEvent parsed(StoredAuditEvent row) {
    return LiaisonJson.read(row.document(), AuditEvent.class);
  }

  private static StoredAuditEvent stored(AuditEvent event) {
    return new StoredAuditEvent(
        event.sequence(),
        event.occurredAt().toString(),
        event.type().name(),
        event.subject(),
        event.hash(),
        LiaisonJson.write(event));
  }

  @Test
  @DisplayName(
      "HSL-9: an intact trail verifies and exports its head as a checkpoint for anchoring outside the database")
  void intact() {
    ChainVerification result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.verifiedEvents()).isEqualTo(10);
    assertThat(result.headHash()).isEqualTo(log.rows.get(9).hash()).matches("[0-9a-f]{64}");
    assertThat(result.checkpoint()).contains(new ChainCheckpoint(10, log.rows.get(9).hash()));
    assertThat(trail.head()).isEqualTo(result.checkpoint().orElseThrow());
    assertThat(result.firstBrokenEvent()).isEmpty();
  }

  @Test
  @DisplayName("HSL-9: a changed detail (a DENY rewritten as PERMIT) is detected at that event")
  void changedEvent() {
    ChainVerification result =
        tamper(
            rows ->
                rows.set(
                    3,
                    withDocument(
                        rows.get(3),
                        AuditEvent.builder()
                            .from(parsed(rows.get(3)))
                            .details(Map.of("outcome", "PERMIT", "clauses", "HSL-3"))
                            .build())));
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenEvent()).contains(4L);
    assertThat(result.problem()).contains("event 4").contains("changed");
    assertThat(result.checkpoint()).isEmpty();
    assertThat(result.headSequence()).isEqualTo(3);
  }

  @Test
  @DisplayName("HSL-9: a changed event re-hashed by the tamperer breaks the link to the next event")
  void rehashedEvent() {
    ChainVerification result =
        tamper(
            rows -> {
              AuditEvent forged =
                  AuditEvent.builder().from(parsed(rows.get(3))).subject("someone-else").build();
              rows.set(
                  3, stored(AuditEvent.builder().from(forged).hash(forged.computeHash()).build()));
            });
    assertThat(result.firstBrokenEvent()).contains(5L);
    assertThat(result.problem()).isEqualTo("event 5 does not follow the hash of event 4");
  }

  @Test
  @DisplayName("HSL-9: a deleted event is detected where the gap is")
  void deletedEvent() {
    ChainVerification result = tamper(rows -> rows.remove(6));
    assertThat(result.firstBrokenEvent()).contains(7L);
    assertThat(result.problem()).contains("event 7 is missing");
  }

  @Test
  @DisplayName("HSL-9: a trail cut short is found from the checkpoint kept outside the database")
  void truncatedTrail() {
    ChainCheckpoint kept = trail.verify().checkpoint().orElseThrow();
    log.rows.remove(9);
    assertThat(trail.verify().intact())
        .as("walked from the start, a shortened chain still links")
        .isTrue();
    ChainVerification fromKept = trail.verify(kept);
    assertThat(fromKept.intact()).isFalse();
    assertThat(fromKept.firstBrokenEvent()).contains(10L);
    assertThat(fromKept.problem()).contains("removed from its end");
  }

  @Test
  @DisplayName(
      "HSL-9: verification from a checkpoint walks only the events after it, and finds a replaced checkpoint")
  void fromCheckpoint() {
    ChainCheckpoint atSix = new ChainCheckpoint(6, log.rows.get(5).hash());
    ChainVerification result = trail.verify(atSix);
    assertThat(result.intact()).isTrue();
    assertThat(result.verifiedEvents()).isEqualTo(4);
    assertThat(result.headSequence()).isEqualTo(10);

    ChainCheckpoint forgedHead = new ChainCheckpoint(6, "ab".repeat(32));
    assertThat(trail.verify(forgedHead).problem())
        .contains("no longer carries the checkpoint's hash");
  }

  @Test
  @DisplayName("HSL-9: an inserted event is detected")
  void insertedEvent() {
    ChainVerification result =
        tamper(
            rows ->
                rows.add(
                    5,
                    stored(
                        AuditEvent.next(
                            Optional.of(parsed(rows.get(4))),
                            Instant.parse("2026-11-24T09:00:00Z"),
                            AuditEventType.WRITE,
                            Optional.empty(),
                            "forged",
                            Map.of()))));
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenEvent()).contains(7L);
  }

  @Test
  @DisplayName("HSL-9: reordered events are detected")
  void reorderedEvents() {
    ChainVerification result =
        tamper(
            rows -> {
              StoredAuditEvent a = rows.get(2);
              StoredAuditEvent b = rows.get(3);
              rows.set(
                  2,
                  new StoredAuditEvent(
                      3, b.occurredAt(), b.type(), b.subject(), b.hash(), b.document()));
              rows.set(
                  3,
                  new StoredAuditEvent(
                      4, a.occurredAt(), a.type(), a.subject(), a.hash(), a.document()));
            });
    assertThat(result.firstBrokenEvent()).contains(3L);
    assertThat(result.problem()).contains("sequence column");
  }

  @Test
  @DisplayName(
      "HSL-9: every single-character change to a stored event, in its document or any column, is named at that event and nothing throws")
  void everySingleCharacterChange() {
    StoredAuditEvent original = log.rows.get(4);
    List<UnaryOperator<StoredAuditEvent>> damages = new ArrayList<>();
    for (int i = 0; i < original.document().length(); i++) {
      int at = i;
      damages.add(
          r ->
              new StoredAuditEvent(
                  r.sequence(),
                  r.occurredAt(),
                  r.type(),
                  r.subject(),
                  r.hash(),
                  flip(r.document(), at)));
    }
    for (int i = 0; i < original.hash().length(); i++) {
      int at = i;
      damages.add(
          r ->
              new StoredAuditEvent(
                  r.sequence(),
                  r.occurredAt(),
                  r.type(),
                  r.subject(),
                  flip(r.hash(), at),
                  r.document()));
    }
    for (int i = 0; i < original.subject().length(); i++) {
      int at = i;
      damages.add(
          r ->
              new StoredAuditEvent(
                  r.sequence(),
                  r.occurredAt(),
                  r.type(),
                  flip(r.subject(), at),
                  r.hash(),
                  r.document()));
    }
    for (int i = 0; i < original.type().length(); i++) {
      int at = i;
      damages.add(
          r ->
              new StoredAuditEvent(
                  r.sequence(),
                  r.occurredAt(),
                  flip(r.type(), at),
                  r.subject(),
                  r.hash(),
                  r.document()));
    }
    for (int i = 0; i < original.occurredAt().length(); i++) {
      int at = i;
      damages.add(
          r ->
              new StoredAuditEvent(
                  r.sequence(),
                  flip(r.occurredAt(), at),
                  r.type(),
                  r.subject(),
                  r.hash(),
                  r.document()));
    }
    damages.add(
        r ->
            new StoredAuditEvent(
                r.sequence() + 100, r.occurredAt(), r.type(), r.subject(), r.hash(), r.document()));
    int named = 0;
    for (UnaryOperator<StoredAuditEvent> damage : damages) {
      log.rows.set(4, damage.apply(original));
      ChainVerification result = trail.verify();
      assertThat(result.intact()).as("damage %d", named).isFalse();
      assertThat(result.firstBrokenEvent())
          .as("damage %d: %s", named, result.problem())
          .contains(5L);
      assertThat(result.problem()).startsWith("event 5");
      named++;
    }
    log.rows.set(4, original);
    assertThat(trail.verify().intact()).isTrue();
    assertThat(named).isGreaterThan(300);
  }

  @Test
  @DisplayName("HSL-9: a row numbered below 1 is named as inserted before the first event")
  void rowBeforeTheFirst() {
    StoredAuditEvent first = log.rows.get(0);
    log.rows.add(
        new StoredAuditEvent(
            0, first.occurredAt(), first.type(), first.subject(), first.hash(), first.document()));
    ChainVerification result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.problem()).contains("precedes event 1");
  }

  @Test
  @DisplayName(
      "HSL-9: a problem never quotes what someone wrote into a row, such as an unknown field's name")
  void problemsQuoteNothingStored() {
    StoredAuditEvent row = log.rows.get(2);
    String forged =
        row.document()
            .replaceFirst(
                "\\{", "{\"" + io.github.liaisonsdk.testing.Fixtures.MARKER + " Jane Doe\":1,");
    log.rows.set(
        2,
        new StoredAuditEvent(
            row.sequence(), row.occurredAt(), row.type(), row.subject(), row.hash(), forged));
    ChainVerification result = trail.verify();
    assertThat(result.firstBrokenEvent()).contains(3L);
    assertThat(result.problem())
        .doesNotContain(io.github.liaisonsdk.testing.Fixtures.MARKER, "Jane");
  }

  /** The character at {@code at}, changed by one bit, as a single flipped byte of an ASCII row would be. */
  static String flip(String text, int at) {
    char c = text.charAt(at);
    char flipped = (char) (c ^ 0x01);
    return text.substring(0, at) + flipped + text.substring(at + 1);
  }
}
