package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.port.SchoolStores;

/**
 * Every school's records in one database on plain JDBC over a caller-supplied {@link javax.sql.DataSource}. Build
 * it with {@link JdbcStores#builder(javax.sql.DataSource)}, migrate it once, then ask it for each school's store.
 *
 * <p>Every row and every key leads with the school id, and every statement the adapter issues names the school
 * (the one exception is the schema's own history). On PostgreSQL, row-level security installed by the migrations
 * backs this up: each unit of work names its school in a session setting, and the tables show and accept only that
 * school's rows. Every statement is parameterised. Contact records and audit events are only ever inserted. Plan
 * versions, policy pack versions and audit sequence numbers are primary keys, so concurrent writers collide and
 * the loser gets a {@link io.github.liaisonsdk.port.ConcurrentUpdateException} instead of overwriting.
 *
 * <p>Thread-safe.
 */
public interface JdbcSchoolStores extends SchoolStores {

  /**
   * One school's records.
   *
   * @param school the school; {@link SchoolId#DEFAULT} holds what a database kept before schools were told apart
   * @return the school's store
   */
  @Override
  JdbcSchoolStore school(SchoolId school);

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
   * The dialect in use.
   *
   * @return H2 or PostgreSQL
   */
  Dialect dialect();
}
