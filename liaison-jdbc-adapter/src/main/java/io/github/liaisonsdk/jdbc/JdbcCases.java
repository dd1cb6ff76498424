package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.ExternalContactRepository;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/** Out-of-hours contact cases: insert-only versions; the (case_id, version) key makes concurrent transitions collide. */
final class JdbcCases implements ExternalContactRepository {
  private final Scope scope;
  private final String latestVersion;
  private final String insert;
  private final String latest;
  private final String versions;
  private final String forPupil;

  JdbcCases(Scope scope, Sql sql) {
    this.scope = scope;
    String table = sql.table("external_contact");
    this.latestVersion = "SELECT MAX(version) FROM " + table + " WHERE case_id = ?";
    this.insert = "INSERT INTO " + table + " (case_id, version, pupil_id, disclosed_at, doc) VALUES (?, ?, ?, ?, ?)";
    this.latest = "SELECT doc FROM " + table + " WHERE case_id = ? ORDER BY version DESC LIMIT 1";
    this.versions = "SELECT doc FROM " + table + " WHERE case_id = ? ORDER BY version";
    this.forPupil = "SELECT c.doc FROM " + table + " c WHERE c.pupil_id = ? AND c.version = "
        + "(SELECT MAX(v.version) FROM " + table + " v WHERE v.case_id = c.case_id) ORDER BY c.disclosed_at, c.case_id";
  }

  @Override
  public void save(ExternalContactCase contactCase) {
    String doc = Rows.json(contactCase);
    scope.run("save case " + contactCase.id() + " version " + contactCase.version(), c -> {
      long current = Rows.number(c, latestVersion, contactCase.id().value()).orElse(0L);
      if (contactCase.version() != current + 1) {
        throw new ConcurrentUpdateException("case " + contactCase.id() + " is at version " + current + "; version "
            + contactCase.version() + " cannot be saved");
      }
      return Rows.update(c, insert, contactCase.id().value(), contactCase.version(), contactCase.pupil().value(),
          contactCase.disclosedAt(), doc);
    });
  }

  @Override
  public Optional<ExternalContactCase> latest(CaseId id) {
    return scope.run("read case " + id, c -> Rows.document(c, ExternalContactCase.class, latest, id.value()));
  }

  @Override
  public List<ExternalContactCase> versions(CaseId id) {
    return scope.run("read case history " + id,
        c -> Rows.documents(c, ExternalContactCase.class, versions, id.value()));
  }

  @Override
  public List<ExternalContactCase> forPupil(PupilId pupil) {
    return scope.run("read cases of pupil " + pupil,
        c -> Rows.documents(c, ExternalContactCase.class, forPupil, pupil.value()));
  }
}
