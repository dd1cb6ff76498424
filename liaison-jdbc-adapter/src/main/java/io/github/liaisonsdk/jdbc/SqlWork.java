package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
