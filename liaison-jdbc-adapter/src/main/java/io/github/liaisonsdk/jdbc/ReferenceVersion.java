package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The one-row counter that every write of a pupil, a member of staff or a plan bumps in its own transaction. */
final class ReferenceVersion {
  private final String school;
  private final String bump;
  private final String read;

  ReferenceVersion(Scope scope, Sql sql) {
    this.school = scope.school;
    String table = sql.table("reference_version");
    // A school's row is made by its first write of reference data: one statement, so two first writers do not race.
    this.bump = scope.dialect == Dialect.POSTGRESQL
        ? "INSERT INTO " + table + " AS r (school_id, seq) VALUES (?, 1)"
            + " ON CONFLICT (school_id) DO UPDATE SET seq = r.seq + 1"
        : "MERGE INTO " + table + " r USING (VALUES (CAST(? AS VARCHAR(64)))) AS s (school_id)"
            + " ON r.school_id = s.school_id WHEN MATCHED THEN UPDATE SET seq = r.seq + 1"
            + " WHEN NOT MATCHED THEN INSERT (school_id, seq) VALUES (s.school_id, 1)";
    this.read = "SELECT seq FROM " + table + " WHERE school_id = ?";
  }

  void bump(Connection c) throws SQLException {
    Rows.update(c, bump, school);
  }

  long read(Connection c) throws SQLException {
    return Rows.number(c, read, school).orElse(0L);
  }
}
