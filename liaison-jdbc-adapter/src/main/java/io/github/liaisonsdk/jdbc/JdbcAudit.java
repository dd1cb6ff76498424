package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail: insert-only, numbered without gaps. A batch is checked against the stored head inside its own
 * transaction and the sequence key refuses a second writer of the same number, so two processes appending at once
 * cannot both succeed; the loser hears {@link ConcurrentUpdateException} and rechains.
 */
final class JdbcAudit implements AuditEventRepository {
  private final Scope scope;
  private final String headLink;
  private final String insert;
  private final String head;
  private final String read;
  private final String readStored;
  private final String school;

  JdbcAudit(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String audit = sql.table("audit_event");
    this.headLink =
        "SELECT sequence, hash FROM "
            + audit
            + " WHERE school_id = ? ORDER BY sequence DESC LIMIT 1";
    this.insert =
        "INSERT INTO "
            + audit
            + " (school_id, sequence, occurred_at, event_type, subject, hash, doc)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.head = "SELECT doc FROM " + audit + " WHERE school_id = ? ORDER BY sequence DESC LIMIT 1";
    this.read =
        "SELECT doc FROM "
            + audit
            + " WHERE school_id = ? AND sequence >= ? ORDER BY sequence LIMIT ?";
    this.readStored =
        "SELECT sequence, occurred_at, event_type, subject, hash, doc FROM "
            + audit
            + " WHERE school_id = ? AND sequence >= ? ORDER BY sequence LIMIT ?";
  }

  @Override
  public void append(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<String> documents = new ArrayList<>(events.size());
    for (AuditEvent event : events) {
      documents.add(Rows.json(event));
    }
    AuditEvent first = events.get(0);
    scope.write(
        "append audit events from " + first.sequence(),
        c -> {
          ChainCheckpoint stored = headLink(c);
          String follows = stored.hash();
          for (int i = 0; i < events.size(); i++) {
            AuditEvent event = events.get(i);
            // The hash too, not only the number: a head cached over a rolled-back or restored
            // database is refused.
            if (event.sequence() != stored.sequence() + 1 + i
                || !event.previousHash().equals(follows)) {
              throw new ConcurrentUpdateException(
                  "audit event "
                      + event.sequence()
                      + " does not follow event "
                      + (stored.sequence() + i)
                      + " as stored");
            }
            follows = event.hash();
          }
          try (PreparedStatement statement = c.prepareStatement(insert)) {
            for (int i = 0; i < events.size(); i++) {
              AuditEvent event = events.get(i);
              Rows.bindAll(
                  statement,
                  school,
                  event.sequence(),
                  event.occurredAt(),
                  event.type().name(),
                  event.subject(),
                  event.hash(),
                  documents.get(i));
              statement.addBatch();
            }
            statement.executeBatch();
          }
          return null;
        });
  }

  private ChainCheckpoint headLink(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement statement = Rows.prepare(c, headLink, school);
        ResultSet rows = statement.executeQuery()) {
      return rows.next()
          ? new ChainCheckpoint(rows.getLong(1), rows.getString(2).trim())
          : ChainCheckpoint.GENESIS;
    } catch (IllegalArgumentException malformed) {
      // A hash column someone damaged: chain onto nothing the adapter can trust, and let
      // verification name it.
      throw new JdbcStoreException(
          "the audit head's hash column is malformed: run the audit verification");
    }
  }

  @Override
  public ChainCheckpoint headCheckpoint() {
    return scope.run("read the audit head", this::headLink);
  }

  @Override
  public Optional<AuditEvent> head() {
    return scope.run("read the audit head", c -> Rows.document(c, AuditEvent.class, head, school));
  }

  @Override
  public List<AuditEvent> read(long fromSequence, int limit) {
    return scope.run(
        "read the audit trail",
        c -> Rows.documents(c, AuditEvent.class, read, school, fromSequence, Math.max(0, limit)));
  }

  @Override
  public List<StoredAuditEvent> readStored(long fromSequence, int limit) {
    return scope.run(
        "read the stored audit trail",
        c -> {
          try (PreparedStatement statement =
                  Rows.prepare(c, readStored, school, fromSequence, Math.max(0, limit));
              ResultSet rows = statement.executeQuery()) {
            List<StoredAuditEvent> found = new ArrayList<>();
            while (rows.next()) {
              OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
              found.add(
                  new StoredAuditEvent(
                      rows.getLong(1),
                      at == null ? "" : at.toInstant().toString(),
                      String.valueOf(rows.getString(3)),
                      String.valueOf(rows.getString(4)),
                      String.valueOf(rows.getString(5)),
                      String.valueOf(rows.getString(6))));
            }
            return found;
          }
        });
  }
}
