package io.github.liaisonsdk.jdbc;

/**
 * The database's schema cannot be used by this version of the library: it is newer than any version this release
 * knows, or an applied migration differs from the one shipped.
 */
public class SchemaVersionException extends JdbcStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the schema
   */
  public SchemaVersionException(String message) {
    super(message);
  }
}
