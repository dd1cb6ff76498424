package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The property that lets the tables be distributed by school, on H2: every statement the adapter issues while the
 * whole port contract runs (and while a neighbour school is filled through the facade) is bound to one school.
 */
class H2StatementScopingTest extends LiaisonStoreContract {
  private static final String PREFIX = "scoped_";
  private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

  @Override
  protected LiaisonStore newStore() {
    return StatementScoping.recordedStore(Databases.h2(), PREFIX, STATEMENTS);
  }

  @AfterAll
  static void everyStatementNamedItsSchool() {
    StatementScoping.everyStatementScoped(STATEMENTS, PREFIX);
  }

  @Test
  @DisplayName("the check itself: unscoped statements are named, scoped ones pass")
  void theCheckBites() {
    assertThat(SchoolScoping.problem("SELECT doc FROM scoped_pupil WHERE id = ?", PREFIX))
        .isPresent();
    assertThat(SchoolScoping.problem("SELECT doc FROM scoped_pupil ORDER BY id", PREFIX))
        .isPresent();
    assertThat(SchoolScoping.problem("INSERT INTO scoped_pupil (id, doc) VALUES (?, ?)", PREFIX))
        .isPresent();
    assertThat(
            SchoolScoping.problem(
                "INSERT INTO scoped_pupil (school_id, id) VALUES ('x', ?)", PREFIX))
        .isPresent();
    assertThat(
            SchoolScoping.problem(
                "SELECT d.doc FROM scoped_plan d WHERE d.school_id = ? AND d.version ="
                    + " (SELECT MAX(v.version) FROM scoped_plan v WHERE v.plan_id = d.plan_id)",
                PREFIX))
        .isPresent();
    assertThat(SchoolScoping.problem("DELETE FROM scoped_amendment WHERE record_id = ?", PREFIX))
        .isPresent();
    for (String open :
        List.of(
            "SELECT doc FROM scoped_pupil WHERE school_id = ? OR 1 = 1",
            "SELECT doc FROM scoped_pupil WHERE (school_id = ?)or 1 = 1",
            "SELECT doc FROM scoped_pupil WHERE school_id = ? IS NOT TRUE",
            "SELECT a.doc FROM scoped_pupil a, scoped_staff b WHERE a.school_id = ?",
            "SELECT a.doc FROM scoped_pupil a JOIN scoped_staff b ON a.id = b.id WHERE a.school_id = ? AND a.school_id = ?",
            "SELECT a.doc FROM scoped_pupil a WHERE a.school_id = a.school_id",
            "INSERT INTO scoped_pupil (school_id, id, doc) VALUES (?, ?, (SELECT doc FROM scoped_staff))")) {
      assertThat(SchoolScoping.problem(open, PREFIX)).as(open).isPresent();
    }
    assertThat(
            SchoolScoping.problem(
                "SELECT doc FROM scoped_pupil WHERE school_id = ? AND id = ?", PREFIX))
        .isEmpty();
    assertThat(
            SchoolScoping.problem(
                "SELECT d.doc FROM scoped_plan d WHERE d.school_id = ? AND d.version ="
                    + " (SELECT MAX(v.version) FROM scoped_plan v WHERE v.school_id = d.school_id)",
                PREFIX))
        .isEmpty();
    assertThat(SchoolScoping.problem("SELECT COUNT(*) FROM scoped_schema_history", PREFIX))
        .isEmpty();
  }
}
