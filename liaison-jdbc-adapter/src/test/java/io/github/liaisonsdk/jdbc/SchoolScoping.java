package io.github.liaisonsdk.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a statement the adapter issued is bound to one school: what lets a distributed PostgreSQL route it to the
 * one node holding that school, and what keeps one school's query from reading another's rows.
 *
 * <p>A statement is scoped when every reference to one of the school tables is matched by a predicate on that
 * reference's own school id: compared with a bound parameter, or with the school id of another, scoped reference
 * (a correlated subquery on the same school). An insert names the school as its first column, from a parameter,
 * and selects nothing. No statement may hold OR, NOT, IS, or a comma join: the adapter writes none, and each could
 * open a predicate up. A check of the adapter's own statements, not a parser for hostile SQL.
 */
final class SchoolScoping {
  /** The database's own tables, which belong to no school. */
  private static final Set<String> ESTATE_TABLES =
      Set.of("schema_history", "upgrade_step", "flyway_schema_history");

  private static final Set<String> KEYWORDS =
      Set.of(
          "WHERE", "ORDER", "GROUP", "SET", "ON", "USING", "VALUES", "LIMIT", "AND", "JOIN",
          "CROSS", "LEFT", "INNER", "AS");
  private static final Pattern OPENERS = Pattern.compile("(?i)\\b(OR|NOT|IS)\\b");
  private static final Pattern COMMA_JOIN =
      Pattern.compile("(?i)\\bFROM \\S+(?: (?:AS )?\\w+)? ?,");
  private static final Pattern INSERT =
      Pattern.compile(
          "^INSERT INTO \\S+(?: AS \\w+)? \\(school_id, [^)]*\\) VALUES \\(\\?, [^()]*(?:\\(\\)[^()]*)*\\)"
              + "(?: ON CONFLICT \\(school_id\\) DO UPDATE SET seq = \\w+\\.seq \\+ 1)?$");
  private static final Pattern MERGE =
      Pattern.compile(
          "^MERGE INTO \\S+ (\\w+) USING \\(VALUES \\(CAST\\(\\? AS VARCHAR\\(64\\)\\)\\)\\) AS (\\w+) \\(school_id\\)"
              + " ON \\1\\.school_id = \\2\\.school_id WHEN MATCHED THEN UPDATE SET seq = \\1\\.seq \\+ 1"
              + " WHEN NOT MATCHED THEN INSERT \\(school_id, seq\\) VALUES \\(\\2\\.school_id, 1\\)$");

  private SchoolScoping() {}

  /**
   * Why the statement is not scoped to one school.
   *
   * @param sql the statement
   * @param prefix the table prefix, as a regular expression
   * @return empty when it is scoped, or does not touch a school table
   */
  static Optional<String> problem(String sql, String prefix) {
    String text = sql.strip().replaceAll("\\s+", " ");
    List<String[]> references = schoolTableReferences(text, prefix);
    if (references.isEmpty()) {
      return Optional.empty();
    }
    if (MERGE.matcher(text).matches()) {
      // The one merge, matched whole: its NOT MATCHED is a branch, not a predicate.
      return Optional.empty();
    }
    if (OPENERS.matcher(text).find()) {
      return Optional.of("an OR, NOT or IS in a statement on school tables");
    }
    if (COMMA_JOIN.matcher(text).find()) {
      return Optional.of("a comma join");
    }
    if (text.startsWith("INSERT ")) {
      return INSERT.matcher(text).matches()
          ? Optional.empty()
          : Optional.of(
              "an insert that does not name the school first, from a parameter, or that selects");
    }
    if (text.startsWith("MERGE ")) {
      return Optional.of("a merge not keyed on the school given as a parameter");
    }
    boolean anyBound = false;
    for (String[] reference : references) {
      String alias = reference[1];
      String own =
          alias == null ? "(?<![\\w.])school_id" : "\\b" + Pattern.quote(alias) + "\\.school_id";
      boolean bound = Pattern.compile(own + " = \\?").matcher(text).find();
      boolean correlated =
          alias != null
                  && Pattern.compile(own + " = (\\w+)\\.school_id\\b")
                      .matcher(text)
                      .results()
                      .anyMatch(m -> !m.group(1).equals(alias))
              || alias != null
                  && Pattern.compile(
                          "\\b(\\w+)\\.school_id = " + Pattern.quote(alias) + "\\.school_id\\b")
                      .matcher(text)
                      .results()
                      .anyMatch(m -> !m.group(1).equals(alias));
      if (!bound && !correlated) {
        return Optional.of(
            "school table "
                + reference[0]
                + (alias == null ? "" : " " + alias)
                + " has no school predicate of its own");
      }
      anyBound |= bound;
    }
    return anyBound
        ? Optional.empty()
        : Optional.of("no predicate binds the school id to a parameter");
  }

  /** Each reference to a school table: its name without the prefix, and its alias or null. */
  private static List<String[]> schoolTableReferences(String text, String prefix) {
    List<String[]> found = new ArrayList<>();
    Matcher m =
        Pattern.compile(
                "(?i)\\b(?:FROM|JOIN|INTO|UPDATE) (?:\\w+\\.)?(?:"
                    + prefix
                    + ")(\\w+)"
                    + "(?: (?:AS )?(\\w+))?")
            .matcher(text);
    while (m.find()) {
      String table = m.group(1);
      String alias =
          m.group(2) == null || KEYWORDS.contains(m.group(2).toUpperCase(java.util.Locale.ROOT))
              ? null
              : m.group(2);
      if (!ESTATE_TABLES.contains(table)) {
        found.add(new String[] {table, alias});
      }
    }
    return found;
  }
}
