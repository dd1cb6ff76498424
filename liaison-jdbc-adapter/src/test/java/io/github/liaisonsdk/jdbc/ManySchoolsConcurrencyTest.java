package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A new school's first moments, from several threads at once: nothing refused that a lone caller would be given. */
class ManySchoolsConcurrencyTest {
  private static final int ROUNDS = 10;
  private static final int THREADS = 4;

  private static DataSource dataSource(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2() : Databases.postgresAppDataSource();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "the first facades of a new school, asked for at once, all open (the pack is registered once)")
  void firstFacadesAtOnce(Dialect dialect) throws Exception {
    JdbcSchoolStores stores =
        JdbcStores.builder(dataSource(dialect)).tablePrefix(Databases.freshPrefix()).build();
    stores.migrate();
    for (int round = 0; round < ROUNDS; round++) {
      SchoolId school = SchoolId.of("new-school-" + round);
      List<Liaison> opened =
          atOnce(
              t ->
                  LiaisonSchools.builder()
                      .stores(stores)
                      .build()
                      .school(school, StandardPacks.lp36()));
      assertThat(opened).hasSize(THREADS);
      assertThat(opened.get(0).audit().verify().intact()).isTrue();
      // The pack's registration is audited exactly once, by whichever first request won.
      assertThat(stores.school(school).audit().read(1, 100))
          .filteredOn(e -> e.type() == AuditEventType.POLICY_PACK)
          .hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "a new school's first writes of different plans at once all land, each moving its reference version")
  void firstReferenceWritesAtOnce(Dialect dialect) throws Exception {
    JdbcSchoolStores stores =
        JdbcStores.builder(dataSource(dialect)).tablePrefix(Databases.freshPrefix()).build();
    stores.migrate();
    for (int round = 0; round < ROUNDS; round++) {
      JdbcSchoolStore school = stores.school(SchoolId.of("fresh-" + round));
      atOnce(
          t -> {
            school
                .plans()
                .save(
                    Fixtures.planBuilder(ResidenceContext.BOARDING)
                        .id(PlanId.of("plan-" + t))
                        .build());
            return t;
          });
      assertThat(school.referenceVersion()).isEqualTo(THREADS);
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "a first write that cannot see another first writer's committed row (an older snapshot) fails, never lands unversioned")
  void firstWriteInAnOlderSnapshot() throws Exception {
    DataSource dataSource = Databases.h2();
    JdbcSchoolStores stores = JdbcStores.builder(dataSource).build();
    stores.migrate();
    JdbcSchoolStore school = stores.school(SchoolId.of("snapshot-school"));
    try (java.sql.Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
      LiaisonStore joined = school.joining(c);
      // The caller's snapshot, which takes in the versions table, starts before the other writer's
      // first write.
      try (java.sql.Statement s = c.createStatement();
          java.sql.ResultSet rows =
              s.executeQuery("SELECT COUNT(*) FROM liaison_reference_version")) {
        rows.next();
      }
      school
          .plans()
          .save(
              Fixtures.planBuilder(ResidenceContext.BOARDING).id(PlanId.of("plan-pooled")).build());
      boolean landed;
      try {
        joined
            .plans()
            .save(
                Fixtures.planBuilder(ResidenceContext.BOARDING)
                    .id(PlanId.of("plan-joined"))
                    .build());
        c.commit();
        landed = true;
      } catch (ConcurrentUpdateException refused) {
        c.rollback();
        landed = false;
      }
      long plans = school.plans().latest(PlanId.of("plan-joined")).isPresent() ? 2 : 1;
      assertThat(plans).isEqualTo(landed ? 2 : 1);
      assertThat(school.referenceVersion()).as("one bump for each plan written").isEqualTo(plans);
    }
  }

  private static <T> List<T> atOnce(IntFunction<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.apply(thread);
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(1, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
