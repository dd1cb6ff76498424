package io.github.liaisonsdk.jdbc;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the JDBC adapter promises beyond the port contract, on both databases. */
class JdbcStoreBehaviourTest {

  private static DataSource dataSource(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2() : Databases.postgresDataSource(null);
  }

  private static JdbcSchoolStores store(DataSource dataSource, String prefix) {
    return JdbcStores.builder(dataSource).tablePrefix(prefix).build();
  }

  /** The default school's store in a migrated database. */
  private static JdbcSchoolStore migrated(DataSource dataSource, String prefix) {
    JdbcSchoolStores stores = store(dataSource, prefix);
    stores.migrate();
    return stores.school(SchoolId.DEFAULT);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "HSL-9: a database error that quotes a stored value reaches the caller with its SQLState and without the value")
  void databaseMessagesAreWithheld(Dialect dialect) {
    Scope scope =
        new Scope.Pooled(
            "default",
            dataSource(dialect),
            dialect,
            new java.util.concurrent.atomic.AtomicBoolean(true));
    String value = Fixtures.MARKER + " disclosed at a parents' evening";
    JdbcStoreException e =
        catchThrowableOfType(
            JdbcStoreException.class,
            () ->
                scope.run(
                    "convert a value",
                    c -> {
                      // Both drivers quote the value they could not convert in their message.
                      try (PreparedStatement statement =
                          c.prepareStatement("SELECT CAST(? AS INTEGER)")) {
                        statement.setString(1, value);
                        try (ResultSet rows = statement.executeQuery()) {
                          return rows.next();
                        }
                      }
                    }));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .startsWith("database error while trying to convert a value (SQLState 22");
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.add(t);
      chain.addAll(List.of(t.getSuppressed()));
    }
    assertThat(chain)
        .hasSizeGreaterThan(1)
        .allSatisfy(
            t -> assertThat(String.valueOf(t.getMessage())).doesNotContain(Fixtures.MARKER));
    java.sql.SQLException cause = (java.sql.SQLException) e.getCause();
    assertThat(cause.getSQLState()).startsWith("22");
    assertThat(cause.getMessage()).contains(dialect == Dialect.H2 ? "org.h2" : "org.postgresql");
    assertThat(cause.getStackTrace()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("migrate() creates the schema once, records its versions and is idempotent")
  void migrateIsIdempotent(Dialect dialect) {
    JdbcSchoolStores store = store(dataSource(dialect), Databases.freshPrefix());
    assertThat(store.dialect()).isEqualTo(dialect);
    assertThat(store.schemaVersion()).isZero();
    MigrationReport first = store.migrate();
    assertThat(first.applied()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(store.schemaVersion()).isEqualTo(store.latestSchemaVersion());
    MigrationReport again = store.migrate();
    assertThat(again.applied()).isEmpty();
    assertThat(again.before()).isEqualTo(again.after()).isEqualTo(Migrator.LATEST);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "upgrading a single-school database from schema version 1 puts every row in the default school, chain intact")
  void upgradeKeepsRows(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores stores = store(dataSource, prefix);
    stores.migrate(1);
    // Rows as version 1 wrote them: no school anywhere.
    List<io.github.liaisonsdk.audit.AuditEvent> trail = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      Rows.update(
          c,
          "INSERT INTO " + prefix + "pupil (id, doc) VALUES (?, ?)",
          Fixtures.pupilId(ResidenceContext.BOARDING).value(),
          Rows.json(Fixtures.pupil(ResidenceContext.BOARDING)));
      Rows.update(
          c,
          "INSERT INTO " + prefix + "staff (id, doc) VALUES (?, ?)",
          TestSchool.TEACHER.value(),
          Rows.json(
              Fixtures.staff(TestSchool.TEACHER, io.github.liaisonsdk.staff.Designation.TEACHER)));
      io.github.liaisonsdk.plan.LiaisonPlan plan = Fixtures.plan(ResidenceContext.BOARDING);
      Rows.update(
          c,
          "INSERT INTO "
              + prefix
              + "plan (plan_id, version, pupil_id, effective_from, doc)"
              + " VALUES (?, ?, ?, ?, ?)",
          plan.id().value(),
          1,
          plan.pupil().value(),
          plan.effectiveFrom(),
          Rows.json(plan));
      for (int i = 0; i < 25; i++) {
        ContactRecord record =
            Fixtures.record("r-" + i, ResidenceContext.BOARDING, MORNING.plusSeconds(i));
        Rows.update(
            c,
            "INSERT INTO "
                + prefix
                + "contact_record (id, pupil_id, occurred_at, kind, staff_id, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            record.id().value(),
            record.pupil().value(),
            record.occurredAt(),
            record.kind().name(),
            record.staff().value(),
            Rows.json(record));
        Rows.update(
            c,
            "INSERT INTO "
                + prefix
                + "contact_topic (record_id, topic, pupil_id, occurred_at)"
                + " VALUES (?, ?, ?, ?)",
            record.id().value(),
            "ATTENDANCE",
            record.pupil().value(),
            record.occurredAt());
      }
      io.github.liaisonsdk.audit.ChainCheckpoint head =
          io.github.liaisonsdk.audit.ChainCheckpoint.GENESIS;
      for (int i = 0; i < 3; i++) {
        io.github.liaisonsdk.audit.AuditEvent event =
            io.github.liaisonsdk.audit.AuditEvent.next(
                head,
                MORNING,
                io.github.liaisonsdk.audit.AuditEventType.WRITE,
                java.util.Optional.empty(),
                "pupil-boarding",
                java.util.Map.of("event", "written by version 1"));
        Rows.update(
            c,
            "INSERT INTO "
                + prefix
                + "audit_event (sequence, occurred_at, event_type, subject, hash, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            event.sequence(),
            event.occurredAt(),
            event.type().name(),
            event.subject(),
            event.hash(),
            Rows.json(event));
        trail.add(event);
        head = io.github.liaisonsdk.audit.ChainCheckpoint.of(event);
      }
    }
    assertThat(stores.migrate().applied()).containsExactly(2, 3, 4, 5, 6, 7, 8);

    JdbcSchoolStore store = stores.school(SchoolId.DEFAULT);
    assertThat(store.contacts().chronology(Fixtures.pupilId(ResidenceContext.BOARDING)))
        .hasSize(25);
    assertThat(store.plans().forPupil(Fixtures.pupilId(ResidenceContext.BOARDING))).hasSize(1);
    assertThat(store.staff().all()).hasSize(1);
    assertThat(store.audit().read(1, 10)).isEqualTo(trail);
    assertThat(store.monitoring().contactTallies(MORNING, MORNING.plusSeconds(60))).hasSize(1);
    long before = store.referenceVersion();
    store
        .plans()
        .save(
            io.github.liaisonsdk.plan.LiaisonPlan.builder()
                .from(Fixtures.plan(ResidenceContext.BOARDING))
                .version(2)
                .build());
    assertThat(store.referenceVersion())
        .as("a plan write moves the reference version")
        .isGreaterThan(before);
    Liaison liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .clock(Clock.fixed(MORNING, java.time.ZoneOffset.UTC))
            .build();
    assertThat(liaison.audit().verify().intact()).isTrue();
    assertThat(liaison.audit().verify().verifiedEvents()).isGreaterThan(3);

    // Another school in the same database starts empty, with a chain of its own.
    JdbcSchoolStore other = stores.school(SchoolId.of("urn-200002"));
    assertThat(other.contacts().chronology(Fixtures.pupilId(ResidenceContext.BOARDING))).isEmpty();
    assertThat(other.audit().headCheckpoint())
        .isEqualTo(io.github.liaisonsdk.audit.ChainCheckpoint.GENESIS);
    assertThat(other.referenceVersion()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("a schema newer than this release knows, or an altered migration, is refused")
  void refusesNewerOrAlteredSchema(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores store = store(dataSource, prefix);
    store.migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + prefix
              + "schema_history (version, description, checksum, applied_at)"
              + " VALUES (99, 'from the future', '"
              + "0".repeat(64)
              + "', CURRENT_TIMESTAMP)");
    }
    assertThatThrownBy(store::migrate)
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("newer");

    String altered = Databases.freshPrefix();
    JdbcSchoolStores other = store(dataSource, altered);
    other.migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE "
              + altered
              + "schema_history SET checksum = '"
              + "f".repeat(64)
              + "' WHERE version = 1");
    }
    assertThatThrownBy(other::migrate)
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("V1");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "a store joined to the caller's transaction writes nothing the caller rolls back, and keeps what it commits")
  void joinsTheCallersTransaction(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    JdbcSchoolStore store = migrated(dataSource, Databases.freshPrefix());
    ContactRecord record = Fixtures.record("r-joined", ResidenceContext.CARE_HOME, MORNING);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      store.joining(c).contacts().append(record);
      assertThat(store.joining(c).contacts().find(record.id())).contains(record);
      c.rollback();
    }
    assertThat(store.contacts().find(record.id())).isEmpty();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      store.inCallerTransaction(
          c,
          tx -> {
            tx.contacts().append(record);
            return null;
          });
      c.commit();
    }
    assertThat(store.contacts().find(record.id())).contains(record);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "a NUL or other control character is refused by validation before anything is written")
  void controlCharactersRefusedBeforeWriting(Dialect dialect) {
    JdbcSchoolStore store = migrated(dataSource(dialect), Databases.freshPrefix());
    for (String bad :
        List.of(
            Fixtures.MARKER + "\u0000",
            Fixtures.MARKER + "\u0007bell",
            Fixtures.MARKER + "\ud83d")) {
      LiaisonValidationException e =
          catchThrowableOfType(
              LiaisonValidationException.class,
              () ->
                  store
                      .contacts()
                      .append(
                          Fixtures.recordBuilder("r-bad", ResidenceContext.BOARDING, MORNING)
                              .summary(ConfidentialText.of(bad))
                              .build()));
      assertThat(e.violations()).extracting(v -> v.path()).containsExactly("text");
      assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER);
    }
    assertThat(store.contacts().chronology(Fixtures.pupilId(ResidenceContext.BOARDING))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName("table prefixes are validated, so no identifier can be injected")
  void prefixValidated(Dialect dialect) {
    assertThatThrownBy(
            () ->
                JdbcStores.builder(dataSource(dialect)).tablePrefix("x; DROP TABLE y; --").build())
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("tablePrefix");
    assertThatThrownBy(() -> JdbcStores.builder(dataSource(dialect)).schema("Public\"").build())
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("schema");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "HSL-1: the facade on a real database audits concurrent decisions without losing one or breaking the chain")
  void facadeOnDatabase(Dialect dialect) throws Exception {
    JdbcSchoolStore store = migrated(dataSource(dialect), Databases.freshPrefix());
    Liaison liaison =
        TestSchool.open(
            StandardPacks.lp36(),
            store,
            Clock.fixed(java.time.Instant.parse("2026-11-24T09:00:00Z"), java.time.ZoneOffset.UTC));
    long before = store.audit().head().orElseThrow().sequence();
    io.github.liaisonsdk.sharing.SharingRequest toParent =
        io.github.liaisonsdk.sharing.SharingRequest.builder()
            .requester(TestSchool.TEACHER)
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(io.github.liaisonsdk.confidentiality.Topic.ATTENDANCE)
            .recipient(
                io.github.liaisonsdk.sharing.Recipient.outside(
                    io.github.liaisonsdk.sharing.RecipientKind.PUBLIC))
            .purpose(io.github.liaisonsdk.sharing.Purpose.ROUTINE_LIAISON)
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 25; i++) {
                  liaison.sharing().decide(toParent);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(store.audit().head().orElseThrow().sequence()).isEqualTo(before + 100);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @org.junit.jupiter.api.Test
  @DisplayName("tables can live in a schema of their own, apart from other prefixes and schemas")
  void schemaOption() throws Exception {
    DataSource dataSource = Databases.postgresDataSource(null);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS liaison_school");
    }
    JdbcSchoolStores inSchemaStores =
        JdbcStores.builder(dataSource).schema("liaison_school").build();
    inSchemaStores.migrate();
    JdbcSchoolStore inSchema = inSchemaStores.school(SchoolId.DEFAULT);
    inSchema.contacts().append(Fixtures.record("r-schema", ResidenceContext.BOARDING, MORNING));
    JdbcSchoolStore elsewhere = migrated(dataSource, Databases.freshPrefix());
    assertThat(
            inSchema
                .contacts()
                .find(Fixtures.record("r-schema", ResidenceContext.BOARDING, MORNING).id()))
        .isPresent();
    assertThat(
            elsewhere
                .contacts()
                .find(Fixtures.record("r-schema", ResidenceContext.BOARDING, MORNING).id()))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a PostgreSQL session in a non-UTC time zone reads and queries the same instants")
  void nonUtcSessionSameInstants() {
    String prefix = Databases.freshPrefix();
    JdbcSchoolStore utc = migrated(Databases.postgresDataSource("UTC"), prefix);
    JdbcSchoolStore chatham =
        store(Databases.postgresDataSource("Pacific/Chatham"), prefix).school(SchoolId.DEFAULT);
    Instant midnight = Instant.parse("2026-10-25T00:00:00Z");
    for (int i = 0; i < 6; i++) {
      utc.contacts()
          .append(
              Fixtures.record(
                  "r-" + i,
                  ResidenceContext.DAY_WITH_FAMILY,
                  midnight.plus(Duration.ofMinutes(30L * i - 60))));
    }
    chatham
        .contacts()
        .append(Fixtures.record("r-chatham", ResidenceContext.DAY_WITH_FAMILY, midnight));
    assertThat(chatham.contacts().chronology(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY)))
        .isEqualTo(utc.contacts().chronology(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY)));
    List<ContactRecord> fromChatham =
        chatham.contacts().occurredBetween(midnight, midnight.plus(Duration.ofHours(1)));
    assertThat(fromChatham)
        .extracting(r -> r.id().value())
        .containsExactly("r-2", "r-chatham", "r-3");
    assertThat(fromChatham)
        .isEqualTo(utc.contacts().occurredBetween(midnight, midnight.plus(Duration.ofHours(1))));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "LP36-6.1: a facade's cached staff are refreshed when another facade on the database changes a post")
  void twoFacadesOneDatabase(Dialect dialect) {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStore first = migrated(dataSource, prefix);
    Clock clock = Clock.fixed(MORNING, java.time.ZoneOffset.UTC);
    Liaison here = TestSchool.open(StandardPacks.lp36(), first, clock);
    Liaison elsewhere =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store(dataSource, prefix).school(SchoolId.DEFAULT))
            .clock(clock)
            .build();
    io.github.liaisonsdk.sharing.SharingRequest ask =
        io.github.liaisonsdk.sharing.SharingRequest.builder()
            .requester(TestSchool.OFFICE)
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(io.github.liaisonsdk.confidentiality.Topic.CONCERNS_AND_SAFEGUARDING)
            .recipient(
                io.github.liaisonsdk.sharing.Recipient.outside(
                    io.github.liaisonsdk.sharing.RecipientKind.LA_SAFEGUARDING_TEAM))
            .purpose(io.github.liaisonsdk.sharing.Purpose.SAFEGUARDING)
            .build();
    io.github.liaisonsdk.sharing.Outcome before = here.sharing().decide(ask).outcome();

    io.github.liaisonsdk.staff.StaffMember office =
        first.staff().find(TestSchool.OFFICE).orElseThrow();
    elsewhere
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .from(office)
                .designations(
                    java.util.Set.of(
                        io.github.liaisonsdk.staff.Designation.OFFICE,
                        io.github.liaisonsdk.staff.Designation.DESIGNATED_SAFEGUARDING_LEAD))
                .build());

    assertThat(here.sharing().decide(ask).outcome())
        .isNotEqualTo(before)
        .isEqualTo(elsewhere.sharing().decide(ask).outcome());
    assertThat(here.audit().verify().intact()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "LP36-6.3: agreements kept inside audit events before schema version 5 move to their own table on upgrade")
  void legacyAgreementsMove(Dialect dialect) throws Exception {
    DataSource dataSource = dataSource(dialect);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores stores = store(dataSource, prefix);
    stores.migrate(4);
    io.github.liaisonsdk.sharing.SafeguardingAgreement agreement =
        io.github.liaisonsdk.sharing.SafeguardingAgreement.builder()
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .agreedAt(MORNING)
            .laConsultation(
                io.github.liaisonsdk.sharing.Consultation.builder()
                    .role(io.github.liaisonsdk.sharing.ConsulteeRole.LA_SAFEGUARDING_TEAM)
                    .consulteeName("R. Officer")
                    .consulteeDesignation("LA safeguarding officer")
                    .consultedAt(MORNING)
                    .outcome(io.github.liaisonsdk.sharing.ConsultationOutcome.AGREED)
                    .whoInformsOtherServices(io.github.liaisonsdk.sharing.WhoInforms.REFERRER)
                    .build())
            .addParticipants(
                new io.github.liaisonsdk.sharing.Participant(
                    "R. Officer", "LA safeguarding officer"))
            .addServicesToInform(io.github.liaisonsdk.pupil.ServiceId.of("home"))
            .recordedBy(TestSchool.DSL)
            .build();
    // As version 0.2 before this schema wrote it: the whole agreement inside the event's details.
    io.github.liaisonsdk.audit.AuditEvent withAgreement =
        io.github.liaisonsdk.audit.AuditEvent.next(
            java.util.Optional.empty(),
            MORNING,
            io.github.liaisonsdk.audit.AuditEventType.WRITE,
            java.util.Optional.of(TestSchool.DSL),
            agreement.pupil().value(),
            java.util.Map.of(
                "event",
                "safeguarding agreement",
                "consultation",
                "c-la",
                "clauses",
                "LP36-6.3",
                "agreement",
                io.github.liaisonsdk.json.LiaisonJson.write(agreement)));
    // A damaged event elsewhere in the trail is verification's to report; the move goes on past it.
    io.github.liaisonsdk.audit.AuditEvent damaged =
        io.github.liaisonsdk.audit.AuditEvent.next(
            io.github.liaisonsdk.audit.ChainCheckpoint.of(withAgreement),
            MORNING,
            io.github.liaisonsdk.audit.AuditEventType.WRITE,
            java.util.Optional.empty(),
            "pupil-x",
            java.util.Map.of());
    try (Connection c = dataSource.getConnection()) {
      for (io.github.liaisonsdk.audit.AuditEvent event : List.of(withAgreement, damaged)) {
        Rows.update(
            c,
            "INSERT INTO "
                + prefix
                + "audit_event (sequence, occurred_at, event_type, subject, hash, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            event.sequence(),
            event.occurredAt(),
            event.type().name(),
            event.subject(),
            event.hash(),
            event.sequence() == 2 ? "{\"damaged\": true}" : Rows.json(event));
      }
    }
    assertThat(stores.migrate().applied()).containsExactly(5, 6, 7, 8);
    JdbcSchoolStore store = stores.school(SchoolId.DEFAULT);
    assertThat(store.agreements().forPupil(agreement.pupil())).containsExactly(agreement);

    // A move that did not finish (a kill, an unreadable event) runs again at the next migrate(),
    // whoever applied V5.
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + prefix + "safeguarding_agreement");
      s.execute("DELETE FROM " + prefix + "upgrade_step");
    }
    assertThat(stores.migrate().applied()).isEmpty();
    assertThat(store.agreements().forPupil(agreement.pupil())).containsExactly(agreement);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + prefix + "safeguarding_agreement");
    }
    stores.migrate();
    assertThat(store.agreements().forPupil(agreement.pupil()))
        .as("a finished move is not run again")
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "HSL-9: a trail written on a clock with nanoseconds verifies (the time column keeps microseconds)")
  void nanosecondClock(Dialect dialect) {
    JdbcSchoolStore store = migrated(dataSource(dialect), Databases.freshPrefix());
    Liaison liaison =
        TestSchool.open(
            StandardPacks.lp36(),
            store,
            Clock.fixed(Instant.parse("2026-11-24T09:00:00.123456789Z"), java.time.ZoneOffset.UTC));
    Liaison onTheSystemClock = Liaison.builder().pack(StandardPacks.lp36()).store(store).build();
    onTheSystemClock
        .school()
        .synchroniseStaff(
            Fixtures.staff(TestSchool.COLLEAGUE, io.github.liaisonsdk.staff.Designation.TEACHER));
    assertThat(liaison.audit().verify().intact()).as(liaison.audit().verify().problem()).isTrue();
  }
}
