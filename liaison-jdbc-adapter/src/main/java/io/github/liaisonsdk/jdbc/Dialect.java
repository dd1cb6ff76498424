package io.github.liaisonsdk.jdbc;

import java.util.Locale;

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

  static Dialect fromProductName(String product) {
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new JdbcStoreException("unsupported database " + product + ": Liaison SDK supports H2 and PostgreSQL");
  }
}
