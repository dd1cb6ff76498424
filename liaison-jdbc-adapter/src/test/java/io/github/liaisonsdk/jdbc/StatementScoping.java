package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.Neighbours;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** What the statement-scoping tests share: a recorded store beside a neighbour, and the check of what it issued. */
final class StatementScoping {
  /** Every table of a school: each must be seen in a scoped statement, or the check proved nothing about it. */
  static final Set<String> SCHOOL_TABLES =
      Set.of(
          "pupil",
          "staff",
          "plan",
          "contact_record",
          "contact_topic",
          "amendment",
          "policy_pack",
          "audit_event",
          "external_contact",
          "consultation",
          "safeguarding_agreement",
          "reference_version",
          "file_transfer",
          "disposal_review",
          "copy_request",
          "acknowledgement",
          "policy_draft",
          "policy_signature",
          "policy_publication");

  private StatementScoping() {}

  /** The store of the school under test, in a migrated database whose every later statement is recorded. */
  static LiaisonStore recordedStore(DataSource fresh, String prefix, Queue<String> into) {
    RecordingDataSource recorded = new RecordingDataSource(fresh, into);
    JdbcSchoolStores stores = JdbcStores.builder(recorded).tablePrefix(prefix).build();
    recorded.unrecorded(stores::migrate);
    return Neighbours.besideANeighbour(stores);
  }

  static void everyStatementScoped(Queue<String> recorded, String prefix) {
    List<String> statements = List.copyOf(recorded);
    List<String> unscoped = new ArrayList<>();
    Set<String> tablesSeen = new TreeSet<>();
    for (String sql : statements) {
      SchoolScoping.problem(sql, prefix).ifPresent(problem -> unscoped.add(problem + ": " + sql));
      for (String table : SCHOOL_TABLES) {
        if (sql.matches("(?s).*\\b(?:" + prefix + ")" + table + "\\b.*")) {
          tablesSeen.add(table);
        }
      }
    }
    assertThat(statements).as("statements recorded").hasSizeGreaterThan(500);
    assertThat(unscoped).as("statements not bound to one school").isEmpty();
    assertThat(tablesSeen)
        .as("school tables the contract reached")
        .containsExactlyInAnyOrderElementsOf(SCHOOL_TABLES);
  }
}
