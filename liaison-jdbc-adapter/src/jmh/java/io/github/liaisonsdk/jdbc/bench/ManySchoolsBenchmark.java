package io.github.liaisonsdk.jdbc.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.jdbc.JdbcSchoolStores;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One school's reads through the facade when it is alone in its PostgreSQL database, and when it shares one with
 * 999 other schools: its monitoring report, a pupil's chronology and its audit verification. The school has 300
 * pupils with a plan each and 30 contacts per pupil, each recorded (and audited) through the facade. Its neighbours
 * are copies of it under their own school ids (same ids, same documents), {@value #NEIGHBOUR_CONTACTS} contacts per
 * pupil each, made by SQL for want of disk: the full 30 would be 9 million rows, about 10 GB, more than the build
 * machine has free. Both databases live in one embedded PostgreSQL under {@code target/bench-data}, kept between runs,
 * reached through a HikariCP pool of four connections.
 */
@State(Scope.Benchmark)
@Fork(1)
public class ManySchoolsBenchmark {
  static final int PUPILS = 300;
  static final int CONTACTS = 30;
  static final int NEIGHBOURS = 999;
  static final int NEIGHBOUR_CONTACTS = 10;
  static final SchoolId SCHOOL = SchoolId.of("urn-100500");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant NOW = Instant.parse("2026-07-20T12:00:00Z");

  @Param({"alone", "shared"})
  public String database;

  private Liaison school;
  private final SplittableRandom random = new SplittableRandom(42);

  private HikariDataSource pool;

  @Setup
  public void open() throws SQLException {
    HikariConfig config = new HikariConfig();
    // A pool, as a vendor runs: without one every operation would open a connection of its own.
    config.setDataSource(BenchData.database("many_" + database));
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
    DataSource dataSource = pool;
    JdbcSchoolStores stores = JdbcStores.builder(dataSource).tablePrefix("many_").build();
    stores.migrate();
    LiaisonSchools schools =
        LiaisonSchools.builder()
            .stores(stores)
            .clock(Clock.fixed(NOW, LONDON))
            .zone(LONDON)
            .build();
    school = schools.school(SCHOOL, StandardPacks.lp36());
    fill(school, stores.school(SCHOOL));
    if (database.equals("shared")) {
      neighbours(dataSource);
    }
  }

  @TearDown
  public void close() {
    pool.close();
  }

  private static PupilId pupil(int p) {
    return BenchData.pupil(p);
  }

  /** Records what is not there yet, through the facade: a run that was stopped half-way carries on. */
  private static void fill(Liaison school, LiaisonStore held) {
    if (held.contacts()
        .find(ContactRecordId.of(BenchData.recordId(PUPILS - 1, CONTACTS - 1)))
        .isPresent()) {
      return;
    }
    long started = System.nanoTime();
    TestSchool.staff().forEach(school.school()::synchroniseStaff);
    ResidenceContext[] contexts = ResidenceContext.values();
    for (int p = 0; p < PUPILS; p++) {
      ResidenceContext context = contexts[p % contexts.length];
      if (held.plans().latest(PlanId.of("bench-plan-" + p)).isPresent()) {
        continue;
      }
      school
          .school()
          .synchronisePupil(Pupil.builder().from(Fixtures.pupil(context)).id(pupil(p)).build());
      school
          .school()
          .approvePlan(
              Fixtures.planBuilder(context)
                  .id(PlanId.of("bench-plan-" + p))
                  .pupil(pupil(p))
                  .effectiveFrom(LocalDate.of(2025, 8, 1))
                  .approvedOn(LocalDate.of(2025, 7, 25))
                  .reviewDue(LocalDate.of(2026, 8, 1))
                  .build());
    }
    for (int p = 0; p < PUPILS; p++) {
      for (int n = 0; n < CONTACTS; n++) {
        if (held.contacts().find(ContactRecordId.of(BenchData.recordId(p, n))).isPresent()) {
          continue;
        }
        school.records().record(BenchData.record(p, n, contexts[p % contexts.length]));
      }
    }
    System.err.printf(
        "recorded the benchmark school through the facade in %d s%n",
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** Copies of the school under other ids, by SQL, as the superuser the embedded server starts with. */
  private static void neighbours(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      try (var rows = s.executeQuery("SELECT COUNT(DISTINCT school_id) FROM many_pupil")) {
        rows.next();
        if (rows.getLong(1) > NEIGHBOURS) {
          return;
        }
      }
      long started = System.nanoTime();
      String copies =
          " CROSS JOIN generate_series(1, "
              + NEIGHBOURS
              + ") AS n WHERE school_id = '"
              + SCHOOL
              + "'";
      String school = "'neighbour-' || n";
      List<String> statements =
          new ArrayList<>(
              List.of(
                  "INSERT INTO many_pupil SELECT id, doc, " + school + " FROM many_pupil" + copies,
                  "INSERT INTO many_staff SELECT id, doc, " + school + " FROM many_staff" + copies,
                  "INSERT INTO many_plan SELECT plan_id, version, pupil_id, effective_from, doc, "
                      + school
                      + " FROM many_plan"
                      + copies,
                  "INSERT INTO many_policy_pack SELECT pack_id, version, content_hash, doc, "
                      + school
                      + " FROM many_policy_pack"
                      + copies,
                  "INSERT INTO many_contact_record SELECT id, pupil_id, occurred_at, kind, staff_id, emergency_raised_at, doc, "
                      + school
                      + " FROM many_contact_record"
                      + copies
                      + " AND CAST(split_part(id, '-', 3) AS INTEGER) < "
                      + NEIGHBOUR_CONTACTS,
                  "INSERT INTO many_contact_topic SELECT record_id, topic, pupil_id, occurred_at, "
                      + school
                      + " FROM many_contact_topic"
                      + copies
                      + " AND CAST(split_part(record_id, '-', 3) AS INTEGER) < "
                      + NEIGHBOUR_CONTACTS,
                  "INSERT INTO many_audit_event SELECT sequence, occurred_at, event_type, subject, hash, doc, "
                      + school
                      + " FROM many_audit_event"
                      + copies
                      + " AND sequence <= "
                      + PUPILS * NEIGHBOUR_CONTACTS,
                  "ANALYZE"));
      for (String sql : statements) {
        s.execute(sql);
      }
      System.err.printf(
          "copied the school to %d neighbours in %d s%n",
          NEIGHBOURS, (System.nanoTime() - started) / 1_000_000_000L);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 3)
  @Measurement(iterations = 5, time = 3)
  public List<RecordView> chronologyOfOnePupil() {
    return school.records().chronology(pupil(random.nextInt(PUPILS)), TestSchool.HEAD);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public MonitoringReport monitoringReport() {
    return school
        .monitoring()
        .report(TestSchool.HEAD, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 17));
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public ChainVerification auditVerification() {
    return school.audit().verify();
  }
}
