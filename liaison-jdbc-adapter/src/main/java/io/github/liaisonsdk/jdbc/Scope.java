package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.ConcurrentUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Where an operation's statements run: in a transaction of its own on a pooled connection, or on a connection
 * that a unit of work (ours or the caller's) holds.
 */
abstract class Scope {
  private static final String UNIQUE_VIOLATION = "23505";

  /** The school every statement of this scope is for: bound as the first parameter of each. */
  final String school;

  final Dialect dialect;

  Scope(String school, Dialect dialect) {
    this.school = school;
    this.dialect = dialect;
  }

  abstract <T> T run(String operation, SqlWork<T> work);

  /**
   * Runs statements that write. In a transaction of its own, the write is durable when this returns: see
   * {@link Dialect#afterCommit}. On a bound connection, durability is the commit's, which the holder makes.
   */
  abstract <T> T write(String operation, SqlWork<T> work);

  abstract boolean bound();

  /** After a commit this scope's holder made: makes it durable where the database needs telling. Never throws. */
  void afterCommit(Connection connection) {}

  static RuntimeException translate(String operation, SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
        return new ConcurrentUpdateException(operation + ": another writer got there first");
      }
    }
    return new JdbcStoreException(
        "database error while trying to "
            + operation
            + " (SQLState "
            + e.getSQLState()
            + ", vendor code "
            + e.getErrorCode()
            + ")",
        withheld(e));
  }

  /**
   * The database's error without its message. Drivers quote the values of a failed statement in their messages
   * (H2 and PostgreSQL both do for conversion and length errors), and those values can be confidential text, so
   * only what identifies the failure travels on: class, SQLState, vendor code and stack trace.
   */
  static SQLException withheld(SQLException e) {
    SQLException copy =
        new SQLException(
            e.getClass().getName() + " (message withheld: it may quote stored values)",
            e.getSQLState(),
            e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    SQLException next = e.getNextException();
    if (next != null && next != e) {
      copy.setNextException(withheld(next));
    }
    return copy;
  }

  /** Each operation in its own transaction on a connection from the pool. */
  static final class Pooled extends Scope {
    private final DataSource dataSource;

    /** Whether this store's H2 user may checkpoint; cleared, with one warning, the first time it may not. */
    private final AtomicBoolean checkpoints;

    Pooled(String school, DataSource dataSource, Dialect dialect, AtomicBoolean checkpoints) {
      super(school, dialect);
      this.dataSource = dataSource;
      this.checkpoints = checkpoints;
    }

    @Override
    void afterCommit(Connection connection) {
      dialect.afterCommit(connection, checkpoints);
    }

    @Override
    boolean bound() {
      return false;
    }

    @Override
    <T> T run(String operation, SqlWork<T> work) {
      return inTransaction(operation, work, false);
    }

    @Override
    <T> T write(String operation, SqlWork<T> work) {
      return inTransaction(operation, work, true);
    }

    private <T> T inTransaction(String operation, SqlWork<T> work, boolean writes) {
      try (Connection connection = dataSource.getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
          dialect.enterSchool(connection, school, true);
          T result = work.run(connection);
          connection.commit();
          if (writes) {
            afterCommit(connection);
          }
          return result;
        } catch (SQLException e) {
          rollbackQuietly(connection, e);
          throw translate(operation, e);
        } catch (RuntimeException | Error e) {
          rollbackQuietly(connection, e);
          throw e;
        } finally {
          connection.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        throw translate(operation, e);
      }
    }
  }

  /**
   * On a connection someone else commits. A savepoint around each operation keeps a failed statement from
   * poisoning the surrounding transaction (PostgreSQL aborts a transaction on any error otherwise).
   */
  static final class Bound extends Scope {
    private final Connection connection;

    /** Whether the school was named for the whole transaction already, by the adapter's own unit of work. */
    private final boolean entered;

    Bound(String school, Dialect dialect, Connection connection, boolean entered) {
      super(school, dialect);
      this.connection = connection;
      this.entered = entered;
    }

    @Override
    boolean bound() {
      return true;
    }

    @Override
    <T> T write(String operation, SqlWork<T> work) {
      return run(operation, work);
    }

    @Override
    <T> T run(String operation, SqlWork<T> work) {
      Savepoint savepoint = null;
      try {
        boolean ownStatements = connection.getAutoCommit();
        if (!ownStatements) {
          savepoint = connection.setSavepoint();
        }
        String before = !entered && ownStatements ? dialect.schoolNamed(connection) : "";
        if (!entered) {
          // A caller's connection: its transaction may have ended since the last call, so name the
          // school again.
          dialect.enterSchool(connection, school, !ownStatements);
        }
        T result;
        try {
          result = work.run(connection);
        } finally {
          if (!entered && ownStatements) {
            // Named for the session: put back what it named, so the connection carries no school to
            // its next use.
            dialect.leaveSchool(connection, before);
          }
        }
        if (savepoint != null) {
          connection.releaseSavepoint(savepoint);
        }
        return result;
      } catch (SQLException e) {
        rollbackTo(savepoint, e);
        throw translate(operation, e);
      } catch (RuntimeException | Error e) {
        rollbackTo(savepoint, e);
        throw e;
      }
    }

    private void rollbackTo(Savepoint savepoint, Throwable failure) {
      if (savepoint != null) {
        try {
          connection.rollback(savepoint);
        } catch (SQLException e) {
          failure.addSuppressed(withheld(e));
        }
      }
    }
  }

  static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(withheld(e));
    }
  }
}
