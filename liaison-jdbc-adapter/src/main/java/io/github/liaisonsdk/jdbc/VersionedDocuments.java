package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.ConcurrentUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A table of insert-only document versions keyed by (id, version) and owned by a pupil: plans and out-of-hours
 * cases. The primary key makes two writers of one version collide; reads pick the latest version of each id.
 */
final class VersionedDocuments<T> {
  private final Scope scope;
  private final Class<T> type;
  private final String what;
  private final String latestVersion;
  private final String latest;
  private final String versions;
  private final String forPupil;
  private final String school;

  VersionedDocuments(
      Scope scope, String table, String idColumn, String orderColumn, Class<T> type, String what) {
    this.scope = scope;
    this.school = scope.school;
    this.type = type;
    this.what = what;
    this.latestVersion =
        "SELECT MAX(version) FROM " + table + " WHERE school_id = ? AND " + idColumn + " = ?";
    this.latest =
        "SELECT doc FROM "
            + table
            + " WHERE school_id = ? AND "
            + idColumn
            + " = ? ORDER BY version DESC LIMIT 1";
    this.versions =
        "SELECT doc FROM "
            + table
            + " WHERE school_id = ? AND "
            + idColumn
            + " = ? ORDER BY version";
    this.forPupil =
        "SELECT d.doc FROM "
            + table
            + " d WHERE d.school_id = ? AND d.pupil_id = ? AND d.version ="
            + " (SELECT MAX(v.version) FROM "
            + table
            + " v WHERE v.school_id = d.school_id AND v."
            + idColumn
            + " = d."
            + idColumn
            + ") ORDER BY d."
            + orderColumn
            + ", d."
            + idColumn;
  }

  /** Refuses a version that is not exactly one more than the latest held, inside the writer's transaction. */
  void requireNext(Connection c, String id, int version) throws SQLException {
    long current = Rows.number(c, latestVersion, school, id).orElse(0L);
    if (version != current + 1) {
      throw new ConcurrentUpdateException(
          what
              + " "
              + id
              + " is at version "
              + current
              + "; version "
              + version
              + " cannot be saved");
    }
  }

  Optional<T> latest(String id) {
    return scope.run("read " + what + " " + id, c -> Rows.document(c, type, latest, school, id));
  }

  List<T> versions(String id) {
    return scope.run(
        "read " + what + " versions " + id, c -> Rows.documents(c, type, versions, school, id));
  }

  List<T> forPupil(String pupil) {
    return scope.run(
        "read " + what + "s of pupil " + pupil,
        c -> Rows.documents(c, type, forPupil, school, pupil));
  }
}
