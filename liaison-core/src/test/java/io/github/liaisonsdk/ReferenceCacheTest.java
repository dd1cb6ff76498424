package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The facade keeps staff, pupils and plans in memory for decisions, and a decision never rests on facts that
 * changed before it was committed, whoever changed them.
 */
class ReferenceCacheTest {
  private static final Clock CLOCK = Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC);

  private static final SharingRequest OFFICE_TO_LA =
      SharingRequest.builder()
          .requester(TestSchool.OFFICE)
          .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
          .topic(Topic.CONCERNS_AND_SAFEGUARDING)
          .recipient(Recipient.outside(RecipientKind.LA_SAFEGUARDING_TEAM))
          .purpose(Purpose.SAFEGUARDING)
          .build();

  /** A store that counts the reference-data reads that reach it. */
  private static LiaisonStore counting(LiaisonStore store, AtomicInteger reads) {
    return (LiaisonStore)
        Proxy.newProxyInstance(
            LiaisonStore.class.getClassLoader(),
            new Class<?>[] {LiaisonStore.class},
            (proxy, method, args) -> {
              Object result = invoke(store, method, args);
              if (Set.of("staff", "pupils", "plans").contains(method.getName())) {
                Object repository = result;
                return Proxy.newProxyInstance(
                    LiaisonStore.class.getClassLoader(),
                    method.getReturnType().isInterface()
                        ? new Class<?>[] {method.getReturnType()}
                        : new Class<?>[0],
                    (p, m, a) -> {
                      if (!m.getName().equals("save")) {
                        reads.incrementAndGet();
                      }
                      return invoke(repository, m, a);
                    });
              }
              return result;
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  @DisplayName(
      "HSL-4, LP36-6.1: in steady state a decision reads no staff, pupil or plan from the store")
  void noQueriesInSteadyState() {
    AtomicInteger reads = new AtomicInteger();
    Liaison liaison =
        TestSchool.open(StandardPacks.lp36(), counting(InMemoryStore.create(), reads), CLOCK);
    SharingRequest toDsl =
        SharingRequest.builder()
            .requester(TestSchool.TEACHER)
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(Topic.ATTENDANCE)
            .recipient(Recipient.staff(TestSchool.DSL))
            .purpose(Purpose.INFORMATION_REQUEST)
            .build();
    liaison.sharing().decide(toDsl);
    liaison.sharing().decide(OFFICE_TO_LA);
    reads.set(0);
    for (int i = 0; i < 100; i++) {
      liaison.sharing().decide(toDsl);
      liaison.sharing().decide(OFFICE_TO_LA);
    }
    assertThat(reads).hasValue(0);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-6.1: a post changed behind the facade's back (another process) is seen by the next decision")
  void changeByAnotherWriter() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    Decision before = liaison.sharing().decide(OFFICE_TO_LA);

    StaffMember office = store.staff().find(TestSchool.OFFICE).orElseThrow();
    store
        .staff()
        .save(
            StaffMember.builder()
                .from(office)
                .designations(Set.of(Designation.OFFICE, Designation.DESIGNATED_SAFEGUARDING_LEAD))
                .build());

    Decision after = liaison.sharing().decide(OFFICE_TO_LA);
    Decision fresh =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .clock(CLOCK)
            .build()
            .sharing()
            .decide(OFFICE_TO_LA);
    assertThat(after.outcome())
        .as("the change matters to this question")
        .isNotEqualTo(before.outcome());
    assertThat(after).isEqualTo(fresh);
  }

  @Test
  @DisplayName(
      "LP36-6.1: a decision whose facts change between reading and committing is taken again on the new facts")
  void changeDuringTheDecision() {
    InMemoryStore memory = InMemoryStore.create();
    AtomicInteger commits = new AtomicInteger();
    // Another writer changes the office's posts just as the first decision's audit event is being
    // committed.
    LiaisonStore racing =
        (LiaisonStore)
            Proxy.newProxyInstance(
                LiaisonStore.class.getClassLoader(),
                new Class<?>[] {LiaisonStore.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("inTransaction") && commits.incrementAndGet() == 1) {
                    StaffMember office = memory.staff().find(TestSchool.OFFICE).orElseThrow();
                    memory
                        .staff()
                        .save(
                            StaffMember.builder()
                                .from(office)
                                .designations(
                                    Set.of(
                                        Designation.OFFICE,
                                        Designation.DESIGNATED_SAFEGUARDING_LEAD))
                                .build());
                  }
                  return invoke(memory, method, args);
                });
    TestSchool.populate(
        Liaison.builder().pack(StandardPacks.lp36()).store(memory).clock(CLOCK).build());
    Liaison liaison =
        Liaison.builder().pack(StandardPacks.lp36()).store(racing).clock(CLOCK).build();
    long eventsBefore = memory.audit().headCheckpoint().sequence();

    Decision decided = liaison.sharing().decide(OFFICE_TO_LA);

    Decision onNewFacts =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(memory)
            .clock(CLOCK)
            .build()
            .sharing()
            .decide(OFFICE_TO_LA);
    assertThat(commits.get())
        .as("the first commit was refused and the decision committed on a second")
        .isEqualTo(2);
    assertThat(decided).isEqualTo(onNewFacts);
    assertThat(memory.audit().headCheckpoint().sequence() - eventsBefore)
        .as("the stale decision left no event: one for the decision taken, one for the check")
        .isEqualTo(2);
  }

  @Test
  @DisplayName("LP36-6.1: decisions keep being answered while the MIS re-saves staff without pause")
  void decisionsDuringASynchronisation() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    StaffMember colleague = store.staff().find(TestSchool.COLLEAGUE).orElseThrow();
    java.util.concurrent.atomic.AtomicBoolean syncing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread synchronisation =
        new Thread(
            () -> {
              while (syncing.get()) {
                store.staff().save(colleague);
              }
            });
    synchronisation.start();
    try {
      Decision expected =
          Liaison.builder()
              .pack(StandardPacks.lp36())
              .store(store)
              .clock(CLOCK)
              .build()
              .sharing()
              .decide(OFFICE_TO_LA);
      for (int i = 0; i < 2_000; i++) {
        assertThat(liaison.sharing().decide(OFFICE_TO_LA)).isEqualTo(expected);
      }
    } finally {
      syncing.set(false);
      synchronisation.join();
    }
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "HSL-9: a unit of work the caller rolls back after a decision leaves a trail that still chains")
  void rolledBackAroundTheFacade() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(StandardPacks.lp36(), store, CLOCK);
    try {
      store.inTransaction(
          tx -> {
            liaison.sharing().decide(OFFICE_TO_LA);
            throw new IllegalStateException("the caller gives up");
          });
    } catch (IllegalStateException expected) {
      // the decision's event went with the caller's rollback
    }
    liaison.sharing().decide(OFFICE_TO_LA);
    liaison.sharing().decide(OFFICE_TO_LA);
    assertThat(liaison.audit().verify().intact()).as(liaison.audit().verify().problem()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-6.1: facts that change under every attempt give no decision at all, never one on stale facts")
  void factsThatNeverSettle() {
    InMemoryStore memory = InMemoryStore.create();
    TestSchool.populate(
        Liaison.builder().pack(StandardPacks.lp36()).store(memory).clock(CLOCK).build());
    // Another writer flips the office's safeguarding post just as each attempt's audit event is
    // committed.
    LiaisonStore flipping =
        (LiaisonStore)
            Proxy.newProxyInstance(
                LiaisonStore.class.getClassLoader(),
                new Class<?>[] {LiaisonStore.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("inTransaction")) {
                    StaffMember office = memory.staff().find(TestSchool.OFFICE).orElseThrow();
                    Set<Designation> posts =
                        office.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD)
                            ? Set.of(Designation.OFFICE)
                            : Set.of(Designation.OFFICE, Designation.DESIGNATED_SAFEGUARDING_LEAD);
                    memory
                        .staff()
                        .save(StaffMember.builder().from(office).designations(posts).build());
                  }
                  return invoke(memory, method, args);
                });
    Liaison liaison =
        Liaison.builder().pack(StandardPacks.lp36()).store(flipping).clock(CLOCK).build();
    long eventsBefore = memory.audit().headCheckpoint().sequence();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> liaison.sharing().decide(OFFICE_TO_LA))
        .isInstanceOf(io.github.liaisonsdk.basics.LiaisonException.class)
        .hasMessageContaining("nothing was decided");
    assertThat(memory.audit().headCheckpoint().sequence())
        .as("no decision recorded")
        .isEqualTo(eventsBefore);
  }
}
