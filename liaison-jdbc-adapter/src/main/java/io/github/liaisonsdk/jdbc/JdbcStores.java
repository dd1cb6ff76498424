package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one entry point of the JDBC adapter.
 *
 * <pre>{@code
 * JdbcLiaisonStore store = JdbcStores.builder(dataSource).tablePrefix("liaison_").build();
 * store.migrate();
 * }</pre>
 */
public final class JdbcStores {
  private JdbcStores() {}

  /**
   * Starts a store over a data source.
   *
   * @param dataSource where connections come from; the adapter closes every connection it opens
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Builds a {@link JdbcLiaisonStore}. Not thread-safe; the store it builds is. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tablePrefix = "liaison_";
    private String schema;
    private Dialect dialect;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The prefix of every table name.
     *
     * @param prefix lower-case letters, digits and underscores, starting with a letter, at most 30 characters
     * @return this
     */
    public Builder tablePrefix(String prefix) {
      this.tablePrefix = prefix;
      return this;
    }

    /**
     * The database schema the tables live in, when not the connection's default.
     *
     * @param schema lower-case letters, digits and underscores, starting with a letter
     * @return this
     */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /**
     * The dialect, when detection from the connection's metadata is not wanted.
     *
     * @param dialect the dialect
     * @return this
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /**
     * Builds the store. Detects the dialect with one connection unless it was given.
     *
     * @return the store; call {@link JdbcLiaisonStore#migrate()} before first use
     */
    public JdbcLiaisonStore build() {
      String identifier = "[a-z][a-z0-9_]{0,29}";
      if (tablePrefix == null || !(tablePrefix.isEmpty() || tablePrefix.matches(identifier))) {
        throw new JdbcStoreException("tablePrefix must be lower-case letters, digits and underscores, starting with"
            + " a letter, at most 30 characters");
      }
      if (schema != null && !schema.matches(identifier)) {
        throw new JdbcStoreException("schema must be lower-case letters, digits and underscores, starting with a"
            + " letter, at most 30 characters");
      }
      Dialect detected = Optional.ofNullable(dialect).orElseGet(this::detect);
      String qualified = (schema == null ? "" : schema + ".") + tablePrefix;
      return new JdbcStore(dataSource, detected, new Sql(qualified, tablePrefix));
    }

    private Dialect detect() {
      try (Connection connection = dataSource.getConnection()) {
        return Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new JdbcStoreException("could not connect to detect the database dialect", e);
      }
    }
  }
}
