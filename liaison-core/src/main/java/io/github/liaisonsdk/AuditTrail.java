package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.AuditLog;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger: appends to the hash-chained audit trail and verifies it. Only the use-case services write through
 * it; callers get it as a read-only {@link AuditLog}.
 *
 * <p>Appends are group-committed. A caller queues its event and takes the ledger's lock; whoever holds the lock
 * chains every queued event onto the cached head and writes them in one batch, so callers that arrive while a
 * batch is being committed go out together in the next one. Each caller returns only once the batch holding its
 * event is committed. The head is cached in process and re-read only when the store refuses a batch, which is how
 * an append by another process (or by a facade joined to a caller's transaction) is noticed.
 *
 * <p>Thread-safe.
 */
final class AuditTrail implements AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final int ATTEMPTS = 100;
  private static final int MAX_BATCH = 256;
  private static final long NO_CONDITION = -1;
  private static final long FOLLOWER_WAIT_NANOS = 200_000;

  /** Writes audited alongside the unit's own writes, in the unit's transaction. */
  interface Appender {
    AuditEvent record(
        AuditEventType type, Optional<StaffId> actor, String subject, Map<String, String> details);
  }

  private final LiaisonStore store;
  private final Clock clock;
  private final boolean cacheHead;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

  /** The head as this process last committed or read it; null when it must be read from the store. */
  private @Nullable ChainCheckpoint head;

  /**
   * @param store the store the trail lives in
   * @param clock the events' clock
   * @param cacheHead whether this trail is the only writer the process has: false for a facade joined to a
   *     caller's transaction, whose appends may yet be rolled back
   */
  AuditTrail(LiaisonStore store, Clock clock, boolean cacheHead) {
    this.store = store;
    this.clock = clock;
    this.cacheHead = cacheHead;
  }

  /** Appends one event on its own and returns once it is committed, in a batch with whatever else is queued. */
  AuditEvent record(
      AuditEventType type, Optional<StaffId> actor, String subject, Map<String, String> details) {
    return record(type, actor, subject, details, NO_CONDITION);
  }

  /**
   * Appends one event on condition that the store's reference version is still the one the event's facts were
   * read at, checked in the append's transaction.
   *
   * @throws StaleFacts if the reference data changed meanwhile: nothing was appended, take the decision again
   */
  AuditEvent record(
      AuditEventType type,
      Optional<StaffId> actor,
      String subject,
      Map<String, String> details,
      long referenceVersion) {
    Pending mine = new Pending(type, actor, subject, details, now(), referenceVersion);
    queue.add(mine);
    boolean interrupted = false;
    while (!mine.settled()) {
      if (lock.tryLock()) {
        try {
          flushUntil(mine);
        } finally {
          lock.unlock();
        }
        handOver();
      } else {
        // Another caller is committing a batch; this event goes in the next one. Woken when it is
        // committed,
        // or after a short while to see whether the lock is free.
        LockSupport.parkNanos(this, FOLLOWER_WAIT_NANOS);
        // The event is queued and will be committed whatever happens: an interrupt cannot withdraw
        // it, so the
        // caller waits on, without spinning, and gets its interrupt back afterwards.
        interrupted |= Thread.interrupted();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return mine.result();
  }

  /**
   * Runs writes and their audit events in one unit of work: all of it is committed, or none. Serialised with the
   * batches; retried from the start if another process appended first, so the work must only touch the store.
   */
  <T> T inUnit(BiFunction<LiaisonStore, Appender, T> work) {
    lock.lock();
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        ChainCheckpoint[] unitHead = {null};
        try {
          T result =
              store.inTransaction(
                  tx -> {
                    unitHead[0] = head(tx.audit());
                    return work.apply(
                        tx,
                        (type, actor, subject, details) -> {
                          AuditEvent event =
                              AuditEvent.next(unitHead[0], now(), type, actor, subject, details);
                          try {
                            tx.audit().append(event);
                          } catch (ConcurrentUpdateException e) {
                            throw new LostRace(e);
                          }
                          unitHead[0] = ChainCheckpoint.of(event);
                          return event;
                        });
                  });
          publish(unitHead[0]);
          return result;
        } catch (LostRace lost) {
          head = null;
          LOG.debug("another writer appended to the audit trail first; retrying the unit of work");
        }
      }
      throw new LiaisonException(
          "could not append to the audit trail after " + ATTEMPTS + " attempts");
    } finally {
      lock.unlock();
      handOver();
    }
  }

  /** After the lock is let go: whoever queued meanwhile takes over at once rather than at its next wake-up. */
  private void handOver() {
    Pending next = queue.peek();
    if (next != null) {
      LockSupport.unpark(next.owner);
    }
  }

  /**
   * The events' time, to the microsecond: databases keep timestamps to the microsecond, and an event's document
   * and its time column must agree for verification to hold.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Under the lock: writes what is queued, in batches, until the caller's own event is committed or refused. */
  private void flushUntil(Pending mine) {
    List<Pending> batch = new ArrayList<>();
    while (!mine.settled()) {
      batch.clear();
      for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
        batch.add(next);
      }
      if (batch.isEmpty()) {
        return;
      }
      commit(batch);
    }
  }

  private void commit(List<Pending> batch) {
    Throwable failure = null;
    for (int attempt = 0; attempt < ATTEMPTS && !batch.isEmpty(); attempt++) {
      try {
        boolean conditional = batch.stream().anyMatch(p -> p.referenceVersion != NO_CONDITION);
        Chained chained =
            conditional
                ? store.inTransaction(
                    tx -> chainAndAppend(tx.audit(), batch, tx.referenceVersion()))
                : chainAndAppend(store.audit(), batch, NO_CONDITION);
        publish(chained.head);
        for (int i = 0; i < chained.pending.size(); i++) {
          chained.pending.get(i).settle(chained.events.get(i), null);
        }
        return;
      } catch (ConcurrentUpdateException lostRace) {
        head = null;
        batch.removeIf(Pending::settled);
        LOG.debug(
            "another writer appended to the audit trail first; retrying a batch of {}",
            batch.size());
      } catch (Throwable e) {
        // Anything, an Error included: every caller of the batch hears it rather than waiting for
        // good.
        failure = e;
        break;
      }
    }
    Throwable cause =
        failure != null
            ? failure
            : new LiaisonException(
                "could not append to the audit trail after " + ATTEMPTS + " attempts");
    for (Pending pending : batch) {
      if (!pending.settled()) {
        pending.settle(null, cause);
      }
    }
  }

  /** What a batch became: the events appended, the callers they belong to, and the new head. */
  private record Chained(List<AuditEvent> events, List<Pending> pending, ChainCheckpoint head) {}

  /**
   * Chains the batch's events onto the head and appends them. A caller whose facts are older than the store's
   * reference version, or whose event is malformed, is answered on its own and left out of the chain.
   */
  private Chained chainAndAppend(
      AuditEventRepository events, List<Pending> batch, long referenceVersion) {
    ChainCheckpoint after = head(events);
    List<AuditEvent> chainedEvents = new ArrayList<>(batch.size());
    List<Pending> chained = new ArrayList<>(batch.size());
    for (Pending pending : batch) {
      if (pending.settled()) {
        continue;
      }
      if (pending.referenceVersion != NO_CONDITION
          && pending.referenceVersion != referenceVersion) {
        pending.settle(null, new StaleFacts());
        continue;
      }
      try {
        AuditEvent event = pending.chainedAfter(after);
        chainedEvents.add(event);
        chained.add(pending);
        after = ChainCheckpoint.of(event);
      } catch (RuntimeException refused) {
        // One caller's malformed event is that caller's failure, not its batch's.
        pending.settle(null, refused);
      }
    }
    if (!chainedEvents.isEmpty()) {
      events.append(chainedEvents);
    }
    return new Chained(chainedEvents, chained, after);
  }

  private ChainCheckpoint head(AuditEventRepository events) {
    ChainCheckpoint known = head;
    return known != null ? known : events.headCheckpoint();
  }

  private void publish(@Nullable ChainCheckpoint committed) {
    head = cacheHead ? committed : null;
  }

  @Override
  public List<AuditEvent> read(long fromSequence, int limit) {
    return store.audit().read(fromSequence, limit);
  }

  @Override
  public ChainCheckpoint head() {
    return store.audit().headCheckpoint();
  }

  @Override
  public ChainVerification verify() {
    return verify(ChainCheckpoint.GENESIS);
  }

  @Override
  public ChainVerification verify(ChainCheckpoint from) {
    Checks.present(from, "ChainVerification", "from");
    ChainVerification result = new ChainVerifier(store.audit()).from(from);
    if (result.intact()) {
      LOG.debug(
          "audit chain intact: {} events verified up to event {}",
          result.verifiedEvents(),
          result.headSequence());
    } else {
      LOG.warn("audit chain broken at event {}: {}", result.brokenAt(), result.problem());
    }
    return result;
  }

  /** An event waiting for its batch. */
  private static final class Pending {
    private final AuditEventType type;
    private final Optional<StaffId> actor;
    private final String subject;
    private final Map<String, String> details;
    private final Instant occurredAt;
    private final long referenceVersion;
    private final Thread owner = Thread.currentThread();
    private volatile boolean settled;
    private @Nullable AuditEvent event;
    private @Nullable Throwable failure;

    Pending(
        AuditEventType type,
        Optional<StaffId> actor,
        String subject,
        Map<String, String> details,
        Instant occurredAt,
        long referenceVersion) {
      this.referenceVersion = referenceVersion;
      this.type = type;
      this.actor = actor;
      this.subject = subject;
      this.details = details;
      this.occurredAt = occurredAt;
    }

    AuditEvent chainedAfter(ChainCheckpoint after) {
      return AuditEvent.next(after, occurredAt, type, actor, subject, details);
    }

    void settle(@Nullable AuditEvent committed, @Nullable Throwable failed) {
      this.event = committed;
      this.failure = failed;
      this.settled = true;
      LockSupport.unpark(owner);
    }

    boolean settled() {
      return settled;
    }

    /** Read after {@link #settled()} was seen true: the volatile write in {@link #settle} orders the fields. */
    AuditEvent result() {
      Throwable failed = failure;
      if (failed instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failed instanceof Error error) {
        throw error;
      }
      if (failed != null) {
        throw new LiaisonException(
            "the audit trail could not be appended to: " + failed.getClass().getName(), failed);
      }
      AuditEvent committed = event;
      if (committed == null) {
        throw new IllegalStateException("an audit event was neither committed nor refused");
      }
      return committed;
    }
  }

  /** The facts an event was conditioned on changed before it could be committed; nothing was appended. */
  static final class StaleFacts extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleFacts() {
      super("the school's reference data changed while the decision was taken", null, false, false);
    }
  }

  /** Thrown through a unit of work's transaction to roll it back when its audit append lost a race. */
  private static final class LostRace extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostRace(ConcurrentUpdateException cause) {
      super("the audit head moved", cause, false, false);
    }
  }
}
