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
import java.util.TreeMap;
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
  static final List<String> SCRIPTS = List.of("V1__liaison_tables.sql", "V2__monitoring_indexes.sql",
      "V3__external_contact_cases.sql", "V4__consultations.sql");
  static final int LATEST = SCRIPTS.size();

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Sql sql;
  private final String history;

  Migrator(DataSource dataSource, Dialect dialect, Sql sql) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.sql = sql;
    this.history = sql.table("schema_history");
  }

  int currentVersion() {
    try (Connection c = dataSource.getConnection()) {
      createHistory(c);
      TreeMap<Integer, String> applied = applied(c);
      return applied.isEmpty() ? 0 : applied.lastKey();
    } catch (SQLException e) {
      throw Scope.translate("read the schema version", e);
    }
  }

  MigrationReport migrate(int target) {
    if (target < 0 || target > LATEST) {
      throw new SchemaVersionException("schema version " + target + " is not one this release knows (1 to "
          + LATEST + ")");
    }
    try (Connection c = dataSource.getConnection()) {
      createHistory(c);
      TreeMap<Integer, String> applied = applied(c);
      int before = applied.isEmpty() ? 0 : applied.lastKey();
      if (before > LATEST) {
        throw new SchemaVersionException("the database schema is at version " + before
            + ", newer than this release knows (" + LATEST + "): upgrade Liaison SDK");
      }
      for (var entry : applied.entrySet()) {
        if (!entry.getValue().equals(checksum(script(entry.getKey())))) {
          throw new SchemaVersionException("applied migration V" + entry.getKey()
              + " differs from the one shipped with this release");
        }
      }
      List<Integer> done = new ArrayList<>();
      for (int version = before + 1; version <= target; version++) {
        apply(c, version);
        done.add(version);
      }
      return new MigrationReport(before, Math.max(before, target), done);
    } catch (SQLException e) {
      throw Scope.translate("migrate the schema", e);
    }
  }

  private void createHistory(Connection c) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + history + " (version INTEGER NOT NULL PRIMARY KEY,"
          + " description VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL,"
          + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }
  }

  private TreeMap<Integer, String> applied(Connection c) throws SQLException {
    TreeMap<Integer, String> applied = new TreeMap<>();
    try (PreparedStatement statement = c.prepareStatement("SELECT version, checksum FROM " + history);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        applied.put(rows.getInt(1), rows.getString(2).trim());
      }
    }
    return applied;
  }

  private void apply(Connection c, int version) throws SQLException {
    String script = script(version);
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement statement = c.createStatement()) {
      for (String sqlStatement : statements(sql.expand(script))) {
        statement.execute(sqlStatement);
      }
      Rows.update(c, "INSERT INTO " + history + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)",
          version, SCRIPTS.get(version - 1), checksum(script), Instant.now());
      c.commit();
      LOG.info("applied schema migration V{} ({}) to {}", version, SCRIPTS.get(version - 1), history);
    } catch (SQLException | RuntimeException e) {
      Scope.rollbackQuietly(c, e);
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
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
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
