package io.github.liaisonsdk.jdbc;

/** Table names with the configured schema and prefix, validated at build time so they are safe to splice. */
final class Sql {
  final String prefix;
  final String bareprefix;

  Sql(String qualifiedPrefix, String bareprefix) {
    this.prefix = qualifiedPrefix;
    this.bareprefix = bareprefix;
  }

  String table(String name) {
    return prefix + name;
  }

  /** A table outside the prefix, such as Flyway's history, in the store's schema. */
  String schemaQualified(String name) {
    return prefix.substring(0, prefix.length() - bareprefix.length()) + name;
  }

  /**
   * Replaces the Flyway-style placeholder of the shipped scripts. Index names take the bare prefix: an index lives in
   * its table's schema, and PostgreSQL refuses a schema-qualified index name.
   */
  String expand(String script) {
    // Index, constraint and policy names are not qualified by schema: they live in their table's.
    String named = script;
    for (String naming : new String[] {"CREATE INDEX ", "CONSTRAINT ", "CREATE POLICY "}) {
      named = named.replace(naming + "${prefix}", naming + bareprefix);
    }
    return named.replace("${prefix}", prefix);
  }
}
