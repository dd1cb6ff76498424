package io.github.liaisonsdk.jdbc.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a vendor pays per decision: {@code liaison.sharing().decide(request)}, facts from the school's records and
 * the audit event committed durably before the call returns, on the in-memory store, an H2 file and PostgreSQL
 * with {@code synchronous_commit} on, at 1, 2, 4 and 8 calling threads; the bare engine on stated facts in the
 * same run for scale. Throughput: decisions per second, all threads together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AuditedDecisionBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  @Param({"memory", "h2", "postgresql"})
  public String db;

  private HikariDataSource pool;
  private Liaison liaison;
  private SharingRequest[] asks;
  private StatedRequest[] stated;
  private DecisionEngine engine;

  /** Where each calling thread is in the list of questions. */
  @State(Scope.Thread)
  public static class Cursor {
    int next = new Random().nextInt(1_000);
  }

  @Setup(Level.Trial)
  public void school() throws Exception {
    LiaisonStore store;
    if (db.equals("memory")) {
      store = InMemoryStore.create();
    } else {
      HikariConfig config = new HikariConfig();
      config.setMaximumPoolSize(16);
      if (db.equals("h2")) {
        Path folder =
            Files.createTempDirectory(
                BenchData.folder().toAbsolutePath().getParent(), "audited-h2");
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("liaison").toAbsolutePath());
        config.setUsername("");
        config.setPassword("");
      } else {
        config.setDataSource(BenchData.dataSource("postgresql"));
        config.setConnectionInitSql("SET synchronous_commit = on");
      }
      pool = new HikariDataSource(config);
      var jdbc =
          JdbcStores.builder(pool)
              .tablePrefix("decide" + System.nanoTime() % 1_000_000 + "_")
              .build();
      jdbc.migrate();
      store = jdbc.school(io.github.liaisonsdk.basics.SchoolId.DEFAULT);
      if (db.equals("postgresql")) {
        requireSynchronousCommit();
      }
    }
    liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    asks = asks();
    engine = DecisionEngine.compile(StandardPacks.lp36());
    stated = new StatedRequest[asks.length];
    Random random = new Random(20261124L);
    for (int i = 0; i < stated.length; i++) {
      stated[i] =
          StatedRequest.builder()
              .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
              .topic(Topic.values()[random.nextInt(Topic.values().length)])
              .originService(io.github.liaisonsdk.pupil.ServiceId.of("school"))
              .requester(TestSchool.TEACHER)
              .requesterDesignation(io.github.liaisonsdk.staff.Designation.TEACHER)
              .recipient(RecipientKind.PUBLIC)
              .purpose(Purpose.ROUTINE_LIAISON)
              .build();
    }
  }

  /** The in-memory trail would otherwise grow without bound over a run: a fresh school each iteration. */
  @Setup(Level.Iteration)
  public void freshMemorySchool() {
    if (db.equals("memory")) {
      liaison = TestSchool.open(StandardPacks.lp36(), InMemoryStore.create(), CLOCK);
    }
  }

  private void requireSynchronousCommit() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery("SHOW synchronous_commit")) {
      rows.next();
      if (!rows.getString(1).equals("on")) {
        throw new IllegalStateException(
            "the benchmark claims durable commits: synchronous_commit must be on");
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }

  static SharingRequest[] asks() {
    return TestSchool.everyAsk().toArray(new SharingRequest[0]);
  }

  private Decision decide(Cursor cursor) {
    return liaison.sharing().decide(asks[cursor.next++ % asks.length]);
  }

  @Benchmark
  @Threads(1)
  public Decision auditedDecision1Thread(Cursor cursor) {
    return decide(cursor);
  }

  @Benchmark
  @Threads(2)
  public Decision auditedDecision2Threads(Cursor cursor) {
    return decide(cursor);
  }

  @Benchmark
  @Threads(4)
  public Decision auditedDecision4Threads(Cursor cursor) {
    return decide(cursor);
  }

  @Benchmark
  @Threads(8)
  public Decision auditedDecision8Threads(Cursor cursor) {
    return decide(cursor);
  }

  /** The engine alone on stated facts: no records, no audit. Its figure does not depend on the store. */
  @Benchmark
  @Threads(1)
  public Decision engineOnStatedFacts(Cursor cursor) {
    return engine.decide(stated[cursor.next++ % stated.length]);
  }
}
