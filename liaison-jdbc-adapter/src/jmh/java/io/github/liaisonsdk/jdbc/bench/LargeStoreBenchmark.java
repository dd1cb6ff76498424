package io.github.liaisonsdk.jdbc.bench;

import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.jdbc.JdbcSchoolStore;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.MonitoringReports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/** A pupil's chronology, and the monitoring report, in a store of 10,000 plans and 1,000,000 contact records. */
@State(Scope.Benchmark)
@Fork(1)
public class LargeStoreBenchmark {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Param({"h2", "postgresql"})
  public String db;

  private JdbcSchoolStore store;
  private final SplittableRandom random = new SplittableRandom(42);
  private final Clock clock = Clock.fixed(Instant.parse("2026-07-20T12:00:00Z"), LONDON);

  @Setup
  public void load() {
    store = BenchData.large(db);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public List<ContactRecord> chronologyOfOnePupil() {
    return store.contacts().chronology(BenchData.pupil(random.nextInt(BenchData.PUPILS)));
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public MonitoringReport monitoringReport() {
    return MonitoringReports.report(
        store, List.of(), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 17), clock, LONDON);
  }
}
