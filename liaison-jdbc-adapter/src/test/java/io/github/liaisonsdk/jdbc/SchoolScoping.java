package io.github.liaisonsdk.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a statement the adapter issued is bound to one school: what lets a distributed PostgreSQL route it to the
 * one node holding that school, and what keeps one school's query from reading another's rows.
 *
 * <p>A statement is scoped when every reference to one of the school tables is matched by a predicate on its
 * school id: compared with a bound parameter, or with the school id of a scoped outer row (a correlated subquery on
 * the same school). An insert names the school as its first column, from a parameter.
 */
final class SchoolScoping {
  /** The database's own tables, which belong to no school. */
  private static final List<String> ESTATE_TABLES = List.of("schema_history", "upgrade_step",
      "flyway_schema_history");
  private static final Pattern BOUND = Pattern.compile("\\b(?:\\w+\\.)?school_id = \\?");
  private static final Pattern CORRELATED = Pattern.compile("\\b\\w+\\.school_id = \\w+\\.school_id\\b");
  private static final Pattern INSERT = Pattern.compile(
      "^INSERT INTO \\S+(?: AS \\w+)? \\(school_id, [^)]*\\) VALUES \\(\\?, .*");
  private static final Pattern MERGE = Pattern.compile(
      "^MERGE INTO \\S+ (\\w+) USING \\(VALUES \\(CAST\\(\\? AS VARCHAR\\(64\\)\\)\\)\\) AS (\\w+) \\(school_id\\)"
          + " ON \\1\\.school_id = \\2\\.school_id .*");

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
    List<String> references = schoolTableReferences(text, prefix);
    if (references.isEmpty()) {
      return Optional.empty();
    }
    if (text.startsWith("INSERT ")) {
      return INSERT.matcher(text).matches() ? Optional.empty()
          : Optional.of("an insert that does not name the school first, from a parameter");
    }
    if (text.startsWith("MERGE ")) {
      return MERGE.matcher(text).matches() ? Optional.empty()
          : Optional.of("a merge not keyed on the school given as a parameter");
    }
    if (text.contains(" OR ")) {
      // An OR beside the school's predicate could open it: the adapter writes none, so none is let through.
      return Optional.of("an OR in a statement on school tables");
    }
    int bound = count(BOUND, text);
    int correlated = count(CORRELATED, text);
    if (bound == 0) {
      return Optional.of("no predicate binds the school id to a parameter");
    }
    if (bound + correlated < references.size()) {
      return Optional.of(references.size() + " references to school tables but " + (bound + correlated)
          + " school predicates");
    }
    return Optional.empty();
  }

  private static List<String> schoolTableReferences(String text, String prefix) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(?:FROM|JOIN|INTO|UPDATE) (?:\\w+\\.)?(?:" + prefix + ")(\\w+)").matcher(text);
    while (m.find()) {
      String table = m.group(1);
      if (!ESTATE_TABLES.contains(table)) {
        found.add(table);
      }
    }
    return found;
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
