package io.github.liaisonsdk.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Real databases for tests: a fresh in-memory H2 per call, and one embedded PostgreSQL per test run. */
final class Databases {
  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  static DataSource h2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:liaison-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  /** The shared embedded PostgreSQL (17, binaries from Maven), started on first use, stopped at JVM exit. */
  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting
                    }
                  }));
    }
    return postgres;
  }

  static DataSource postgresDataSource(String timeZone) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(postgres().getJdbcUrl("postgres", "postgres"));
    if (timeZone != null) {
      dataSource.setOptions("-c TimeZone=" + timeZone);
    }
    return dataSource;
  }

  /** The ordinary role the application connects as: no superuser, no BYPASSRLS, so row-level security binds it. */
  static final String APP_ROLE = "liaison_app";

  private static boolean appRole;

  /**
   * The shared PostgreSQL as {@link #APP_ROLE}, which may create tables in the public schema and owns what it
   * creates, as an application's own role does.
   */
  static synchronized DataSource postgresAppDataSource() {
    if (!appRole) {
      try (java.sql.Connection c = postgresDataSource(null).getConnection();
          java.sql.Statement s = c.createStatement()) {
        s.execute(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                + APP_ROLE
                + "') THEN"
                + " CREATE ROLE "
                + APP_ROLE
                + " LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$");
        s.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + APP_ROLE);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("could not create the application role", e);
      }
      appRole = true;
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(postgres().getJdbcUrl(APP_ROLE, "postgres"));
    return dataSource;
  }

  /** The role an application connects as when it owns no table: reads and writes granted, nothing more. */
  static final String READER_WRITER_ROLE = "liaison_rw";

  /**
   * The shared PostgreSQL as {@link #READER_WRITER_ROLE}, granted reads and writes on the tables under the prefix,
   * which {@link #APP_ROLE} owns and has migrated.
   */
  static synchronized DataSource postgresReaderWriter(String prefix) {
    try (java.sql.Connection c = postgresDataSource(null).getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
              + READER_WRITER_ROLE
              + "') THEN"
              + " CREATE ROLE "
              + READER_WRITER_ROLE
              + " LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$");
      s.execute("GRANT USAGE ON SCHEMA public TO " + READER_WRITER_ROLE);
      try (java.sql.ResultSet tables =
          c.getMetaData().getTables(null, "public", prefix + "%", new String[] {"TABLE"})) {
        List<String> names = new java.util.ArrayList<>();
        while (tables.next()) {
          names.add(tables.getString("TABLE_NAME"));
        }
        for (String table : names) {
          s.execute(
              "GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + READER_WRITER_ROLE);
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not set up the reader-writer role", e);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(postgres().getJdbcUrl(READER_WRITER_ROLE, "postgres"));
    return dataSource;
  }

  /** Edits one audit event's subject column of one school behind the library's back; true if a row changed. */
  static boolean tamper(
      DataSource dataSource,
      String prefix,
      io.github.liaisonsdk.basics.SchoolId school,
      long sequence) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "UPDATE "
                    + prefix
                    + "audit_event SET subject = 'tampered' WHERE school_id = ? AND sequence = ?")) {
      s.setString(1, school.value());
      s.setLong(2, sequence);
      return s.executeUpdate() == 1;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not tamper with the trail", e);
    }
  }

  /** A table prefix no other test uses, so tests share one PostgreSQL without seeing each other's rows. */
  static String freshPrefix() {
    return "t" + PREFIXES.incrementAndGet() + "_";
  }

  /** One school's store in a fresh, migrated H2 database, beside a neighbour school that holds the same ids. */
  static io.github.liaisonsdk.port.LiaisonStore h2BesideANeighbour() {
    JdbcSchoolStores stores = JdbcStores.builder(h2()).build();
    stores.migrate();
    return io.github.liaisonsdk.testing.Neighbours.besideANeighbour(stores);
  }

  /**
   * One school's store under a fresh prefix of the shared PostgreSQL, as the ordinary application role (row-level
   * security in force), beside a neighbour school that holds the same ids.
   */
  static io.github.liaisonsdk.port.LiaisonStore postgresBesideANeighbour() {
    JdbcSchoolStores stores =
        JdbcStores.builder(postgresAppDataSource()).tablePrefix(freshPrefix()).build();
    stores.migrate();
    return io.github.liaisonsdk.testing.Neighbours.besideANeighbour(stores);
  }
}
