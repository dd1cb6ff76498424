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
  private final String school;

  JdbcContacts(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String record = sql.table("contact_record");
    String amendment = sql.table("amendment");
    this.insert =
        "INSERT INTO "
            + record
            + " (school_id, id, pupil_id, occurred_at, kind, staff_id,"
            + " emergency_raised_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    this.insertTopic =
        "INSERT INTO "
            + sql.table("contact_topic")
            + " (school_id, record_id, topic, pupil_id, occurred_at) VALUES (?, ?, ?, ?, ?)";
    this.deleteTopics =
        "DELETE FROM " + sql.table("contact_topic") + " WHERE school_id = ? AND record_id = ?";
    this.exists = "SELECT COUNT(*) FROM " + record + " WHERE school_id = ? AND id = ?";
    this.nextAmendment =
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM "
            + amendment
            + " WHERE school_id = ? AND record_id = ?";
    this.insertAmendment =
        "INSERT INTO " + amendment + " (school_id, record_id, seq, doc) VALUES (?, ?, ?, ?)";
    this.find = "SELECT doc FROM " + record + " WHERE school_id = ? AND id = ?";
    this.amendments =
        "SELECT doc FROM " + amendment + " WHERE school_id = ? AND record_id = ? ORDER BY seq";
    this.chronology =
        "SELECT doc FROM "
            + record
            + " WHERE school_id = ? AND pupil_id = ? ORDER BY occurred_at, id";
    this.deleteAmendments = "DELETE FROM " + amendment + " WHERE school_id = ? AND record_id = ?";
    this.deleteRecord = "DELETE FROM " + record + " WHERE school_id = ? AND id = ?";
    this.between =
        "SELECT doc FROM "
            + record
            + " WHERE school_id = ? AND occurred_at >= ? AND occurred_at < ?"
            + " ORDER BY occurred_at, id";
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
    String what =
        records.size() == 1
            ? "append contact record " + records.get(0).id()
            : "append " + records.size() + " contact records";
    scope.write(
        what,
        c -> {
          try (java.sql.PreparedStatement rows = c.prepareStatement(insert);
              java.sql.PreparedStatement topics = c.prepareStatement(insertTopic)) {
            for (int i = 0; i < records.size(); i++) {
              ContactRecord record = records.get(i);
              java.time.OffsetDateTime occurred =
                  java.time.OffsetDateTime.ofInstant(record.occurredAt(), java.time.ZoneOffset.UTC);
              rows.setString(1, school);
              rows.setString(2, record.id().value());
              rows.setString(3, record.pupil().value());
              rows.setObject(4, occurred);
              rows.setString(5, record.kind().name());
              rows.setString(6, record.staff().value());
              rows.setObject(
                  7,
                  record
                      .emergencyRaisedAt()
                      .map(at -> java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                      .orElse(null));
              rows.setString(8, docs.get(i));
              rows.addBatch();
              for (io.github.liaisonsdk.confidentiality.Topic topic : record.topics()) {
                topics.setString(1, school);
                topics.setString(2, record.id().value());
                topics.setString(3, topic.name());
                topics.setString(4, record.pupil().value());
                topics.setObject(5, occurred);
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
        scope.write(
            "amend contact record " + id,
            c -> {
              if (Rows.number(c, exists, school, id).orElse(0L) == 0) {
                throw new NotFoundException("contact record " + id + " is not held");
              }
              long seq = Rows.number(c, nextAmendment, school, id).orElse(1L);
              return Rows.update(c, insertAmendment, school, id, (int) seq, doc);
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
    return scope.write(
        "dispose of contact record " + id,
        c -> {
          Rows.update(c, deleteAmendments, school, id.value());
          Rows.update(c, deleteTopics, school, id.value());
          return Rows.update(c, deleteRecord, school, id.value()) == 1;
        });
  }

  @Override
  public Optional<ContactRecord> find(ContactRecordId id) {
    return scope.run(
        "read contact record " + id,
        c -> Rows.document(c, ContactRecord.class, find, school, id.value()));
  }

  @Override
  public List<Amendment> amendments(ContactRecordId id) {
    return scope.run(
        "read amendments of " + id,
        c -> Rows.documents(c, Amendment.class, amendments, school, id.value()));
  }

  @Override
  public List<ContactRecord> chronology(PupilId pupil) {
    return scope.run(
        "read chronology of " + pupil,
        c -> Rows.documents(c, ContactRecord.class, chronology, school, pupil.value()));
  }

  @Override
  public List<ContactRecord> occurredBetween(Instant from, Instant until) {
    return scope.run(
        "read contact records by date",
        c -> Rows.documents(c, ContactRecord.class, between, school, from, until));
  }
}
