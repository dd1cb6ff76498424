package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import java.util.List;
import java.util.Optional;

/** The audit trail: insert-only, numbered without gaps; the sequence key serialises concurrent appenders. */
final class JdbcAudit implements AuditEventRepository {
  private final Scope scope;
  private final String max;
  private final String insert;
  private final String head;
  private final String read;

  JdbcAudit(Scope scope, Sql sql) {
    this.scope = scope;
    String audit = sql.table("audit_event");
    this.max = "SELECT MAX(sequence) FROM " + audit;
    this.insert = "INSERT INTO " + audit + " (sequence, occurred_at, event_type, subject, hash, doc)"
        + " VALUES (?, ?, ?, ?, ?, ?)";
    this.head = "SELECT doc FROM " + audit + " ORDER BY sequence DESC LIMIT 1";
    this.read = "SELECT doc FROM " + audit + " WHERE sequence >= ? ORDER BY sequence LIMIT ?";
  }

  @Override
  public void append(AuditEvent event) {
    String doc = Rows.json(event);
    scope.run("append audit event " + event.sequence(), c -> {
      long expected = Rows.number(c, max).orElse(0L) + 1;
      if (event.sequence() != expected) {
        throw new ConcurrentUpdateException("audit event " + event.sequence() + " cannot follow event "
            + (expected - 1));
      }
      return Rows.update(c, insert, event.sequence(), event.occurredAt(), event.type().name(), event.subject(),
          event.hash(), doc);
    });
  }

  @Override
  public Optional<AuditEvent> head() {
    return scope.run("read the audit head", c -> Rows.document(c, AuditEvent.class, head));
  }

  @Override
  public List<AuditEvent> read(long fromSequence, int limit) {
    return scope.run("read the audit trail", c -> Rows.documents(c, AuditEvent.class, read, fromSequence,
        Math.max(0, limit)));
  }
}
