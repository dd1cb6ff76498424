package io.github.liaisonsdk.jdbc.bench;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.jdbc.JdbcSchoolStore;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.pupil.ResidenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending a batch of 1,000 contact records through the adapter against inserting exactly the same rows (record
 * row, JSON document and topic rows) with a hand-written JDBC batch. Both serialise the same values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AppendBenchmark {
  static final int BATCH = 1_000;
  private static final AtomicLong NEXT = new AtomicLong();

  @Param({"h2", "postgresql"})
  public String db;

  private DataSource dataSource;
  private JdbcSchoolStore store;
  private String prefix;
  private List<ContactRecord> batch;

  @Setup(Level.Trial)
  public void store() {
    dataSource = BenchData.dataSource(db);
    prefix = "append" + System.nanoTime() % 1_000_000 + "_";
    var stores = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    stores.migrate();
    store = stores.school(SchoolId.DEFAULT);
  }

  @Setup(Level.Invocation)
  public void nextBatch() {
    batch = new ArrayList<>(BATCH);
    long base = NEXT.getAndAdd(BATCH);
    for (int i = 0; i < BATCH; i++) {
      int pupil = (int) ((base + i) % BenchData.PUPILS);
      batch.add(BenchData.record(pupil, (int) (base + i), ResidenceContext.BOARDING));
    }
  }

  @Benchmark
  public void libraryAppendAll() {
    store.contacts().appendAll(batch);
  }

  @Benchmark
  public void rawJdbcBatch() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement rows =
              c.prepareStatement(
                  "INSERT INTO "
                      + prefix
                      + "contact_record"
                      + " (school_id, id, pupil_id, occurred_at, kind, staff_id, emergency_raised_at, doc)"
                      + " VALUES ('default', ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement topics =
              c.prepareStatement(
                  "INSERT INTO "
                      + prefix
                      + "contact_topic"
                      + " (school_id, record_id, topic, pupil_id, occurred_at) VALUES ('default', ?, ?, ?, ?)")) {
        for (ContactRecord record : batch) {
          OffsetDateTime occurred = OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC);
          rows.setString(1, record.id().value());
          rows.setString(2, record.pupil().value());
          rows.setObject(3, occurred);
          rows.setString(4, record.kind().name());
          rows.setString(5, record.staff().value());
          rows.setObject(6, null);
          rows.setString(7, LiaisonJson.write(record));
          rows.addBatch();
          for (Topic topic : record.topics()) {
            topics.setString(1, record.id().value());
            topics.setString(2, topic.name());
            topics.setString(3, record.pupil().value());
            topics.setObject(4, occurred);
            topics.addBatch();
          }
        }
        rows.executeBatch();
        topics.executeBatch();
      }
      c.commit();
    }
  }
}
