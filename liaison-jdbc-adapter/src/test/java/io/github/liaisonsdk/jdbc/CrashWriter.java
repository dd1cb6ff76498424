package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JVM the crash test kills: writes through the facade from four threads and prints what the facade returned
 * as done, one line each, until it is killed. {@code args}: the dialect, the JDBC URL, the table prefix.
 */
public final class CrashWriter {
  private CrashWriter() {}

  static DataSource dataSource(Dialect dialect, String url) {
    if (dialect == Dialect.H2) {
      return JdbcConnectionPool.create(url, "", "");
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(url);
    return postgres;
  }

  static Liaison open(JdbcSchoolStores stores) {
    boolean fresh = stores.schemaVersion() == 0;
    stores.migrate();
    JdbcSchoolStore store = stores.school(SchoolId.DEFAULT);
    Clock clock = Clock.fixed(Fixtures.MORNING.plusSeconds(3_600), ZoneOffset.UTC);
    if (fresh) {
      return TestSchool.open(StandardPacks.lp36(), store, clock);
    }
    return Liaison.builder().pack(StandardPacks.lp36()).store(store).clock(clock).build();
  }

  public static void main(String[] args) throws Exception {
    Dialect dialect = Dialect.valueOf(args[0]);
    JdbcSchoolStores store =
        JdbcStores.builder(dataSource(dialect, args[1])).tablePrefix(args[2]).build();
    Liaison liaison = open(store);
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    SharingRequest ask =
        SharingRequest.builder()
            .requester(TestSchool.TEACHER)
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(Topic.ATTENDANCE)
            .recipient(Recipient.outside(RecipientKind.PUBLIC))
            .purpose(Purpose.ROUTINE_LIAISON)
            .build();
    out.println("READY");
    Runnable work =
        () -> {
          for (long i = 0; ; i++) {
            if (i % 2 == 0) {
              liaison.sharing().decide(ask);
              synchronized (out) {
                out.println("DECIDED");
              }
            } else {
              String id = "crash-" + UUID.randomUUID();
              ContactRecord record =
                  Fixtures.record(id, ResidenceContext.BOARDING, Fixtures.MORNING);
              liaison.records().record(record);
              synchronized (out) {
                out.println("RECORDED " + id);
              }
            }
          }
        };
    for (int t = 0; t < 4; t++) {
      new Thread(work, "crash-writer-" + t).start();
    }
  }
}
