package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import java.sql.Connection;
import java.util.function.Function;

/**
 * Every Liaison SDK port on plain JDBC over a caller-supplied {@link javax.sql.DataSource}. Build one with
 * {@link JdbcStores#builder(javax.sql.DataSource)}.
 *
 * <p>Every statement is parameterised. Contact records and audit events are only ever inserted. Plan versions,
 * policy pack versions and audit sequence numbers are primary keys, so concurrent writers collide and the loser
 * gets a {@link io.github.liaisonsdk.port.ConcurrentUpdateException} instead of overwriting.
 *
 * <p>Thread-safe.
 */
public interface JdbcLiaisonStore extends LiaisonStore {

  /**
   * Creates or upgrades the schema to the current version, recording applied versions in the library's history
   * table. Idempotent.
   *
   * @return what was done
   * @throws SchemaVersionException if the schema is newer than this release knows
   */
  MigrationReport migrate();

  /**
   * Creates or upgrades the schema up to a version, for upgrade testing.
   *
   * @param targetVersion the version to stop at
   * @return what was done
   */
  MigrationReport migrate(int targetVersion);

  /**
   * The schema version of the database.
   *
   * @return the highest applied version, or 0 for an empty database
   */
  int schemaVersion();

  /**
   * The newest schema version this release knows.
   *
   * @return the latest version
   */
  int latestSchemaVersion();

  /**
   * A store bound to a transaction the caller already holds: every operation runs on the caller's connection and
   * nothing is committed, rolled back or closed by the library.
   *
   * @param connection the caller's connection, in the caller's transaction
   * @return a store bound to it
   */
  LiaisonStore joining(Connection connection);

  /**
   * Runs work in a transaction the caller already holds, like {@link #joining(Connection)}.
   *
   * @param connection the caller's connection
   * @param work the work
   * @param <T> what the work returns
   * @return what it returned
   */
  default <T> T inCallerTransaction(Connection connection, Function<LiaisonStore, T> work) {
    return work.apply(joining(connection));
  }

  /**
   * The dialect in use.
   *
   * @return H2 or PostgreSQL
   */
  Dialect dialect();
}
