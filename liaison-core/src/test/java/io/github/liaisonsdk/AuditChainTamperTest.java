package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every kind of tampering with the stored trail is detected, and the report says where. */
class AuditChainTamperTest {

  /** A trail store whose rows a test can tamper with, as someone with database access could. */
  static class TamperableLog implements AuditEventRepository {
    final List<AuditEvent> rows = new ArrayList<>();

    @Override
    public void append(AuditEvent event) {
      if (event.sequence() != rows.size() + 1) {
        throw new ConcurrentUpdateException("sequence taken");
      }
      rows.add(event);
    }

    @Override
    public Optional<AuditEvent> head() {
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    @Override
    public List<AuditEvent> read(long fromSequence, int limit) {
      int from = (int) Math.min(rows.size(), Math.max(0, fromSequence - 1));
      return List.copyOf(rows.subList(from, Math.min(rows.size(), from + limit)));
    }
  }

  private TamperableLog log;
  private AuditTrail trail;

  @BeforeEach
  void tenEvents() {
    log = new TamperableLog();
    trail = new AuditTrail(log, Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC));
    for (int i = 0; i < 10; i++) {
      trail.record(i % 2 == 0 ? AuditEventType.DECISION : AuditEventType.WRITE, Optional.of(StaffId.of("T-" + i)),
          "pupil-" + i, Map.of("outcome", i % 3 == 0 ? "DENY" : "PERMIT", "clauses", "HSL-3"));
    }
  }

  private ChainVerification tamper(Consumer<List<AuditEvent>> change) {
    assertThat(trail.verify().intact()).isTrue();
    change.accept(log.rows);
    return trail.verify();
  }

  @Test
  @DisplayName("HSL-9: an intact trail verifies and exports its head hash for anchoring outside the database")
  void intact() {
    ChainVerification result = trail.verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.verifiedEvents()).isEqualTo(10);
    assertThat(result.headHash()).isEqualTo(log.rows.get(9).hash()).matches("[0-9a-f]{64}");
    assertThat(result.firstBrokenEvent()).isEmpty();
  }

  @Test
  @DisplayName("a changed detail (a DENY rewritten as PERMIT) is detected at that event")
  void changedEvent() {
    ChainVerification result = tamper(rows -> rows.set(3, AuditEvent.builder().from(rows.get(3))
        .details(Map.of("outcome", "PERMIT", "clauses", "HSL-3")).build()));
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenEvent()).contains(4L);
    assertThat(result.problem()).contains("changed");
  }

  @Test
  @DisplayName("a changed event re-hashed by the tamperer breaks the link to the next event")
  void rehashedEvent() {
    ChainVerification result = tamper(rows -> {
      AuditEvent forged = AuditEvent.builder().from(rows.get(3)).subject("someone-else").build();
      rows.set(3, AuditEvent.builder().from(forged).hash(forged.computeHash()).build());
    });
    assertThat(result.firstBrokenEvent()).contains(5L);
  }

  @Test
  @DisplayName("a deleted event is detected where the gap is")
  void deletedEvent() {
    assertThat(tamper(rows -> rows.remove(6)).firstBrokenEvent()).contains(7L);
  }

  @Test
  @DisplayName("a deleted last event is detected against the exported head hash")
  void truncatedTrail() {
    String exported = trail.verify().headHash();
    ChainVerification result = tamper(rows -> rows.remove(9));
    assertThat(result.intact()).isTrue();
    assertThat(result.headHash()).isNotEqualTo(exported);
  }

  @Test
  @DisplayName("an inserted event is detected")
  void insertedEvent() {
    ChainVerification result = tamper(rows -> rows.add(5, AuditEvent.next(Optional.of(rows.get(4)),
        Instant.parse("2026-11-24T09:00:00Z"), AuditEventType.WRITE, Optional.empty(), "forged", Map.of())));
    assertThat(result.firstBrokenEvent()).contains(7L);
  }

  @Test
  @DisplayName("reordered events are detected")
  void reorderedEvents() {
    ChainVerification result = tamper(rows -> {
      AuditEvent a = rows.get(2);
      rows.set(2, rows.get(3));
      rows.set(3, a);
    });
    assertThat(result.firstBrokenEvent()).contains(3L);
  }

  @Test
  @DisplayName("a flipped character in a stored hash is detected")
  void flippedByte() {
    ChainVerification result = tamper(rows -> {
      AuditEvent e = rows.get(8);
      char c = e.previousHash().charAt(10);
      String flipped = e.previousHash().substring(0, 10) + (c == 'a' ? 'b' : 'a') + e.previousHash().substring(11);
      rows.set(8, AuditEvent.builder().from(e).previousHash(flipped).build());
    });
    assertThat(result.firstBrokenEvent()).contains(9L);
  }
}
