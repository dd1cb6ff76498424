package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** The one-row counter that every write of a pupil, a member of staff or a plan bumps in its own transaction. */
final class ReferenceVersion {
  private final String bump;
  private final String read;

  ReferenceVersion(Sql sql) {
    String table = sql.table("reference_version");
    this.bump = "UPDATE " + table + " SET seq = seq + 1 WHERE id = 1";
    this.read = "SELECT seq FROM " + table + " WHERE id = 1";
  }

  void bump(Connection c) throws SQLException {
    Rows.update(c, bump);
  }

  long read(Connection c) throws SQLException {
    return Rows.number(c, read).orElse(0L);
  }
}
