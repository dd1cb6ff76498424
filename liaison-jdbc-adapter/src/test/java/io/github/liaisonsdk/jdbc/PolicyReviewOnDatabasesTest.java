package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.publication.DraftStatus;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Drafts;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.MovingClock;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LP36-9 / HSL-11 on H2 and PostgreSQL: signatures at once, and a publication read by a facade in another process. */
class PolicyReviewOnDatabasesTest {
  private static final Instant WEDNESDAY = Instant.parse("2026-12-09T10:00:00Z");
  private static final SchoolId SCHOOL = SchoolId.of("clare");
  private static final StaffId ACTING_HEAD = StaffId.of("staff-acting-head");

  private static DataSource dataSource(Dialect dialect) {
    return dialect == Dialect.H2 ? Databases.h2() : Databases.postgresAppDataSource();
  }

  private static Liaison facade(JdbcSchoolStores stores, MovingClock clock) {
    return LiaisonSchools.builder()
        .stores(stores)
        .clock(clock)
        .zone(ZoneId.of("Europe/London"))
        .build()
        .school(SCHOOL, StandardPacks.hsl());
  }

  private static Outcome attendanceToParent(Liaison facade) {
    return facade
        .sharing()
        .decide(
            SharingRequest.builder()
                .requester(Fixtures.TEACHER)
                .pupil(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY))
                .topic(Topic.ATTENDANCE)
                .recipient(Recipient.familyContact(ContactPersonId.of("counterpart")))
                .purpose(Purpose.ROUTINE_LIAISON)
                .build())
        .outcome();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "HSL-11: two holders of the headteacher's post sign at once from two facades: one signature lands, the other is refused")
  void oneSignaturePerPost(Dialect dialect) throws Exception {
    String prefix = Databases.freshPrefix();
    DataSource database = dataSource(dialect);
    JdbcSchoolStores stores = JdbcStores.builder(database).tablePrefix(prefix).build();
    stores.migrate();
    MovingClock clock = new MovingClock(WEDNESDAY);
    Liaison here = facade(stores, clock);
    TestSchool.populate(here);
    here.school()
        .synchroniseStaff(
            StaffMember.builder()
                .id(ACTING_HEAD)
                .designations(Set.of(Designation.HEADTEACHER))
                .build());
    here.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    // Another process: its own stores over the same database.
    Liaison there = facade(JdbcStores.builder(database).tablePrefix(prefix).build(), clock);

    List<Object> outcomes =
        atOnce(
            List.of(
                () -> here.policyReview().ratify(2, TestSchool.HEAD),
                () -> there.policyReview().ratify(2, ACTING_HEAD)));
    assertThat(outcomes).filteredOn(DraftStatus.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(LiaisonException.class::isInstance).hasSize(1);
    DraftStatus status = here.policyReview().drafts(TestSchool.HEAD).get(0);
    assertThat(status.signatures())
        .singleElement()
        .satisfies(s -> assertThat(s.post()).isEqualTo(Designation.HEADTEACHER));
    assertThat(status.missing()).containsExactly(Designation.ASSISTANT_HEADTEACHER);
    assertThat(here.audit().verify().intact()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "LP36-9: a version published by one process is in force in another from its day, and what was decided before replays under version 1")
  void publishedElsewhereInForceFromItsDay(Dialect dialect) {
    String prefix = Databases.freshPrefix();
    DataSource database = dataSource(dialect);
    JdbcSchoolStores stores = JdbcStores.builder(database).tablePrefix(prefix).build();
    stores.migrate();
    MovingClock clock = new MovingClock(WEDNESDAY);
    Liaison publisher = facade(stores, clock);
    TestSchool.populate(publisher);
    Liaison elsewhere = facade(JdbcStores.builder(database).tablePrefix(prefix).build(), clock);
    assertThat(attendanceToParent(elsewhere)).isEqualTo(Outcome.PERMIT);

    publisher.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    publisher.policyReview().ratify(2, TestSchool.HEAD);
    publisher.policyReview().ratify(2, TestSchool.ASSISTANT_HEAD);
    PolicyPublication publication =
        publisher
            .policyReview()
            .publish(
                2, LocalDate.of(2026, 12, 11), "Family liaison rule withdrawn", TestSchool.HEAD);
    assertThat(attendanceToParent(elsewhere))
        .as("published, in force on Friday")
        .isEqualTo(Outcome.PERMIT);

    clock.set(WEDNESDAY.plusSeconds(2 * 86_400));
    assertThat(elsewhere.pack().contentHash()).isEqualTo(publication.version().contentHash());
    assertThat(attendanceToParent(elsewhere)).isEqualTo(Outcome.DENY);
    assertThat(elsewhere.pack().metadata().reviewHistory())
        .last()
        .satisfies(entry -> assertThat(entry.summary()).isEqualTo("Family liaison rule withdrawn"));
    long first =
        elsewhere.audit().read(1, 1_000).stream()
            .filter(e -> e.type() == io.github.liaisonsdk.audit.AuditEventType.DECISION)
            .findFirst()
            .orElseThrow()
            .sequence();
    assertThat(elsewhere.sharing().replay(first, TestSchool.HEAD).reproduced()).isTrue();
    assertThat(elsewhere.audit().verify().intact()).isTrue();
  }

  private static List<Object> atOnce(List<java.util.concurrent.Callable<Object>> work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (java.util.concurrent.Callable<Object> job : work) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return job.call();
                  } catch (LiaisonException refused) {
                    return refused;
                  }
                }));
      }
      start.countDown();
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get(1, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
