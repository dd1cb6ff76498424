package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.AuditLog;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends to the hash-chained audit trail and verifies it. Only the use-case services write through it; callers
 * get it as a read-only {@link AuditLog}. Thread-safe: concurrent appends race on the sequence and retry.
 */
final class AuditTrail implements AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final int ATTEMPTS = 1_000;
  private static final int PAGE = 1_000;

  private final AuditEventRepository events;
  private final Clock clock;

  AuditTrail(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  AuditEvent record(AuditEventType type, Optional<StaffId> actor, String subject, Map<String, String> details) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      AuditEvent next = AuditEvent.next(events.head(), clock.instant(), type, actor, subject, details);
      try {
        events.append(next);
        return next;
      } catch (ConcurrentUpdateException lostRace) {
        LOG.debug("another writer appended event {} first; retrying", next.sequence());
        Thread.onSpinWait();
      }
    }
    throw new LiaisonException("could not append to the audit trail after " + ATTEMPTS + " attempts");
  }

  @Override
  public List<AuditEvent> read(long fromSequence, int limit) {
    return events.read(fromSequence, limit);
  }

  @Override
  public ChainVerification verify() {
    ChainVerification result = walkChain();
    if (result.intact()) {
      LOG.debug("audit chain intact: {} events", result.verifiedEvents());
    } else {
      LOG.warn("audit chain broken at event {}: {}", result.brokenAt(), result.problem());
    }
    return result;
  }

  private ChainVerification walkChain() {
    String previous = Hashing.GENESIS;
    long expected = 1;
    while (true) {
      List<AuditEvent> page = events.read(expected, PAGE);
      for (AuditEvent event : page) {
        if (event.sequence() != expected) {
          return ChainVerification.broken(expected - 1, expected, "event " + expected + " is missing or out of order");
        }
        if (!event.previousHash().equals(previous)) {
          return ChainVerification.broken(expected - 1, expected,
              "event " + expected + " does not follow the hash of event " + (expected - 1));
        }
        if (!event.computeHash().equals(event.hash())) {
          return ChainVerification.broken(expected - 1, expected, "event " + expected + " was changed");
        }
        previous = event.hash();
        expected++;
      }
      if (page.size() < PAGE) {
        return ChainVerification.intact(expected - 1, previous);
      }
    }
  }
}
