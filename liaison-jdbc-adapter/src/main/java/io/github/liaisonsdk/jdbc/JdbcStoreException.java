package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.LiaisonException;

/**
 * The database failed: a connection, a statement or a commit. The message names the operation; the database's own
 * error is the cause. Nothing of the failed operation was kept.
 */
public class JdbcStoreException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the operation that failed
   */
  public JdbcStoreException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the database's error as its cause.
   *
   * @param message the operation that failed
   * @param cause the database's error
   */
  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
