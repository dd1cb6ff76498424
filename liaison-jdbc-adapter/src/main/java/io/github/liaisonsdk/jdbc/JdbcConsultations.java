package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.ConsultationRepository;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import java.util.List;
import java.util.Optional;

/** Consultations, insert-only: the primary key refuses a second consultation under one id. */
final class JdbcConsultations implements ConsultationRepository {
  private final Scope scope;
  private final String insert;
  private final String find;
  private final String forPupil;
  private final String school;

  JdbcConsultations(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String table = sql.table("consultation");
    this.insert =
        "INSERT INTO "
            + table
            + " (school_id, id, pupil_id, consulted_at, role, topic, outcome,"
            + " who_informs, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.find = "SELECT doc FROM " + table + " WHERE school_id = ? AND id = ?";
    this.forPupil =
        "SELECT doc FROM "
            + table
            + " WHERE school_id = ? AND pupil_id = ? ORDER BY consulted_at, id";
  }

  @Override
  public void save(ConsultationRecord consultation) {
    String doc = Rows.json(consultation);
    scope.write(
        "save consultation " + consultation.id(),
        c ->
            Rows.update(
                c,
                insert,
                school,
                consultation.id().value(),
                consultation.pupil().value(),
                consultation.consultedAt(),
                consultation.role().name(),
                consultation.topic().name(),
                consultation.outcome().name(),
                consultation.whoInformsOtherServices().map(Enum::name).orElse(null),
                doc));
  }

  @Override
  public Optional<ConsultationRecord> find(ConsultationId id) {
    return scope.run(
        "find consultation " + id,
        c -> Rows.document(c, ConsultationRecord.class, find, school, id.value()));
  }

  @Override
  public List<ConsultationRecord> forPupil(PupilId pupil) {
    return scope.run(
        "list consultations of pupil " + pupil,
        c -> Rows.documents(c, ConsultationRecord.class, forPupil, school, pupil.value()));
  }
}
