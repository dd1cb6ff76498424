package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.port.AuditEventRepository;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Walks stored audit rows and says where the chain first goes wrong. It reads rows unparsed, so nothing stored,
 * however damaged, makes it throw: each problem becomes a sentence naming the event. Problems never quote stored
 * values, only column names and sequence numbers.
 */
final class ChainVerifier {
  /** Rows read at a time: small, since a damaged row may hold a document far larger than the library writes. */
  private static final int PAGE = 200;

  private final AuditEventRepository events;

  ChainVerifier(AuditEventRepository events) {
    this.events = events;
  }

  ChainVerification from(ChainCheckpoint start) {
    ChainCheckpoint good = start;
    long verified = 0;
    if (start.sequence() > 0) {
      List<StoredAuditEvent> at = events.readStored(start.sequence(), 1);
      if (at.isEmpty()) {
        return ChainVerification.broken(
            0,
            start,
            start.sequence(),
            "the trail ends before the checkpoint at event "
                + start.sequence()
                + ": events were removed from its end");
      }
      StoredAuditEvent row = at.get(0);
      if (row.sequence() != start.sequence()) {
        return ChainVerification.broken(
            0,
            start,
            start.sequence(),
            "event " + start.sequence() + ", the checkpoint, is missing");
      }
      Optional<String> problem = problem(row, start.sequence(), Optional.empty());
      if (problem.isPresent()) {
        return ChainVerification.broken(0, start, start.sequence(), problem.get());
      }
      if (!row.hash().equals(start.hash())) {
        return ChainVerification.broken(
            0,
            start,
            start.sequence(),
            "event "
                + start.sequence()
                + " no longer carries the checkpoint's hash: it, or an event before it, was replaced");
      }
    }
    if (start.sequence() == 0) {
      List<StoredAuditEvent> before = events.readStored(Long.MIN_VALUE, 1);
      if (!before.isEmpty() && before.get(0).sequence() < 1) {
        return ChainVerification.broken(
            0,
            start,
            1,
            "a row numbered " + before.get(0).sequence() + " precedes event 1: it was inserted");
      }
    }
    long expected = start.sequence() + 1;
    while (true) {
      List<StoredAuditEvent> page = events.readStored(expected, PAGE);
      for (StoredAuditEvent row : page) {
        if (row.sequence() > expected) {
          return ChainVerification.broken(
              verified,
              good,
              expected,
              "event "
                  + expected
                  + " is missing: the trail goes from event "
                  + (expected - 1)
                  + " to event "
                  + row.sequence());
        }
        if (row.sequence() < expected) {
          return ChainVerification.broken(
              verified,
              good,
              expected,
              "event "
                  + expected
                  + " is out of order: a row numbered "
                  + row.sequence()
                  + " follows event "
                  + (expected - 1));
        }
        Optional<String> problem = problem(row, expected, Optional.of(good.hash()));
        if (problem.isPresent()) {
          return ChainVerification.broken(verified, good, expected, problem.get());
        }
        good = new ChainCheckpoint(expected, row.hash());
        verified++;
        expected++;
      }
      if (page.size() < PAGE) {
        return ChainVerification.intact(verified, good);
      }
    }
  }

  /** What is wrong with one stored row, if anything; {@code previous} is the hash it must follow, when known. */
  private static Optional<String> problem(
      StoredAuditEvent row, long sequence, Optional<String> previous) {
    String event = "event " + sequence;
    AuditEvent parsed;
    try {
      parsed = LiaisonJson.read(row.document(), AuditEvent.class);
    } catch (LiaisonValidationException e) {
      // The rule only: a path can quote a field name someone wrote into the row.
      Violation first = e.violations().get(0);
      return Optional.of(
          event + "'s stored document does not parse as an audit event (" + first.rule() + ")");
    } catch (RuntimeException e) {
      return Optional.of(event + "'s stored document does not parse as an audit event");
    }
    if (!LiaisonJson.write(parsed).equals(row.document())) {
      return Optional.of(
          event + "'s stored document is not in the form the library wrote: it was edited");
    }
    if (parsed.sequence() != row.sequence()) {
      return Optional.of(event + "'s sequence column disagrees with its document");
    }
    if (!sameInstant(row.occurredAt(), parsed.occurredAt())) {
      return Optional.of(event + "'s time column disagrees with its document");
    }
    if (!row.type().equals(parsed.type().name())) {
      return Optional.of(event + "'s event-type column disagrees with its document");
    }
    if (!row.subject().equals(parsed.subject())) {
      return Optional.of(event + "'s subject column disagrees with its document");
    }
    if (!row.hash().equals(parsed.hash())) {
      return Optional.of(event + "'s hash column disagrees with its document");
    }
    if (previous.isPresent() && !parsed.previousHash().equals(previous.get())) {
      return Optional.of(event + " does not follow the hash of event " + (sequence - 1));
    }
    if (!parsed.computeHash().equals(parsed.hash())) {
      return Optional.of(event + " was changed: its hash does not match its content");
    }
    return Optional.empty();
  }

  /** Compared to the microsecond, the precision of the stores' time columns (events written before this rule may keep nanoseconds). */
  private static boolean sameInstant(String column, Instant documented) {
    try {
      return Instant.parse(column).equals(documented.truncatedTo(ChronoUnit.MICROS));
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
