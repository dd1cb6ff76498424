package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.ContactRecordRepository;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Contact records and amendments: insert-only. */
final class JdbcContacts implements ContactRecordRepository {
  private final Scope scope;
  private final String insert;
  private final String insertTopic;
  private final String deleteTopics;
  private final String exists;
  private final String nextAmendment;
  private final String insertAmendment;
  private final String find;
  private final String amendments;
  private final String chronology;
  private final String between;
  private final String deleteAmendments;
  private final String deleteRecord;

  JdbcContacts(Scope scope, Sql sql) {
    this.scope = scope;
    String record = sql.table("contact_record");
    String amendment = sql.table("amendment");
    this.insert = "INSERT INTO " + record + " (id, pupil_id, occurred_at, kind, staff_id, emergency_raised_at, doc)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.insertTopic = "INSERT INTO " + sql.table("contact_topic") + " (record_id, topic, pupil_id, occurred_at)"
        + " VALUES (?, ?, ?, ?)";
    this.deleteTopics = "DELETE FROM " + sql.table("contact_topic") + " WHERE record_id = ?";
    this.exists = "SELECT COUNT(*) FROM " + record + " WHERE id = ?";
    this.nextAmendment = "SELECT COALESCE(MAX(seq), 0) + 1 FROM " + amendment + " WHERE record_id = ?";
    this.insertAmendment = "INSERT INTO " + amendment + " (record_id, seq, doc) VALUES (?, ?, ?)";
    this.find = "SELECT doc FROM " + record + " WHERE id = ?";
    this.amendments = "SELECT doc FROM " + amendment + " WHERE record_id = ? ORDER BY seq";
    this.chronology = "SELECT doc FROM " + record + " WHERE pupil_id = ? ORDER BY occurred_at, id";
    this.deleteAmendments = "DELETE FROM " + amendment + " WHERE record_id = ?";
    this.deleteRecord = "DELETE FROM " + record + " WHERE id = ?";
    this.between = "SELECT doc FROM " + record + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id";
  }

  @Override
  public void append(ContactRecord record) {
    appendAll(List.of(record));
  }

  @Override
  public void appendAll(List<ContactRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<String> docs = new java.util.ArrayList<>(records.size());
    for (ContactRecord record : records) {
      docs.add(Rows.json(record));
    }
    String what = records.size() == 1 ? "append contact record " + records.get(0).id()
        : "append " + records.size() + " contact records";
    scope.write(what, c -> {
      try (java.sql.PreparedStatement rows = c.prepareStatement(insert);
          java.sql.PreparedStatement topics = c.prepareStatement(insertTopic)) {
        for (int i = 0; i < records.size(); i++) {
          ContactRecord record = records.get(i);
          java.time.OffsetDateTime occurred =
              java.time.OffsetDateTime.ofInstant(record.occurredAt(), java.time.ZoneOffset.UTC);
          rows.setString(1, record.id().value());
          rows.setString(2, record.pupil().value());
          rows.setObject(3, occurred);
          rows.setString(4, record.kind().name());
          rows.setString(5, record.staff().value());
          rows.setObject(6, record.emergencyRaisedAt()
              .map(at -> java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).orElse(null));
          rows.setString(7, docs.get(i));
          rows.addBatch();
          for (io.github.liaisonsdk.confidentiality.Topic topic : record.topics()) {
            topics.setString(1, record.id().value());
            topics.setString(2, topic.name());
            topics.setString(3, record.pupil().value());
            topics.setObject(4, occurred);
            topics.addBatch();
          }
        }
        rows.executeBatch();
        topics.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void amend(Amendment amendment) {
    String doc = Rows.json(amendment);
    String id = amendment.record().value();
    for (int attempt = 0; ; attempt++) {
      try {
        scope.write("amend contact record " + id, c -> {
          if (Rows.number(c, exists, id).orElse(0L) == 0) {
            throw new NotFoundException("contact record " + id + " is not held");
          }
          long seq = Rows.number(c, nextAmendment, id).orElse(1L);
          return Rows.update(c, insertAmendment, id, (int) seq, doc);
        });
        return;
      } catch (ConcurrentUpdateException anotherAmendmentFirst) {
        // Two amendments took the same sequence number: the loser takes the next one.
        if (scope.bound() || attempt == 9) {
          throw anotherAmendmentFirst;
        }
      }
    }
  }

  @Override
  public boolean dispose(ContactRecordId id) {
    return scope.write("dispose of contact record " + id, c -> {
      Rows.update(c, deleteAmendments, id.value());
      Rows.update(c, deleteTopics, id.value());
      return Rows.update(c, deleteRecord, id.value()) == 1;
    });
  }

  @Override
  public Optional<ContactRecord> find(ContactRecordId id) {
    return scope.run("read contact record " + id, c -> Rows.document(c, ContactRecord.class, find, id.value()));
  }

  @Override
  public List<Amendment> amendments(ContactRecordId id) {
    return scope.run("read amendments of " + id, c -> Rows.documents(c, Amendment.class, amendments, id.value()));
  }

  @Override
  public List<ContactRecord> chronology(PupilId pupil) {
    return scope.run("read chronology of " + pupil,
        c -> Rows.documents(c, ContactRecord.class, chronology, pupil.value()));
  }

  @Override
  public List<ContactRecord> occurredBetween(Instant from, Instant until) {
    return scope.run("read contact records by date", c -> Rows.documents(c, ContactRecord.class, between, from, until));
  }
}
