package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Data written by 0.1 stays readable: an H2 file and a PostgreSQL database written by the 0.1 release (see
 * {@code src/test/resources/legacy/v0.1/README.md}) are migrated and read through today's facade.
 */
class LegacyDatabaseTest {
  static final String FIXTURES = "/legacy/v0.1/";
  static final StaffId HEAD = StaffId.of("staff-head-hpatel");
  static final StaffId OFFICE = StaffId.of("staff-office-mbrown");
  static final StaffId DSL = StaffId.of("staff-dsl-cokafor");
  static final StaffId TEACHER = StaffId.of("staff-teacher-ajones");
  static final PupilId FAMILY = PupilId.of("pupil-0001");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  @DisplayName(
      "LP36-4e / HSL-9: an H2 file written by 0.1 migrates to the current schema and reads through the facade")
  void h2WrittenByVersion01(@TempDir Path dir) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(FIXTURES + "liaison-v01.mv.db")) {
      Files.copy(in, dir.resolve("liaison-v01.mv.db"));
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:file:" + dir.resolve("liaison-v01").toAbsolutePath() + ";IFEXISTS=TRUE");
    dataSource.setUser("");
    dataSource.setPassword("");
    readsAsToday(dataSource);
  }

  @Test
  @DisplayName(
      "LP36-4e / HSL-9: a PostgreSQL database written by 0.1 migrates to the current schema and reads through the facade")
  void postgresWrittenByVersion01() throws Exception {
    String schema = "legacy_" + Databases.freshPrefix().replace("_", "");
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(Databases.postgres().getJdbcUrl("postgres", "postgres"));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    dataSource.setCurrentSchema(schema);
    String script;
    try (InputStream in = getClass().getResourceAsStream(FIXTURES + "liaison-v01-postgresql.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    load(dataSource, script);
    readsAsToday(dataSource);
  }

  private static void load(DataSource dataSource, String script) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String line : script.split("\n")) {
        if (!line.isBlank() && !line.startsWith("--")) {
          s.execute(line.substring(0, line.lastIndexOf(';')));
        }
      }
    }
  }

  private static void readsAsToday(DataSource dataSource) {
    JdbcSchoolStores stores = JdbcStores.builder(dataSource).build();
    assertThat(stores.schemaVersion()).isEqualTo(3);
    assertThat(stores.migrate().applied()).containsExactly(4, 5, 6, 7, 8);
    assertThat(stores.schemaVersion()).isEqualTo(stores.latestSchemaVersion());
    // Written before schools were told apart: all of it is the default school's.
    JdbcSchoolStore store = stores.school(SchoolId.DEFAULT);

    // 0.1 registered version 1 of the pack; this release ships version 2 (placeholders for the
    // blank directory
    // entries, months kept as months): both are kept, and decisions from now on name version 2.
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .clock(CLOCK)
            .zone(ZoneId.of("Europe/London"))
            .build();
    assertThat(store.packs().versions(StandardPacks.lp36().id()))
        .extracting(d -> d.version())
        .containsExactly(1, 2);
    assertThat(liaison.audit().verify().intact()).isTrue();
    assertThat(liaison.audit().verify().verifiedEvents()).isEqualTo(16);

    assertThat(
            liaison
                .school()
                .staffMember(StaffId.of("staff-ta-loneill"))
                .orElseThrow()
                .displayName())
        .contains("Mrs L. O'Neill");
    assertThat(store.plans().versions(PlanId.of("plan-0001"))).hasSize(2);
    List<RecordView> head = liaison.records().chronology(FAMILY, HEAD);
    assertThat(head)
        .extracting(v -> v.id().value())
        .containsExactly("rec-0001", "rec-0002", "rec-0005", "ooh-0001");
    assertThat(head).allSatisfy(v -> assertThat(v.contentGranted()).isTrue());
    // 0.1 let an amendment lower rec-0002 to SCHOOL_INTERNAL; reads now decide on the highest level
    // it had.
    RecordView amended = head.get(1);
    assertThat(amended.level()).isEqualTo(ConfidentialityLevel.CONFIDENTIAL);
    assertThat(amended.amendments()).hasSize(1);
    assertThat(liaison.records().read(ContactRecordId.of("rec-0002"), OFFICE).contentGranted())
        .isFalse();
    // HSL-9: the liaison form written by 0.1 is invisible to the office, exactly like a missing
    // record.
    assertThatThrownBy(() -> liaison.records().read(ContactRecordId.of("ooh-0001"), OFFICE))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("contact record ooh-0001 is not held");
    assertThat(liaison.records().chronology(FAMILY, OFFICE))
        .extracting(v -> v.id().value())
        .doesNotContain("ooh-0001");
    // LP36-6.3: the agreement 0.1 kept in the audit trail is still read by the safeguarding posts.
    assertThat(liaison.sharing().safeguardingAgreements(PupilId.of("pupil-0002"), DSL))
        .singleElement()
        .satisfies(a -> assertThat(a.laConsultation().consulteeName()).isEqualTo("R. Officer"));

    // HSL-7: a 0.1 case has no state column; its document says it was reviewed, so nothing awaits
    // the head.
    assertThat(
            store
                .externalContacts()
                .latest(io.github.liaisonsdk.contact.CaseId.of("case-0001"))
                .orElseThrow()
                .state())
        .isNotEqualTo(io.github.liaisonsdk.contact.CaseState.DISCLOSED);
    assertThat(store.monitoring().casesAwaitingReview()).isEmpty();

    Decision decision =
        liaison
            .sharing()
            .decide(
                SharingRequest.builder()
                    .requester(TEACHER)
                    .pupil(FAMILY)
                    .topic(Topic.ATTENDANCE)
                    .recipient(Recipient.familyContact(ContactPersonId.of("fc-0001-mother")))
                    .purpose(Purpose.ROUTINE_LIAISON)
                    .build());
    assertThat(decision.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }
}
