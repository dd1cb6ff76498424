package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.SafeguardingAgreementRepository;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import java.util.List;

/** Safeguarding agreements, insert-only, read by pupil through their own index, never through the audit trail. */
final class JdbcAgreements implements SafeguardingAgreementRepository {
  private final Scope scope;
  private final String insert;
  private final String forPupil;
  private final String school;

  JdbcAgreements(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String table = sql.table("safeguarding_agreement");
    this.insert =
        "INSERT INTO "
            + table
            + " (school_id, id, pupil_id, agreed_at, doc) VALUES (?, ?, ?, ?, ?)";
    this.forPupil =
        "SELECT doc FROM " + table + " WHERE school_id = ? AND pupil_id = ? ORDER BY agreed_at, id";
  }

  @Override
  public void save(String key, SafeguardingAgreement agreement) {
    String doc = Rows.json(agreement);
    scope.write(
        "save a safeguarding agreement",
        c ->
            Rows.update(
                c, insert, school, key, agreement.pupil().value(), agreement.agreedAt(), doc));
  }

  @Override
  public List<SafeguardingAgreement> forPupil(PupilId pupil) {
    return scope.run(
        "list safeguarding agreements of pupil " + pupil,
        c -> Rows.documents(c, SafeguardingAgreement.class, forPupil, school, pupil.value()));
  }
}
