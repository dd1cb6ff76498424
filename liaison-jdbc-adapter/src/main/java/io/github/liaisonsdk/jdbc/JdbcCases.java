package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.port.ExternalContactRepository;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/** Out-of-hours contact cases: insert-only versions; the (case_id, version) key makes concurrent transitions collide. */
final class JdbcCases implements ExternalContactRepository {
  private final Scope scope;
  private final VersionedDocuments<ExternalContactCase> cases;
  private final String insert;
  private final String school;

  JdbcCases(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String table = sql.table("external_contact");
    this.cases =
        new VersionedDocuments<>(
            scope, table, "case_id", "disclosed_at", ExternalContactCase.class, "case");
    this.insert =
        "INSERT INTO "
            + table
            + " (school_id, case_id, version, pupil_id, disclosed_at, state, doc)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  }

  @Override
  public void save(ExternalContactCase contactCase) {
    String doc = Rows.json(contactCase);
    scope.write(
        "save case " + contactCase.id() + " version " + contactCase.version(),
        c -> {
          cases.requireNext(c, contactCase.id().value(), contactCase.version());
          return Rows.update(
              c,
              insert,
              school,
              contactCase.id().value(),
              contactCase.version(),
              contactCase.pupil().value(),
              contactCase.disclosedAt(),
              contactCase.state().name(),
              doc);
        });
  }

  @Override
  public Optional<ExternalContactCase> latest(CaseId id) {
    return cases.latest(id.value());
  }

  @Override
  public List<ExternalContactCase> versions(CaseId id) {
    return cases.versions(id.value());
  }

  @Override
  public List<ExternalContactCase> forPupil(PupilId pupil) {
    return cases.forPupil(pupil.value());
  }
}
