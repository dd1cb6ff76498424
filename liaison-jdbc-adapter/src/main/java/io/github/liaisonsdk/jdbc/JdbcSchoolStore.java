package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import java.sql.Connection;
import java.util.function.Function;

/**
 * One school's records in a database shared with other schools: from {@link JdbcSchoolStores#school}. Every
 * statement it issues is bound to its school.
 *
 * <p>Thread-safe.
 */
public interface JdbcSchoolStore extends LiaisonStore {

  /**
   * This school's store bound to a transaction the caller already holds: every operation runs on the caller's
   * connection and nothing is committed, rolled back or closed by the library. On PostgreSQL it names the school
   * in the connection's session setting, for the transaction (or, in auto-commit, for the session).
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
}
