package io.github.liaisonsdk.jdbc;

import java.time.Instant;

/**
 * One-off data steps after a migration, each run to its end once: a step that failed or was interrupted runs again
 * at the next {@code migrate()}, and a finished one is never run again, whoever applied the schema.
 */
final class UpgradeSteps {
  /** Safeguarding agreements kept inside audit events before schema version 5 go to their own table. */
  static final String AGREEMENTS_OUT_OF_TRAIL = "agreements-out-of-trail";

  /** No school's: named in the session setting while the database's own steps are read and recorded. */
  private static final String ESTATE = "";

  private final Scope scope;
  private final String done;
  private final String record;

  UpgradeSteps(javax.sql.DataSource dataSource, Dialect dialect, Sql sql) {
    // The steps are the database's, not a school's: their table has no school and no row-level
    // security.
    this.scope =
        new Scope.Pooled(
            ESTATE, dataSource, dialect, new java.util.concurrent.atomic.AtomicBoolean(false));
    String table = sql.table("upgrade_step");
    this.done = "SELECT COUNT(*) FROM " + table + " WHERE name = ?";
    this.record = "INSERT INTO " + table + " (name, done_at) VALUES (?, ?)";
  }

  void runOnce(String step, Runnable work) {
    if (scope.run("read upgrade step " + step, c -> Rows.number(c, done, step).orElse(0L)) > 0) {
      return;
    }
    work.run();
    try {
      scope.write("record upgrade step " + step, c -> Rows.update(c, record, step, Instant.now()));
    } catch (io.github.liaisonsdk.port.ConcurrentUpdateException recordedMeanwhile) {
      // another node ran the same step at the same time; the step itself tolerates a rerun
    }
  }
}
