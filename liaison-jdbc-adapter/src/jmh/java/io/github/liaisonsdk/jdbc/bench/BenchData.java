package io.github.liaisonsdk.jdbc.bench;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.jdbc.JdbcSchoolStore;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.plan.RoutineArrangement;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The benchmark school: 10,000 pupils with a plan each and 1,000,000 contact records, kept under
 * {@code target/bench-data} so forks after the first reuse them.
 */
final class BenchData {
  static final int PUPILS = 10_000;
  static final int CONTACTS_PER_PUPIL = 100;
  static final Instant START = Instant.parse("2025-09-01T08:00:00Z");
  private static final Topic[] TOPICS = {
    Topic.ATTENDANCE, Topic.PROGRESS, Topic.CONCERNS_AND_SAFEGUARDING
  };
  private static final Frequency[] FREQUENCIES = {
    Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.MONTHLY
  };
  private static EmbeddedPostgres postgres;

  /** The benchmark school's id. */
  static final SchoolId SCHOOL = SchoolId.of("bench-school");

  private BenchData() {}

  static Path folder() {
    return Path.of(System.getProperty("bench.data", "target/bench-data"));
  }

  static synchronized DataSource dataSource(String db) {
    if ("h2".equals(db)) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          "jdbc:h2:file:" + folder().resolve("h2/liaison").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
      return h2;
    }
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(folder().resolve("pg").toAbsolutePath())
                .setCleanDataDirectory(false)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres.getPostgresDatabase();
  }

  /** A database of its own on the embedded PostgreSQL, made on first use. */
  static synchronized DataSource database(String name) {
    dataSource("postgresql");
    try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet exists =
            s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      if (!exists.next()) {
        s.execute("CREATE DATABASE " + name);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return postgres.getDatabase("postgres", name);
  }

  static PupilId pupil(int i) {
    return PupilId.of("bench-pupil-" + i);
  }

  /** The large store, generated on first use. */
  static JdbcSchoolStore large(String db) {
    var stores = JdbcStores.builder(dataSource(db)).tablePrefix("bench_").build();
    stores.migrate();
    JdbcSchoolStore store = stores.school(SCHOOL);
    if (store.pupils().find(pupil(PUPILS - 1)).isPresent()
        && store
            .contacts()
            .find(
                io.github.liaisonsdk.contact.ContactRecordId.of(
                    recordId(PUPILS - 1, CONTACTS_PER_PUPIL - 1)))
            .isPresent()) {
      return store;
    }
    long started = System.nanoTime();
    ResidenceContext[] contexts = ResidenceContext.values();
    for (int p = 0; p < PUPILS; p++) {
      ResidenceContext context = contexts[p % contexts.length];
      if (store.pupils().find(pupil(p)).isPresent()) {
        continue;
      }
      store.pupils().save(Pupil.builder().from(Fixtures.pupil(context)).id(pupil(p)).build());
      store
          .plans()
          .save(
              Fixtures.planBuilder(context)
                  .id(PlanId.of("bench-plan-" + p))
                  .pupil(pupil(p))
                  .routine(
                      RoutineArrangement.of(
                          ContactMethod.TELEPHONE, FREQUENCIES[p % FREQUENCIES.length]))
                  .build());
    }
    List<ContactRecord> batch = new ArrayList<>();
    for (int p = 0; p < PUPILS; p++) {
      if (store
          .contacts()
          .find(io.github.liaisonsdk.contact.ContactRecordId.of(recordId(p, 0)))
          .isPresent()) {
        continue;
      }
      for (int n = 0; n < CONTACTS_PER_PUPIL; n++) {
        batch.add(record(p, n, contexts[p % contexts.length]));
      }
      if (batch.size() >= 5_000) {
        store.contacts().appendAll(batch);
        batch.clear();
      }
    }
    store.contacts().appendAll(batch);
    System.err.printf(
        "generated the %s benchmark school in %d s%n",
        db, (System.nanoTime() - started) / 1_000_000_000L);
    return store;
  }

  static String recordId(int pupil, int n) {
    return "c-" + pupil + "-" + n;
  }

  static ContactRecord record(int pupil, int n, ResidenceContext context) {
    Instant at = START.plus(Duration.ofHours(24L * 3 * n + pupil % 24));
    return Fixtures.recordBuilder(recordId(pupil, n), context, at)
        .pupil(pupil(pupil))
        .plan(PlanId.of("bench-plan-" + pupil))
        .addCounterpart(ContactPersonId.of("counterpart"))
        .topics(List.of(TOPICS[n % TOPICS.length]))
        .summary(
            ConfidentialText.of(
                "Routine call number " + n + " about the week; nothing further to note."))
        .build();
  }
}
