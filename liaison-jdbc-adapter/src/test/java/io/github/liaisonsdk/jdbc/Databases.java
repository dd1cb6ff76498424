package io.github.liaisonsdk.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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

  /** A table prefix no other test uses, so tests share one PostgreSQL without seeing each other's rows. */
  static String freshPrefix() {
    return "t" + PREFIXES.incrementAndGet() + "_";
  }
}
