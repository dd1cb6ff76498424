package io.github.liaisonsdk.audit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.internal.CanonicalDigest;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One event of the hash-chained audit trail. Each event carries the SHA-256 of the one before it, so a changed,
 * removed, inserted or reordered event breaks the chain. Events name things by id and hold no confidential text:
 * the subject and details are pseudonymous references and labels.
 *
 * <p>Immutable and thread-safe. Build the next event of a chain with {@link #next}; an event read back from a store
 * is built with {@link #builder()} and checked by recomputing {@link #computeHash()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableAuditEvent.class)
@JsonDeserialize(as = ImmutableAuditEvent.class)
public abstract class AuditEvent {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  AuditEvent() {}

  /**
   * The event's number in the trail: 1 for the first, no gaps.
   *
   * @return at least 1
   */
  public abstract long sequence();

  /**
   * When it happened.
   *
   * @return the instant
   */
  public abstract Instant occurredAt();

  /**
   * What kind of event.
   *
   * @return the type
   */
  public abstract AuditEventType type();

  /**
   * Who acted, when a member of staff did.
   *
   * @return the actor
   */
  public abstract Optional<StaffId> actor();

  /**
   * What the event is about, by reference: a pupil id, a record id, a pack id and version.
   *
   * @return 1 to 200 characters on one line
   */
  public abstract String subject();

  /**
   * Labels and ids that describe the event, such as the outcome and clauses of a decision.
   *
   * @return the details, keys and values on one line each
   */
  public abstract Map<String, String> details();

  /**
   * The hash of the event before this one, or 64 zeros for the first.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String previousHash();

  /**
   * This event's hash, over every field above.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String hash();

  /**
   * Starts an event, for adapters that read events back.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuditEvent}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableAuditEvent.Builder {
    Builder() {}
  }

  /**
   * The next event of a chain, numbered and hashed.
   *
   * @param head the chain's current head, or empty for the first event
   * @param occurredAt when
   * @param type what kind
   * @param actor who, if a member of staff
   * @param subject about what, by reference
   * @param details labels and ids
   * @return the event
   */
  public static AuditEvent next(
      Optional<AuditEvent> head,
      Instant occurredAt,
      AuditEventType type,
      Optional<StaffId> actor,
      String subject,
      Map<String, String> details) {
    return next(
        head.map(ChainCheckpoint::of).orElse(ChainCheckpoint.GENESIS),
        occurredAt,
        type,
        actor,
        subject,
        details);
  }

  /**
   * The event after a checkpoint, numbered and hashed.
   *
   * @param after the chain's current head, or {@link ChainCheckpoint#GENESIS} for the first event
   * @param occurredAt when
   * @param type what kind
   * @param actor who, if a member of staff
   * @param subject about what, by reference
   * @param details labels and ids
   * @return the event
   */
  public static AuditEvent next(
      ChainCheckpoint after,
      Instant occurredAt,
      AuditEventType type,
      Optional<StaffId> actor,
      String subject,
      Map<String, String> details) {
    long sequence = after.sequence() + 1;
    String hash = digest(sequence, occurredAt, type, actor, subject, details, after.hash());
    return builder()
        .sequence(sequence)
        .occurredAt(occurredAt)
        .type(type)
        .actor(actor)
        .subject(subject)
        .details(details)
        .previousHash(after.hash())
        .hash(hash)
        .build();
  }

  /**
   * Recomputes the hash from the fields, to check the stored one.
   *
   * @return 64 lower-case hex digits
   */
  public String computeHash() {
    return digest(sequence(), occurredAt(), type(), actor(), subject(), details(), previousHash());
  }

  /** Length-prefixed fields, so no choice of values can make two different events hash alike. */
  private static String digest(
      long sequence,
      Instant occurredAt,
      AuditEventType type,
      Optional<StaffId> actor,
      String subject,
      Map<String, String> details,
      String previousHash) {
    CanonicalDigest out =
        CanonicalDigest.start()
            .field(sequence)
            .field(occurredAt.toString())
            .field(type.name())
            .field(actor.isPresent() ? actor.get().value() : "")
            .field(subject);
    String[] keys = details.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (String key : keys) {
      out.field(key).field(details.get(key));
    }
    return out.field(previousHash).finish();
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of(this, "AuditEvent")
            .require(sequence() >= 1, "sequence", "events are numbered from 1", null)
            .require(
                Text.label(subject(), 200),
                "subject",
                "must be 1 to 200 characters on one line",
                null)
            .require(
                Hashing.isSha256(previousHash()),
                "previousHash",
                "must be 64 lower-case hex digits",
                null)
            .require(Hashing.isSha256(hash()), "hash", "must be 64 lower-case hex digits", null)
            .require(
                sequence() > 1 || previousHash().equals(Hashing.GENESIS),
                "previousHash",
                "the first event follows the genesis hash",
                null);
    details()
        .forEach(
            (key, value) ->
                checks
                    .require(
                        Text.label(key, 100),
                        "details",
                        "keys are 1 to 100 characters on one line",
                        null)
                    .require(
                        value.isEmpty() || Text.label(value, 2000),
                        "details." + key,
                        "values are at most 2000 characters on one line",
                        null));
    checks.done();
  }
}
