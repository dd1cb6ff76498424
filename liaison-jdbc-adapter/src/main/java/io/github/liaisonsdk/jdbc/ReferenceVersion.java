package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The one-row counter that every write of a pupil, a member of staff or a plan bumps in its own transaction. */
final class ReferenceVersion {
  private final String school;
  private final Dialect dialect;
  private final String bump;
  private final String bumpHeld;
  private final String read;

  ReferenceVersion(Scope scope, Sql sql) {
    this.school = scope.school;
    this.dialect = scope.dialect;
    String table = sql.table("reference_version");
    this.bumpHeld = "UPDATE " + table + " SET seq = seq + 1 WHERE school_id = ?";
    // A school's row is made by its first write of reference data: one statement, so two first
    // writers do not race.
    this.bump =
        scope.dialect == Dialect.POSTGRESQL
            ? "INSERT INTO "
                + table
                + " AS r (school_id, seq) VALUES (?, 1)"
                + " ON CONFLICT (school_id) DO UPDATE SET seq = r.seq + 1"
            : "MERGE INTO "
                + table
                + " r USING (VALUES (CAST(? AS VARCHAR(64)))) AS s (school_id)"
                + " ON r.school_id = s.school_id WHEN MATCHED THEN UPDATE SET seq = r.seq + 1"
                + " WHEN NOT MATCHED THEN INSERT (school_id, seq) VALUES (s.school_id, 1)";
    this.read = "SELECT seq FROM " + table + " WHERE school_id = ?";
  }

  void bump(Connection c) throws SQLException {
    try {
      Rows.update(c, bump, school);
    } catch (SQLException e) {
      // H2's MERGE can lose the race of a school's first two writers, each seeing no row and
      // inserting one. H2
      // undoes the failed statement only, not the transaction, and the winner's row is committed by
      // now: move it.
      if (dialect != Dialect.H2 || !"23505".equals(e.getSQLState())) {
        throw e;
      }
      // In a snapshot older than the winner's commit (REPEATABLE READ, SERIALIZABLE) the row is out
      // of sight and
      // nothing moves: then the write must fail, as a concurrent update, rather than land without a
      // bump.
      if (Rows.update(c, bumpHeld, school) != 1) {
        throw e;
      }
    }
  }

  long read(Connection c) throws SQLException {
    return Rows.number(c, read, school).orElse(0L);
  }
}
