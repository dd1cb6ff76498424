package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of the JDBC adapter.
 *
 * <pre>{@code
 * JdbcSchoolStores schools = JdbcStores.builder(dataSource).tablePrefix("liaison_").build();
 * schools.migrate();
 * LiaisonStore oakfield = schools.school(SchoolId.of("urn-100001"));
 * }</pre>
 */
public final class JdbcStores {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStores.class);

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

  /** Builds a {@link JdbcSchoolStores}. Not thread-safe; the store it builds is. */
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
     * @return the store; call {@link JdbcSchoolStores#migrate()} before first use
     */
    public JdbcSchoolStores build() {
      String identifier = "[a-z][a-z0-9_]{0,29}";
      if (tablePrefix == null || !(tablePrefix.isEmpty() || tablePrefix.matches(identifier))) {
        throw new JdbcStoreException(
            "tablePrefix must be lower-case letters, digits and underscores, starting with"
                + " a letter, at most 30 characters");
      }
      if (schema != null && !schema.matches(identifier)) {
        throw new JdbcStoreException(
            "schema must be lower-case letters, digits and underscores, starting with a"
                + " letter, at most 30 characters");
      }
      Dialect detected = Optional.ofNullable(dialect).orElseGet(this::detect);
      if (detected == Dialect.H2) {
        commitDurably();
      }
      String qualified = (schema == null ? "" : schema + ".") + tablePrefix;
      JdbcSchools schools = new JdbcSchools(dataSource, detected, new Sql(qualified, tablePrefix));
      schools.checkRole();
      return schools;
    }

    /**
     * H2 writes committed work to its file in the background, up to half a second later by default, so a JVM killed
     * in that window loses work the store returned as done. A write delay of 0 writes each commit to the file
     * before the commit returns (to the operating system, which keeps it when the JVM dies). The setting is the
     * database's own and persists in its file.
     */
    private void commitDurably() {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("SET WRITE_DELAY 0");
      } catch (SQLException e) {
        LOG.warn(
            "could not make H2 commit durably (SQLState {}): connect as the database's administrator once,"
                + " or add ;WRITE_DELAY=0 to the URL, or a JVM that is killed may lose up to half a second of work",
            e.getSQLState());
      }
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
