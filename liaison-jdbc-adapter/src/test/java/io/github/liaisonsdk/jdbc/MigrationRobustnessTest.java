package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.basics.SchoolId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Migrations that a vendor can run from several nodes at once, rerun after a failure, or leave to its own Flyway. */
class MigrationRobustnessTest {

  private static DataSource dataSource(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2() : Databases.postgresDataSource(null);
  }

  private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "concurrent migrate() calls on a fresh database queue behind one another and all succeed")
  void concurrentMigrations(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    int callers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MigrationReport>> reports = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      JdbcSchoolStores store = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
      reports.add(
          pool.submit(
              () -> {
                start.await();
                return store.migrate();
              }));
    }
    start.countDown();
    int appliedEverything = 0;
    for (Future<MigrationReport> report : reports) {
      MigrationReport done = report.get(2, TimeUnit.MINUTES);
      assertThat(done.after()).isEqualTo(Migrator.LATEST);
      if (!done.applied().isEmpty()) {
        appliedEverything++;
        assertThat(done.before()).isZero();
      }
    }
    pool.shutdown();
    assertThat(appliedEverything)
        .as("one caller applied the scripts; the others found them applied")
        .isEqualTo(1);
    assertThat(JdbcStores.builder(dataSource).tablePrefix(prefix).build().schemaVersion())
        .isEqualTo(Migrator.LATEST);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("reading the schema version of an empty database creates nothing")
  void versionReadCreatesNothing(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores store = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    assertThat(store.schemaVersion()).isZero();
    assertThat(tableExists(dataSource, prefix + "schema_history")).isFalse();
    store.migrate(2);
    assertThat(store.schemaVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "on H2, which commits each DDL statement, a migration that failed half-way reruns once its cause is fixed")
  void h2FailedMigrationReruns() throws Exception {
    DataSource dataSource = Databases.h2();
    String prefix = Databases.freshPrefix();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // A table left behind by something else, in the way of V1's index on contact topics.
      s.execute("CREATE TABLE " + prefix + "contact_topic (unrelated INTEGER)");
    }
    JdbcSchoolStores store = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    assertThatThrownBy(store::migrate)
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("migrate the schema");
    assertThat(store.schemaVersion()).isZero();
    assertThat(tableExists(dataSource, prefix + "pupil"))
        .as("H2 kept the tables made before the failure")
        .isTrue();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE " + prefix + "contact_topic");
    }
    MigrationReport rerun = store.migrate();
    assertThat(rerun.before()).isZero();
    assertThat(rerun.after()).isEqualTo(Migrator.LATEST);
    store.school(SchoolId.DEFAULT).inTransaction(tx -> tx.pupils().all());
  }

  @Test
  @DisplayName(
      "on H2, a move to school-scoped keys (V6) that failed half-way reruns to the end, keeping every row")
  void h2SchoolScopeReruns() throws Exception {
    DataSource dataSource = Databases.h2();
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores store = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    store.migrate(5);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + prefix
              + "pupil (id, doc) VALUES ('p-1', '"
              + Rows.json(
                  io.github.liaisonsdk.testing.Fixtures.pupil(
                      io.github.liaisonsdk.pupil.ResidenceContext.BOARDING))
              + "')");
      // Something of the vendor's that depends on a column V6 drops, late in the script.
      s.execute(
          "CREATE VIEW "
              + prefix
              + "vendor_view AS SELECT id FROM "
              + prefix
              + "reference_version");
    }
    assertThatThrownBy(store::migrate).isInstanceOf(JdbcStoreException.class);
    assertThat(store.schemaVersion()).isEqualTo(5);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP VIEW " + prefix + "vendor_view");
    }
    assertThat(store.migrate().applied()).containsExactly(6, 7, 8);
    assertThat(store.school(SchoolId.DEFAULT).pupils().all()).hasSize(1);
    assertThat(store.school(SchoolId.of("other")).pupils().all()).isEmpty();
    store
        .school(SchoolId.of("other"))
        .pupils()
        .save(
            io.github.liaisonsdk.testing.Fixtures.pupil(
                io.github.liaisonsdk.pupil.ResidenceContext.BOARDING));
    assertThat(store.school(SchoolId.DEFAULT).pupils().all()).hasSize(1);
  }

  @Test
  @DisplayName("on PostgreSQL a failed migration leaves nothing behind")
  void postgresFailedMigrationIsAllOrNothing() throws Exception {
    DataSource dataSource = Databases.postgresDataSource(null);
    String prefix = Databases.freshPrefix();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + prefix + "contact_topic (unrelated INTEGER)");
    }
    JdbcSchoolStores store = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    assertThatThrownBy(store::migrate).isInstanceOf(JdbcStoreException.class);
    assertThat(tableExists(dataSource, prefix + "pupil")).isFalse();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE " + prefix + "contact_topic");
    }
    assertThat(store.migrate().after()).isEqualTo(Migrator.LATEST);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "migrate() accepts a schema the vendor's own Flyway applied from the shipped scripts, and goes on from there")
  void flywayAppliedSchema(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    // A schema of its own, as Flyway refuses to start in a schema other tests have filled; Flyway
    // makes it the
    // session's default, so the scripts need only the prefix.
    String schema = "flyway_" + prefix.replace("_", "");
    String flywaySchema =
        dialect == Dialect.H2 ? schema.toUpperCase(java.util.Locale.ROOT) : schema;
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(flywaySchema)
        .createSchemas(true)
        .locations("classpath:" + dialect.migrationLocation())
        .placeholders(Map.of("prefix", prefix))
        .target("3")
        .load()
        .migrate();
    JdbcSchoolStores store =
        JdbcStores.builder(dataSource).schema(schema).tablePrefix(prefix).build();
    assertThat(store.schemaVersion()).isEqualTo(3);
    assertThat(tableExists(dataSource, schema + "." + prefix + "schema_history")).isFalse();
    MigrationReport report = store.migrate();
    assertThat(report.before()).isEqualTo(3);
    assertThat(report.applied()).first().isEqualTo(4);
    assertThat(report.after()).isEqualTo(Migrator.LATEST);
    assertThat(store.migrate().applied()).isEmpty();
  }

  @Test
  @DisplayName(
      "a Flyway checksum is computed as Flyway computes it, so an edited script is refused rather than adopted")
  void flywayChecksum() {
    assertThat(Migrator.flywayChecksum("a\nb"))
        .isEqualTo(Migrator.flywayChecksum("a\r\nb"))
        .isNotEqualTo(Migrator.flywayChecksum("a\nc"));
  }

  @Test
  @DisplayName("every shipped H2 statement has a rerunnable form")
  void everyStatementRerunnable() {
    for (String script : Migrator.SCRIPTS) {
      String text =
          new String(readScript(Dialect.H2, script), java.nio.charset.StandardCharsets.UTF_8);
      for (String statement : Migrator.statements(text)) {
        String rerun = Migrator.rerunnable(statement);
        assertThat(
                rerun.contains("NOT EXISTS")
                    || rerun.contains("IF EXISTS")
                    || rerun.contains(" SET DATA TYPE ")
                    || rerun.endsWith(" DROP DEFAULT")
                    || rerun.endsWith(" DROP PRIMARY KEY"))
            .as(rerun)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "a schema Flyway applied for another table prefix in the same schema is not taken for this store's")
  void flywayOtherPrefix(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    String schema = "flyway_" + prefix.replace("_", "");
    String flywaySchema =
        dialect == Dialect.H2 ? schema.toUpperCase(java.util.Locale.ROOT) : schema;
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(flywaySchema)
        .createSchemas(true)
        .locations("classpath:" + dialect.migrationLocation())
        .placeholders(Map.of("prefix", "other_"))
        .load()
        .migrate();
    JdbcSchoolStores store =
        JdbcStores.builder(dataSource).schema(schema).tablePrefix(prefix).build();
    assertThat(store.schemaVersion()).isZero();
    assertThat(store.migrate().applied()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(store.school(SchoolId.DEFAULT).pupils().all()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "a prefix the library migrated keeps its own history when Flyway migrates another prefix beside it")
  void ownHistoryWins(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    String schema = "flyway_" + prefix.replace("_", "");
    String flywaySchema =
        dialect == Dialect.H2 ? schema.toUpperCase(java.util.Locale.ROOT) : schema;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    JdbcSchoolStores ours =
        JdbcStores.builder(dataSource).schema(schema).tablePrefix(prefix).build();
    ours.migrate(1);
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(flywaySchema)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .locations("classpath:" + dialect.migrationLocation())
        .placeholders(Map.of("prefix", "other_"))
        .load()
        .migrate();
    assertThat(ours.schemaVersion()).isEqualTo(1);
    assertThat(ours.migrate().applied()).containsExactly(2, 3, 4, 5, 6, 7, 8);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("the schema version of a schema that does not exist is 0")
  void missingSchema(Dialect dialect) {
    assertThat(
            JdbcStores.builder(dataSource(dialect))
                .schema("no_such_schema")
                .build()
                .schemaVersion())
        .isZero();
  }

  private static byte[] readScript(Dialect dialect, String script) {
    try (var in =
        Migrator.class.getResourceAsStream("/" + dialect.migrationLocation() + "/" + script)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
