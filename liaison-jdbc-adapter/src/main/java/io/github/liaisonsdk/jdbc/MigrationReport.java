package io.github.liaisonsdk.jdbc;

import java.util.List;

/**
 * What {@link JdbcSchoolStores#migrate()} did. Value-based and immutable.
 *
 * @param before the schema version found
 * @param after the schema version now
 * @param applied the versions applied by this call, in order; empty when the schema was already current
 */
public record MigrationReport(int before, int after, List<Integer> applied) {

  /**
   * Copies the list.
   *
   * @param before the version found
   * @param after the version now
   * @param applied the versions applied
   */
  public MigrationReport {
    applied = List.copyOf(applied);
  }
}
