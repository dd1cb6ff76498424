package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Isolation in depth on PostgreSQL: even a statement that forgets its school, run on the adapter's own connection in
 * a school's unit of work, sees and touches that school's rows only, because the migrations installed row-level
 * security keyed on the session setting the adapter sets. Connected as an ordinary role, as an application should be.
 */
class RowLevelSecurityTest {
  private static final SchoolId A = SchoolId.of("urn-300001");
  private static final SchoolId B = SchoolId.of("urn-300002");
  private final String prefix = Databases.freshPrefix();

  /** The application's role: granted reads and writes on the tables, owning none of them. */
  private DataSource dataSource;

  private JdbcSchoolStores stores;

  @BeforeEach
  void twoSchoolsOneDatabase() throws SQLException {
    // Migrated by the owning role, as a deployment would; the application connects as another.
    JdbcStores.builder(Databases.postgresAppDataSource()).tablePrefix(prefix).build().migrate();
    dataSource = Databases.postgresReaderWriter(prefix);
    stores = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    LiaisonSchools schools =
        LiaisonSchools.builder()
            .stores(stores)
            .clock(Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC))
            .build();
    for (SchoolId school : List.of(A, B)) {
      Liaison liaison = schools.school(school, StandardPacks.lp36());
      TestSchool.populate(liaison);
      int records = school.equals(A) ? 3 : 7;
      for (int i = 0; i < records; i++) {
        liaison
            .records()
            .record(
                Fixtures.record(
                    "record-" + i,
                    ResidenceContext.BOARDING,
                    Fixtures.MORNING.minusSeconds(7_200L * (i + 1))));
      }
    }
    // A row of B in every table the facade calls above did not reach, so that no check below is
    // vacuous.
    Scope inB =
        new Scope.Pooled(B.value(), dataSource, Dialect.POSTGRESQL, new AtomicBoolean(false));
    inB.write(
        "rows of B",
        c -> {
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "amendment (school_id, record_id, seq, doc) VALUES (?, ?, ?, ?)",
              B.value(),
              "record-0",
              1,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "consultation (school_id, id, pupil_id, consulted_at, doc)"
                  + " VALUES (?, ?, ?, ?, ?)",
              B.value(),
              "c-1",
              "pupil-boarding",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "external_contact (school_id, case_id, version, pupil_id,"
                  + " disclosed_at, doc) VALUES (?, ?, ?, ?, ?, ?)",
              B.value(),
              "case-1",
              1,
              "pupil-boarding",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "safeguarding_agreement (school_id, id, pupil_id, agreed_at, doc)"
                  + " VALUES (?, ?, ?, ?, ?)",
              B.value(),
              "0".repeat(64),
              "pupil-boarding",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "file_transfer (school_id, transfer_id, version, pupil_id, recorded_at,"
                  + " due_by, state, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              B.value(),
              "t-1",
              1,
              "pupil-boarding",
              Fixtures.MORNING,
              java.time.LocalDate.of(2026, 9, 21),
              "AWAITING_SEND",
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "disposal_review (school_id, id, pupil_id, reviewed_at, doc)"
                  + " VALUES (?, ?, ?, ?, ?)",
              B.value(),
              "review-1",
              "pupil-boarding",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "copy_request (school_id, id, requested_at, doc) VALUES (?, ?, ?, ?)",
              B.value(),
              "request-1",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "acknowledgement (school_id, staff_id, pack_id, pack_version,"
                  + " content_hash, acknowledged_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
              B.value(),
              "staff-teacher",
              "coxlease-lp36",
              1,
              "0".repeat(64),
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "policy_draft (school_id, pack_id, pack_version, proposed_at, doc)"
                  + " VALUES (?, ?, ?, ?, ?)",
              B.value(),
              "coxlease-lp36",
              3,
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "policy_signature (school_id, pack_id, pack_version, content_hash,"
                  + " post, signed_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
              B.value(),
              "coxlease-lp36",
              3,
              "0".repeat(64),
              "HEADTEACHER",
              Fixtures.MORNING,
              "{}");
          Rows.update(
              c,
              "INSERT INTO "
                  + prefix
                  + "policy_publication (school_id, pack_id, pack_version, in_force_from,"
                  + " published_at, doc) VALUES (?, ?, ?, ?, ?, ?)",
              B.value(),
              "coxlease-lp36",
              3,
              java.time.LocalDate.of(2026, 9, 21),
              Fixtures.MORNING,
              "{}");
          return null;
        });
  }

  @Test
  @DisplayName(
      "HSL-9: an unscoped query on the adapter's connection returns only the unit's school's rows")
  void unscopedQueryReturnsOwnRowsOnly() {
    Scope inA =
        new Scope.Pooled(A.value(), dataSource, Dialect.POSTGRESQL, new AtomicBoolean(false));
    Scope inB =
        new Scope.Pooled(B.value(), dataSource, Dialect.POSTGRESQL, new AtomicBoolean(false));
    List<String> seenInA = inA.run("an unscoped query", c -> schools(c, "contact_record"));
    List<String> seenInB = inB.run("an unscoped query", c -> schools(c, "contact_record"));
    assertThat(seenInA).containsOnly(A.value()).hasSize(3);
    assertThat(seenInB).containsOnly(B.value()).hasSize(7);
    for (String table : StatementScoping.SCHOOL_TABLES) {
      List<String> seen = inA.run("an unscoped query", c -> schools(c, table));
      assertThat(seen).as(table).doesNotContain(B.value());
      List<String> theirs = inB.run("an unscoped query", c -> schools(c, table));
      assertThat(theirs).as(table).isNotEmpty().containsOnly(B.value());
    }
    List<String> trail = inA.run("an unscoped query", c -> schools(c, "audit_event"));
    assertThat(trail).isNotEmpty().containsOnly(A.value());
    // An unscoped write touches only the school's own rows.
    int updated =
        inA.write(
            "an unscoped update",
            c -> {
              try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE " + prefix + "contact_record SET kind = kind");
              }
            });
    assertThat(updated).isEqualTo(3);
  }

  @Test
  @DisplayName("HSL-9: a row written for another school than the unit's is refused by the database")
  void writingAnotherSchoolsRowIsRefused() {
    Scope inA =
        new Scope.Pooled(A.value(), dataSource, Dialect.POSTGRESQL, new AtomicBoolean(false));
    assertThatThrownBy(
            () ->
                inA.write(
                    "write a row of another school",
                    c ->
                        Rows.update(
                            c,
                            "INSERT INTO " + prefix + "pupil (school_id, id, doc) VALUES (?, ?, ?)",
                            B.value(),
                            "intruder",
                            "{}")))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("SQLState 42501");
    assertThat(stores.school(B).pupils().find(io.github.liaisonsdk.pupil.PupilId.of("intruder")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-9: the application's role, owning no table, can neither empty a table nor switch the policies off")
  void applicationRoleCannotEscape() {
    Scope inA =
        new Scope.Pooled(A.value(), dataSource, Dialect.POSTGRESQL, new AtomicBoolean(false));
    for (String escape :
        List.of(
            "TRUNCATE " + prefix + "pupil",
            "ALTER TABLE " + prefix + "pupil NO FORCE ROW LEVEL SECURITY",
            "DROP POLICY " + prefix + "pupil_school ON " + prefix + "pupil")) {
      assertThatThrownBy(
              () ->
                  inA.write(
                      "escape",
                      c -> {
                        try (Statement s = c.createStatement()) {
                          return s.execute(escape);
                        }
                      }))
          .as(escape)
          .isInstanceOf(JdbcStoreException.class)
          .hasMessageContaining("SQLState 42501");
    }
    assertThat(stores.school(B).pupils().all()).isNotEmpty();
  }

  @Test
  @DisplayName("HSL-9: a connection that names no school sees no school's rows")
  void noSchoolNoRows() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(schools(c, "contact_record")).isEmpty();
      assertThat(schools(c, "pupil")).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "a caller's own connection joined in auto-commit names the school for its statements")
  void joinedConnectionInAutoCommit() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(
              stores
                  .school(A)
                  .joining(c)
                  .contacts()
                  .chronology(Fixtures.pupilId(ResidenceContext.BOARDING)))
          .hasSize(3);
      assertThat(
              stores
                  .school(B)
                  .joining(c)
                  .contacts()
                  .chronology(Fixtures.pupilId(ResidenceContext.BOARDING)))
          .hasSize(7);
      // The connection goes back to its owner naming no school: a pool's next user of it sees
      // nothing.
      assertThat(schools(c, "contact_record")).isEmpty();
      // Also when the call fails half-way (a plan version that is not next).
      assertThatThrownBy(
              () ->
                  stores
                      .school(A)
                      .joining(c)
                      .plans()
                      .save(
                          io.github.liaisonsdk.plan.LiaisonPlan.builder()
                              .from(Fixtures.plan(ResidenceContext.BOARDING))
                              .version(9)
                              .build()))
          .isInstanceOf(io.github.liaisonsdk.port.ConcurrentUpdateException.class);
      assertThat(schools(c, "contact_record")).isEmpty();
      // And what the caller named for its own session is put back, not wiped.
      try (Statement s = c.createStatement()) {
        s.execute("SELECT set_config('liaison.school_id', '" + B.value() + "', false)");
      }
      stores.school(A).joining(c).pupils().all();
      assertThat(schools(c, "contact_record")).containsOnly(B.value());
    }
  }

  @Test
  @DisplayName(
      "the policies are in the database: row-level security is on and forced on every school table")
  void policiesInstalled() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname LIKE ? AND relkind = 'r'")) {
      s.setString(1, prefix + "%");
      List<String> secured = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          if (rows.getBoolean(2) && rows.getBoolean(3)) {
            secured.add(rows.getString(1).substring(prefix.length()));
          }
        }
      }
      assertThat(secured).containsExactlyInAnyOrderElementsOf(StatementScoping.SCHOOL_TABLES);
    }
  }

  private List<String> schools(Connection c, String table) throws SQLException {
    List<String> found = new ArrayList<>();
    // Deliberately unscoped: no WHERE at all.
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT school_id FROM " + prefix + table)) {
      while (rows.next()) {
        found.add(rows.getString(1));
      }
    }
    return found;
  }
}
