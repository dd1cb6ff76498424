package io.github.liaisonsdk.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the shipped, versioned schema scripts and records them in the library's history table
 * ({@code <prefix>schema_history}). The scripts are named as Flyway expects, so a vendor can run them with their
 * own tool instead.
 */
final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
  static final List<String> SCRIPTS =
      List.of(
          "V1__liaison_tables.sql",
          "V2__monitoring_indexes.sql",
          "V3__external_contact_cases.sql",
          "V4__consultations.sql",
          "V5__ledger_records.sql",
          "V6__school_scope.sql",
          "V7__school_year.sql",
          "V8__policy_review.sql");

  /** The version that gave safeguarding agreements a table of their own. */
  static final int RECORDS_APART = 5;

  /** The version that put a school on every row. */
  static final int SCHOOL_SCOPED = 6;

  static final int LATEST = SCRIPTS.size();

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Sql sql;
  private final String history;
  private final String flywayHistory;

  /** H2's codes for a constraint or index that is not there. */
  private static final Set<Integer> H2_NOTHING_TO_DROP = Set.of(90057, 42112, 90085);

  private static final Set<String> MISSING_TABLE =
      Set.of("42S02", "42P01", "42S04", "90079", "3F000");

  /**
   * A table each version creates, by version (version 2 adds only indexes, to version 1's tables). Flyway's
   * history is per schema, not per prefix, so a version it applied is adopted only if its table exists under this
   * store's prefix.
   */
  private static final List<String> CREATED_BY =
      List.of(
          "pupil",
          "pupil",
          "external_contact",
          "consultation",
          "safeguarding_agreement",
          "pupil",
          "file_transfer",
          "policy_draft");

  /** One migration at a time per database and history table in this process. */
  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  Migrator(DataSource dataSource, Dialect dialect, Sql sql) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.sql = sql;
    this.history = sql.table("schema_history");
    this.flywayHistory = sql.schemaQualified("\"flyway_schema_history\"");
  }

  /** What reading the version sees; never creates or changes anything. */
  int currentVersion() {
    try (Connection c = dataSource.getConnection()) {
      TreeMap<Integer, String> applied = historyExists(c) ? applied(c) : new TreeMap<>();
      if (applied.isEmpty()) {
        applied.putAll(appliedByFlyway(c));
      }
      return applied.isEmpty() ? 0 : applied.lastKey();
    } catch (SQLException e) {
      throw Scope.translate("read the schema version", e);
    }
  }

  MigrationReport migrate(int target) {
    if (target < 0 || target > LATEST) {
      throw new SchemaVersionException(
          "schema version " + target + " is not one this release knows (1 to " + LATEST + ")");
    }
    try (Connection c = dataSource.getConnection()) {
      ReentrantLock inProcess =
          LOCKS.computeIfAbsent(
              c.getMetaData().getURL() + "|" + history, key -> new ReentrantLock());
      inProcess.lock();
      try {
        lockAcrossProcesses(c);
        try {
          return migrateLocked(c, target);
        } finally {
          unlockAcrossProcesses(c);
        }
      } finally {
        inProcess.unlock();
      }
    } catch (SQLException e) {
      throw Scope.translate("migrate the schema", e);
    }
  }

  private MigrationReport migrateLocked(Connection c, int target) throws SQLException {
    createHistory(c);
    TreeMap<Integer, String> applied = applied(c);
    adoptFlywayHistory(c, applied);
    int before = applied.isEmpty() ? 0 : applied.lastKey();
    if (before > LATEST) {
      throw new SchemaVersionException(
          "the database schema is at version "
              + before
              + ", newer than this release knows ("
              + LATEST
              + "): upgrade Liaison SDK");
    }
    for (var entry : applied.entrySet()) {
      if (!entry.getValue().equals(checksum(script(entry.getKey())))) {
        throw new SchemaVersionException(
            "applied migration V"
                + entry.getKey()
                + " differs from the one shipped with this release");
      }
    }
    List<Integer> done = new ArrayList<>();
    for (int version = before + 1; version <= target; version++) {
      apply(c, version);
      done.add(version);
    }
    return new MigrationReport(before, Math.max(before, target), done);
  }

  /**
   * PostgreSQL: a session-level advisory lock, so migrations from several processes queue. H2 in embedded mode
   * is opened by one process at a time, so the in-process lock is enough there.
   */
  private void lockAcrossProcesses(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement statement = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
        statement.setLong(1, advisoryKey());
        statement.execute();
      }
    }
  }

  private void unlockAcrossProcesses(Connection c) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement statement = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        statement.setLong(1, advisoryKey());
        statement.execute();
      }
    }
  }

  private long advisoryKey() {
    // A stable key per history table, so stores with different prefixes or schemas do not wait for
    // each other.
    return 0x4c49_4149_0000_0000L ^ history.hashCode();
  }

  private boolean historyExists(Connection c) throws SQLException {
    return tableExists(c, history);
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement statement = c.createStatement()) {
      statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      if (MISSING_TABLE.contains(e.getSQLState())) {
        return false;
      }
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * Versions a vendor's own Flyway applied from the shipped scripts, by version and checksum. Flyway's checksum
   * is a CRC-32 of the script's lines, so a script that differs from the one shipped is refused rather than
   * adopted.
   */
  private TreeMap<Integer, String> appliedByFlyway(Connection c) throws SQLException {
    TreeMap<Integer, String> adopted = new TreeMap<>();
    if (!tableExists(c, flywayHistory)) {
      return adopted;
    }
    record Applied(String version, String script, int checksum) {}
    List<Applied> applied = new ArrayList<>();
    try (PreparedStatement statement =
            c.prepareStatement(
                "SELECT \"version\", \"script\", \"checksum\" FROM "
                    + flywayHistory
                    + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        applied.add(new Applied(rows.getString(1), rows.getString(2), rows.getInt(3)));
      }
    }
    for (Applied row : applied) {
      int index = SCRIPTS.indexOf(row.script());
      int version = index + 1;
      if (index < 0 || !String.valueOf(version).equals(row.version())) {
        continue;
      }
      if (!tableExists(c, sql.table(CREATED_BY.get(index)))) {
        // Applied by Flyway under another prefix in this schema: not this store's.
        continue;
      }
      if (row.checksum() != flywayChecksum(script(version))) {
        throw new SchemaVersionException(
            "migration V"
                + version
                + " applied by Flyway differs from the one"
                + " shipped with this release");
      }
      adopted.put(version, checksum(script(version)));
    }
    return adopted;
  }

  /**
   * Only a store whose own history is empty adopts Flyway's: once the library has migrated a prefix, that prefix's
   * history is its own, and a Flyway history in the schema belongs to some other prefix.
   */
  private void adoptFlywayHistory(Connection c, TreeMap<Integer, String> applied)
      throws SQLException {
    if (!applied.isEmpty()) {
      return;
    }
    for (var entry : appliedByFlyway(c).entrySet()) {
      if (!applied.containsKey(entry.getKey())) {
        Rows.update(
            c,
            "INSERT INTO "
                + history
                + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)",
            entry.getKey(),
            SCRIPTS.get(entry.getKey() - 1),
            entry.getValue(),
            Instant.now());
        applied.put(entry.getKey(), entry.getValue());
        LOG.info(
            "schema migration V{} was applied by Flyway; recorded in {}", entry.getKey(), history);
      }
    }
  }

  /** Flyway's checksum: a CRC-32 over the script's lines without their line endings. */
  static int flywayChecksum(String script) {
    CRC32 crc = new CRC32();
    String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      crc.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return (int) crc.getValue();
  }

  private void createHistory(Connection c) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + history
              + " (version INTEGER NOT NULL PRIMARY KEY,"
              + " description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL,"
              + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }
  }

  private TreeMap<Integer, String> applied(Connection c) throws SQLException {
    TreeMap<Integer, String> applied = new TreeMap<>();
    try (PreparedStatement statement =
            c.prepareStatement("SELECT version, checksum FROM " + history);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getString(2).trim());
      }
    }
    return applied;
  }

  /**
   * Applies one script. PostgreSQL runs DDL in the transaction, so a failed script leaves nothing behind. H2
   * commits each DDL statement as it runs, so there each statement is run in a form that skips what already
   * exists: once the cause of a failure is fixed, rerunning the migration completes it.
   */
  private void apply(Connection c, int version) throws SQLException {
    String script = script(version);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement statement = c.createStatement()) {
      for (String sqlStatement : statements(sql.expand(script))) {
        if (dialect == Dialect.H2 && sqlStatement.endsWith(" DROP PRIMARY KEY")) {
          dropPrimaryKeyIfAny(statement, sqlStatement);
        } else {
          statement.execute(dialect == Dialect.H2 ? rerunnable(sqlStatement) : sqlStatement);
        }
      }
      Rows.update(
          c,
          "INSERT INTO "
              + history
              + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)",
          version,
          SCRIPTS.get(version - 1),
          checksum(script),
          Instant.now());
      c.commit();
      LOG.info(
          "applied schema migration V{} ({}) to {}", version, SCRIPTS.get(version - 1), history);
    } catch (SQLException | RuntimeException e) {
      Scope.rollbackQuietly(c, e);
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * The statement in a form that does nothing when its object exists. Shipped scripts only create tables and
   * indexes, insert only under {@code WHERE NOT EXISTS} and change a column only to a type, which a rerun sets
   * again.
   */
  static String rerunnable(String statement) {
    if (statement.startsWith("INSERT INTO ") && statement.contains(" WHERE NOT EXISTS ")
        || statement.startsWith("ALTER TABLE ")
            && statement.contains(" ALTER COLUMN ")
            && (statement.contains(" SET DATA TYPE ") || statement.endsWith(" DROP DEFAULT"))
        || statement.startsWith("ALTER TABLE ") && statement.endsWith(" DROP PRIMARY KEY")) {
      return statement;
    }
    if (statement.startsWith("ALTER TABLE ")) {
      for (String[] change :
          new String[][] {
            {" ADD COLUMN ", " ADD COLUMN IF NOT EXISTS "},
            {" DROP COLUMN ", " DROP COLUMN IF EXISTS "},
            {" ADD CONSTRAINT ", " ADD CONSTRAINT IF NOT EXISTS "}
          }) {
        if (statement.contains(change[0]) && !statement.contains(change[1])) {
          return statement.replace(change[0], change[1]);
        }
      }
    }
    if (statement.startsWith("DROP INDEX ") && !statement.startsWith("DROP INDEX IF EXISTS ")) {
      return "DROP INDEX IF EXISTS " + statement.substring("DROP INDEX ".length());
    }
    for (String creates : List.of("CREATE TABLE ", "CREATE INDEX ", "CREATE UNIQUE INDEX ")) {
      if (statement.startsWith(creates) && !statement.startsWith(creates + "IF NOT EXISTS ")) {
        return creates + "IF NOT EXISTS " + statement.substring(creates.length());
      }
    }
    throw new SchemaVersionException(
        "a shipped migration statement cannot be made rerunnable on H2: only CREATE"
            + " TABLE, CREATE INDEX, DROP INDEX, INSERT ... WHERE NOT EXISTS, ADD or DROP COLUMN, ADD CONSTRAINT, DROP"
            + " PRIMARY KEY and ALTER COLUMN ... SET DATA TYPE or DROP DEFAULT are allowed");
  }

  /**
   * A rerun finds the primary key dropped already, or replaced by the one the version adds after it, which the
   * rerun then adds again: either way the table ends with the new key.
   */
  private static void dropPrimaryKeyIfAny(Statement statement, String drop) throws SQLException {
    try {
      statement.execute(drop);
    } catch (SQLException noPrimaryKey) {
      // H2 runs each DDL statement on its own and commits it: a failed one leaves nothing to roll
      // back.
      if (!H2_NOTHING_TO_DROP.contains(noPrimaryKey.getErrorCode())) {
        throw noPrimaryKey;
      }
    }
  }

  private String script(int version) {
    String path = "/" + dialect.migrationLocation() + "/" + SCRIPTS.get(version - 1);
    try (InputStream in = Migrator.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new SchemaVersionException("migration script " + path + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JdbcStoreException("could not read migration script " + path, e);
    }
  }

  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : withoutComments.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }

  static String checksum(String script) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
