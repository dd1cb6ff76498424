package io.github.liaisonsdk.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The databases the adapter ships schema scripts for. */
public enum Dialect {
  /** H2 2.x: the embedded default. */
  H2("h2"),
  /** PostgreSQL 15 or newer: production. */
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * Where this dialect's migration scripts are, inside the jar, for a vendor's own Flyway or Liquibase.
   *
   * @return the class-path folder, for example {@code io/github/liaisonsdk/jdbc/migration/postgresql}
   */
  public String migrationLocation() {
    return "io/github/liaisonsdk/jdbc/migration/" + folder;
  }

  /**
   * Makes a committed transaction durable before the caller is told it is done. PostgreSQL's commit already is (the
   * server holds it, and with {@code synchronous_commit} on, the disk). An embedded H2 writes commits to its file
   * when its store gets round to it: with the default write delay up to half a second later, and even with a write
   * delay of 0 a commit made while another was being stored was lost when the JVM was killed (one batch of four
   * decisions in a few dozen kill rounds); {@code CHECKPOINT SYNC} stores it and forces the file to the disk now.
   */
  void afterCommit(Connection connection, AtomicBoolean checkpoints) {
    if (this != H2 || !checkpoints.get()) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      // The commit has happened: it is reported as done, and only its durability against a kill is
      // at stake.
      if (e.getErrorCode() == H2_ADMIN_RIGHTS_REQUIRED) {
        if (checkpoints.getAndSet(false)) {
          LOG.warn(
              "the H2 user is not the database's administrator, so commits cannot be checkpointed: a JVM"
                  + " killed mid-work may lose its last commits; connect as the administrator");
        }
      } else {
        LOG.warn(
            "an H2 checkpoint after a commit failed (SQLState {}, vendor code {}): the commit stands, but a JVM"
                + " killed now may lose it",
            e.getSQLState(),
            e.getErrorCode());
      }
    }
  }

  /** The session setting the row-level security policies of PostgreSQL compare each row's school with. */
  static final String SCHOOL_SETTING = "liaison.school_id";

  /**
   * Names the school a connection works for, so that PostgreSQL's row-level security shows and accepts that school's
   * rows only, whatever a statement says. For the rest of the transaction, or of the session when the connection
   * runs each statement in a transaction of its own (a caller's connection in auto-commit). H2 has no row-level
   * security: there the adapter's own scoping of every statement is the only guard.
   */
  void enterSchool(Connection connection, String school, boolean forTheTransaction)
      throws SQLException {
    if (this != POSTGRESQL) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, ?)")) {
      statement.setString(1, SCHOOL_SETTING);
      statement.setString(2, school);
      statement.setBoolean(3, forTheTransaction);
      statement.execute();
    }
  }

  /**
   * Puts back what the connection named before work on a caller's connection in auto-commit, where the school had
   * to be named for the session: the connection goes back to its owner as it came (naming no school, usually).
   */
  void leaveSchool(Connection connection, String before) throws SQLException {
    if (this != POSTGRESQL) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      statement.setString(1, SCHOOL_SETTING);
      statement.setString(2, before);
      statement.execute();
    }
  }

  /** The school a connection names now, if any: what {@link #leaveSchool} puts back. */
  String schoolNamed(Connection connection) throws SQLException {
    if (this != POSTGRESQL) {
      return "";
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT current_setting(?, true)")) {
      statement.setString(1, SCHOOL_SETTING);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getString(1) != null ? rows.getString(1) : "";
      }
    }
  }

  /**
   * Warns if the database's row-level security will not bind the adapter's role: a superuser, a role with
   * BYPASSRLS, or the tables' owner, which may truncate them or switch the policies off. The adapter's own scoping
   * still binds every statement it issues; only the second line of defence is missing.
   *
   * @return whether the check is complete: the tables exist, or the role bypasses row-level security anyway
   */
  boolean checkRole(Connection connection, String table) {
    if (this != POSTGRESQL) {
      return true;
    }
    // Owning includes being a member of the owning role, whose rights a member can take on.
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT r.rolsuper OR r.rolbypassrls,"
                + " EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass(?)"
                + " AND pg_has_role(current_user, c.relowner, 'MEMBER')), to_regclass(?) IS NOT NULL"
                + " FROM pg_roles r WHERE r.rolname = current_user")) {
      statement.setString(1, table);
      statement.setString(2, table);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return false;
        }
        if (rows.getBoolean(1)) {
          LOG.warn(
              "the PostgreSQL role is a superuser or has BYPASSRLS: row-level security does not apply to it,"
                  + " so only the adapter's own scoping keeps schools apart; connect as an ordinary role");
          return true;
        }
        if (rows.getBoolean(2)) {
          LOG.info(
              "the PostgreSQL role owns the tables, or is a member of their owner: row-level security is"
                  + " forced on it, but an owner may truncate a table or turn its policies off; run migrations as the"
                  + " owner and the application as a role granted SELECT, INSERT, UPDATE and DELETE only");
        }
        return rows.getBoolean(3);
      }
    } catch (SQLException e) {
      LOG.debug("could not read the role's attributes (SQLState {})", e.getSQLState());
      return false;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Dialect.class);
  private static final int H2_ADMIN_RIGHTS_REQUIRED = 90040;

  static Dialect fromProductName(String product) {
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new JdbcStoreException(
        "unsupported database " + product + ": Liaison SDK supports H2 and PostgreSQL");
  }
}
