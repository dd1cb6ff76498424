package io.github.liaisonsdk.testing;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.childprotection.TransferState;
import io.github.liaisonsdk.childprotection.TransferTiming;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyDraft;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.Ratification;
import io.github.liaisonsdk.publication.RequesterKind;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LiaisonStore} adapter must do. An adapter's test extends this class and supplies a fresh, empty
 * store; the in-memory adapter, H2 and PostgreSQL all run these same tests.
 */
public abstract class LiaisonStoreContract {

  /** Strings that break naive SQL, JSON or logging; every one must round-trip exactly. */
  protected static final List<String> HOSTILE =
      List.of(
          "O'Brien; DROP TABLE contact_record; --",
          "back\\slash \"double\" 'single' `tick`",
          "emoji 👩‍👧‍👦 and 🏫",
          "right-to-left: مرحبا بالعالم \u202Eevil",
          "SELECT * FROM pupil WHERE 1=1 OR ''=''",
          "%_ wildcards %% and $1 placeholders ?",
          "multi\nline\r\nwith\ttabs");

  protected LiaisonStore store;

  /**
   * A new, empty store for one test.
   *
   * @return the store
   */
  protected abstract LiaisonStore newStore();

  @BeforeEach
  void freshStore() {
    store = newStore();
  }

  @Test
  @DisplayName("LP36-3: pupils of every residence context are saved, replaced and listed by id")
  void pupilsRoundTrip() {
    for (ResidenceContext context : ResidenceContext.values()) {
      store.pupils().save(Fixtures.pupil(context));
    }
    Pupil moved =
        Pupil.builder()
            .from(Fixtures.pupil(ResidenceContext.BOARDING))
            .residence(ResidenceContext.CARE_HOME)
            .build();
    store.pupils().save(moved);

    assertThat(store.pupils().find(moved.id())).contains(moved);
    assertThat(store.pupils().find(PupilId.of("nobody"))).isEmpty();
    assertThat(store.pupils().all())
        .hasSize(ResidenceContext.values().length)
        .extracting(p -> p.id().value())
        .isSorted();
  }

  @Test
  @DisplayName("HSL-4: staff with their posts and line manager round-trip")
  void staffRoundTrip() {
    var head = Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER);
    var teacher =
        io.github.liaisonsdk.staff.StaffMember.builder()
            .from(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER, Designation.LINE_MANAGER))
            .lineManager(Fixtures.HEAD)
            .displayName(HOSTILE.get(0))
            .build();
    store.staff().save(head);
    store.staff().save(teacher);

    assertThat(store.staff().find(Fixtures.TEACHER)).contains(teacher);
    assertThat(store.staff().all()).containsExactly(head, teacher);
  }

  @Test
  @DisplayName("LP36-4: plan versions are kept in order and the latest is current")
  void planVersions() {
    LiaisonPlan v1 = Fixtures.plan(ResidenceContext.DAY_WITH_FAMILY);
    LiaisonPlan v2 = LiaisonPlan.builder().from(v1).version(2).addTopic(Topic.BEHAVIOUR).build();
    store.plans().save(v1);
    store.plans().save(v2);

    assertThat(store.plans().latest(v1.id())).contains(v2);
    assertThat(store.plans().versions(v1.id())).containsExactly(v1, v2);
    assertThat(store.plans().forPupil(v1.pupil())).containsExactly(v2);
    assertThat(store.plans().inForce(v1.pupil(), Fixtures.START.plusDays(3))).contains(v2);
    assertThat(store.plans().inForce(v1.pupil(), Fixtures.START.minusDays(1))).isEmpty();
    assertThat(store.plans().latest(PlanId.of("none"))).isEmpty();
  }

  @Test
  @DisplayName("LP36-4: a stale, repeated or skipped plan version is refused and nothing changes")
  void planOptimisticLocking() {
    LiaisonPlan v1 = Fixtures.plan(ResidenceContext.CARE_HOME);
    store.plans().save(v1);

    assertThatThrownBy(() -> store.plans().save(v1)).isInstanceOf(ConcurrentUpdateException.class);
    LiaisonPlan v3 = LiaisonPlan.builder().from(v1).version(3).build();
    assertThatThrownBy(() -> store.plans().save(v3)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.plans().versions(v1.id())).containsExactly(v1);
  }

  @Test
  @DisplayName(
      "LP36-4: sixteen writers updating one plan lose no update; every conflict is a ConcurrentUpdateException")
  void concurrentPlanWriters() throws Exception {
    LiaisonPlan v1 = Fixtures.plan(ResidenceContext.INPATIENT_UNIT);
    store.plans().save(v1);
    int writers = 16;
    int updatesEach = 5;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int u = 0; u < updatesEach; u++) {
                  while (true) {
                    LiaisonPlan latest = store.plans().latest(v1.id()).orElseThrow();
                    try {
                      store
                          .plans()
                          .save(
                              LiaisonPlan.builder()
                                  .from(latest)
                                  .version(latest.version() + 1)
                                  .build());
                      break;
                    } catch (ConcurrentUpdateException lost) {
                      conflicts.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    List<LiaisonPlan> versions = store.plans().versions(v1.id());
    assertThat(versions).hasSize(1 + writers * updatesEach);
    assertThat(versions)
        .extracting(LiaisonPlan::version)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 1 + writers * updatesEach).boxed().toList());
  }

  @Test
  @DisplayName("LP36-4d: contact records append, never overwrite, and form the pupil's chronology")
  void contactChronology() {
    ContactRecord late =
        Fixtures.record("r-2", ResidenceContext.BOARDING, MORNING.plus(Duration.ofDays(2)));
    ContactRecord early = Fixtures.record("r-1", ResidenceContext.BOARDING, MORNING);
    ContactRecord other =
        Fixtures.record("r-3", ResidenceContext.CARE_HOME, MORNING.plus(Duration.ofDays(1)));
    store.contacts().append(late);
    store.contacts().append(early);
    store.contacts().append(other);

    assertThat(store.contacts().chronology(early.pupil())).containsExactly(early, late);
    assertThat(store.contacts().occurredBetween(MORNING, MORNING.plus(Duration.ofDays(2))))
        .containsExactly(early, other);
    assertThat(store.contacts().find(ContactRecordId.of("r-3"))).contains(other);

    ContactRecord imposter =
        Fixtures.recordBuilder("r-1", ResidenceContext.BOARDING, MORNING)
            .summary(ConfidentialText.of("overwritten"))
            .build();
    assertThatThrownBy(() -> store.contacts().append(imposter))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.contacts().find(early.id())).contains(early);
  }

  @Test
  @DisplayName("LP36-4d: a batch of records is appended all or none")
  void batchAppend() {
    List<ContactRecord> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      batch.add(Fixtures.record("batch-" + i, ResidenceContext.BOARDING, MORNING.plusSeconds(i)));
    }
    store.contacts().appendAll(batch);
    assertThat(store.contacts().chronology(Fixtures.pupilId(ResidenceContext.BOARDING)))
        .isEqualTo(batch);
    List<ContactRecord> clashing =
        List.of(
            Fixtures.record("fresh", ResidenceContext.CARE_HOME, MORNING),
            Fixtures.record("batch-7", ResidenceContext.CARE_HOME, MORNING));
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.contacts().appendAll(clashing);
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.contacts().find(ContactRecordId.of("fresh"))).isEmpty();
  }

  @Test
  @DisplayName("LP36-4d: amendments keep the original readable and apply in order")
  void amendmentsKeepOriginal() {
    ContactRecord original = Fixtures.record("r-1", ResidenceContext.FE_ACCOMMODATION, MORNING);
    store.contacts().append(original);
    Amendment first =
        Amendment.builder()
            .record(original.id())
            .author(Fixtures.TEACHER)
            .amendedAt(MORNING.plus(Duration.ofDays(1)))
            .reason("wrong level")
            .level(ConfidentialityLevel.SAFEGUARDING)
            .build();
    Amendment second =
        Amendment.builder()
            .record(original.id())
            .author(Fixtures.HEAD)
            .amendedAt(MORNING.plus(Duration.ofDays(2)))
            .reason("summary corrected")
            .summary(ConfidentialText.of(Fixtures.MARKER + " corrected"))
            .build();
    store.contacts().amend(first);
    store.contacts().amend(second);

    assertThat(store.contacts().find(original.id())).contains(original);
    List<Amendment> amendments = store.contacts().amendments(original.id());
    assertThat(amendments).containsExactly(first, second);
    ContactRecord current = second.applyTo(first.applyTo(original));
    assertThat(current.level()).isEqualTo(ConfidentialityLevel.SAFEGUARDING);
    assertThat(current.summary().reveal()).endsWith("corrected");

    Amendment orphan =
        Amendment.builder().from(first).record(ContactRecordId.of("missing")).build();
    assertThatThrownBy(() -> store.contacts().amend(orphan)).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName(
      "hostile strings (quotes, semicolons, backslashes, emoji, right-to-left, SQL) round-trip exactly")
  void hostileStringsRoundTrip() {
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      // Identifiers refuse invisible characters, so only the record's text carries them.
      String id = "hostile-" + i + "-" + text.replaceAll("[\\s\\p{Cf}\\p{Zl}\\p{Zp}]", "_");
      ContactRecord record =
          Fixtures.recordBuilder(id, ResidenceContext.DAY_WITH_FAMILY, MORNING.plusSeconds(i))
              .summary(ConfidentialText.of(text))
              .build();
      store.contacts().append(record);
      assertThat(store.contacts().find(record.id()).orElseThrow().summary().reveal())
          .isEqualTo(text);
    }
    assertThat(store.contacts().chronology(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY)))
        .hasSize(HOSTILE.size());
  }

  @Test
  @DisplayName(
      "HSL-10: pack versions are kept with their content hash; a changed version is refused")
  void policyPacks() {
    PolicyPackId id = PolicyPackId.of("hsl");
    PackDocument v1 = PackDocument.of(id, 1, "{\"title\":\"v1\"}");
    PackDocument v2 = PackDocument.of(id, 2, "{\"title\":\"v2\"}");
    store.packs().save(v1);
    store.packs().save(v1);
    store.packs().save(v2);

    assertThat(store.packs().latest(id)).contains(v2);
    assertThat(store.packs().find(id, 1)).contains(v1);
    assertThat(store.packs().versions(id)).containsExactly(v1, v2);
    assertThatThrownBy(() -> store.packs().save(PackDocument.of(id, 1, "{\"title\":\"tampered\"}")))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.packs().find(id, 1).orElseThrow().contentHash()).isEqualTo(v1.contentHash());
  }

  @Test
  @DisplayName(
      "a batch of audit events appends whole or not at all, and the head's checkpoint is read without a document")
  void auditBatches() {
    AuditEvent first =
        AuditEvent.next(
            Optional.empty(),
            MORNING,
            AuditEventType.WRITE,
            Optional.of(Fixtures.TEACHER),
            "pupil-a",
            Map.of("record", "r-1"));
    AuditEvent second =
        AuditEvent.next(
            Optional.of(first),
            MORNING,
            AuditEventType.DECISION,
            Optional.empty(),
            "pupil-a",
            Map.of("outcome", "DENY"));
    AuditEvent third =
        AuditEvent.next(
            Optional.of(second),
            MORNING,
            AuditEventType.DECISION,
            Optional.empty(),
            "pupil-b",
            Map.of("outcome", "PERMIT"));
    assertThat(store.audit().headCheckpoint())
        .isEqualTo(io.github.liaisonsdk.audit.ChainCheckpoint.GENESIS);
    store.audit().append(List.of(first, second));
    assertThat(store.audit().headCheckpoint())
        .isEqualTo(io.github.liaisonsdk.audit.ChainCheckpoint.of(second));
    assertThatThrownBy(
            () ->
                store
                    .audit()
                    .append(List.of(third, AuditEvent.builder().from(third).sequence(5).build())))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.audit().read(1, 10)).containsExactly(first, second);
    AuditEvent forkedFromFirst =
        AuditEvent.next(
            Optional.of(first),
            MORNING,
            AuditEventType.DECISION,
            Optional.empty(),
            "pupil-b",
            Map.of("outcome", "PERMIT"));
    AuditEvent numberedOnButForked = AuditEvent.builder().from(forkedFromFirst).sequence(3).build();
    assertThatThrownBy(() -> store.audit().append(List.of(numberedOnButForked)))
        .as("the next number, but not the stored head's hash")
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.audit().read(1, 10)).containsExactly(first, second);
    assertThat(store.audit().readStored(2, 10))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.sequence()).isEqualTo(2);
              assertThat(row.type()).isEqualTo("DECISION");
              assertThat(row.subject()).isEqualTo("pupil-a");
              assertThat(row.hash()).isEqualTo(second.hash());
              assertThat(Instant.parse(row.occurredAt())).isEqualTo(MORNING);
              assertThat(
                      io.github.liaisonsdk.json.LiaisonJson.read(row.document(), AuditEvent.class))
                  .isEqualTo(second);
            });
  }

  @Test
  @DisplayName(
      "LP36-6.3: safeguarding agreements are kept by key and read by pupil; a second one under a key is refused")
  void agreementsByPupil() {
    io.github.liaisonsdk.sharing.SafeguardingAgreement agreement =
        io.github.liaisonsdk.sharing.SafeguardingAgreement.builder()
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .agreedAt(MORNING)
            .laConsultation(
                io.github.liaisonsdk.sharing.Consultation.builder()
                    .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                    .consulteeName("R. Officer")
                    .consulteeDesignation("LA safeguarding officer")
                    .consultedAt(MORNING)
                    .outcome(ConsultationOutcome.AGREED)
                    .whoInformsOtherServices(WhoInforms.REFERRER)
                    .build())
            .addParticipants(
                new io.github.liaisonsdk.sharing.Participant(
                    "R. Officer", "LA safeguarding officer"))
            .addServicesToInform(io.github.liaisonsdk.pupil.ServiceId.of("home"))
            .recordedBy(Fixtures.TEACHER)
            .build();
    String key = "a".repeat(64);
    store.agreements().save(key, agreement);
    assertThat(store.agreements().forPupil(Fixtures.pupilId(ResidenceContext.BOARDING)))
        .containsExactly(agreement);
    assertThat(store.agreements().forPupil(Fixtures.pupilId(ResidenceContext.CARE_HOME))).isEmpty();
    assertThatThrownBy(() -> store.agreements().save(key, agreement))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  @DisplayName(
      "the reference version moves with every write of a pupil, a member of staff or a plan, and only then")
  void referenceVersionMoves() {
    long start = store.referenceVersion();
    store.pupils().save(Fixtures.pupil(ResidenceContext.BOARDING));
    long afterPupil = store.referenceVersion();
    assertThat(afterPupil).isGreaterThan(start);
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    long afterStaff = store.referenceVersion();
    assertThat(afterStaff).isGreaterThan(afterPupil);
    store.plans().save(Fixtures.plan(ResidenceContext.BOARDING));
    long afterPlan = store.referenceVersion();
    assertThat(afterPlan).isGreaterThan(afterStaff);
    store.contacts().append(Fixtures.record("r-version", ResidenceContext.BOARDING, MORNING));
    assertThat(store.referenceVersion()).isEqualTo(afterPlan);
    long insideTheWrite =
        store.inTransaction(
            tx -> {
              tx.staff().save(Fixtures.staff(Fixtures.HEAD, Designation.HEADTEACHER));
              return tx.referenceVersion();
            });
    assertThat(insideTheWrite)
        .as("seen inside the unit of work that wrote")
        .isGreaterThan(afterPlan);
  }

  @Test
  @DisplayName("audit events append in sequence without gaps and read back in order")
  void auditAppends() {
    AuditEvent first =
        AuditEvent.next(
            Optional.empty(),
            MORNING,
            AuditEventType.WRITE,
            Optional.of(Fixtures.TEACHER),
            "pupil-a",
            Map.of("record", "r-1"));
    AuditEvent second =
        AuditEvent.next(
            Optional.of(first),
            MORNING.plusSeconds(1),
            AuditEventType.DECISION,
            Optional.empty(),
            "pupil-a",
            Map.of("outcome", "DENY", "clauses", "HSL-3"));
    store.audit().append(first);
    store.audit().append(second);

    assertThat(store.audit().head()).contains(second);
    assertThat(store.audit().read(1, 10)).containsExactly(first, second);
    assertThat(store.audit().read(2, 10)).containsExactly(second);
    assertThat(store.audit().read(1, 1)).containsExactly(first);
    assertThatThrownBy(() -> store.audit().append(second))
        .isInstanceOf(ConcurrentUpdateException.class);
    AuditEvent gap = AuditEvent.builder().from(second).sequence(5).build();
    assertThatThrownBy(() -> store.audit().append(gap))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.audit().read(1, 10)).hasSize(2);
  }

  @Test
  @DisplayName("a failure in the middle of a unit of work leaves nothing written")
  void unitOfWorkRollsBack() {
    ContactRecord record = Fixtures.record("r-tx", ResidenceContext.CARE_HOME, MORNING);
    LiaisonPlan plan = Fixtures.plan(ResidenceContext.CARE_HOME);
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.plans().save(plan);
                      tx.contacts().append(record);
                      tx.audit()
                          .append(
                              AuditEvent.next(
                                  Optional.empty(),
                                  MORNING,
                                  AuditEventType.WRITE,
                                  Optional.of(Fixtures.TEACHER),
                                  "pupil",
                                  Map.of()));
                      throw new IllegalStateException("injected failure");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("injected failure");

    assertThat(store.plans().latest(plan.id())).isEmpty();
    assertThat(store.contacts().find(record.id())).isEmpty();
    assertThat(store.audit().head()).isEmpty();

    String result =
        store.inTransaction(
            tx -> {
              tx.plans().save(plan);
              tx.contacts().append(record);
              return "committed";
            });
    assertThat(result).isEqualTo("committed");
    assertThat(store.plans().latest(plan.id())).contains(plan);
    assertThat(store.contacts().find(record.id())).contains(record);
  }

  @Test
  @DisplayName("a conflict inside a unit of work rolls back the writes before it")
  void conflictInsideUnitOfWork() {
    ContactRecord existing = Fixtures.record("r-dup", ResidenceContext.BOARDING, MORNING);
    store.contacts().append(existing);
    StaffId newcomer = StaffId.of("staff-new");
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.staff().save(Fixtures.staff(newcomer, Designation.OFFICE));
                      tx.contacts().append(existing);
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.staff().find(newcomer)).isEmpty();
  }

  @Test
  @DisplayName("HSL-6 / HSL-7: case versions are kept in order; a stale transition is refused")
  void externalContactCases() {
    var disclosed = Fixtures.disclosedCase("case-1", ResidenceContext.DAY_WITH_FAMILY);
    var withdrawn =
        io.github.liaisonsdk.contact.ExternalContactCase.builder()
            .from(disclosed)
            .version(2)
            .state(io.github.liaisonsdk.contact.CaseState.WITHDRAWN)
            .build();
    store.externalContacts().save(disclosed);
    store.externalContacts().save(withdrawn);
    assertThat(store.externalContacts().latest(disclosed.id())).contains(withdrawn);
    assertThat(store.externalContacts().versions(disclosed.id()))
        .containsExactly(disclosed, withdrawn);
    assertThat(store.externalContacts().forPupil(disclosed.pupil())).containsExactly(withdrawn);
    assertThatThrownBy(() -> store.externalContacts().save(withdrawn))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.externalContacts().latest(io.github.liaisonsdk.contact.CaseId.of("none")))
        .isEmpty();
  }

  @Test
  @DisplayName("LP36-4e: disposal erases a record and its amendments, and only that record")
  void disposal() {
    ContactRecord due = Fixtures.record("r-due", ResidenceContext.CARE_HOME, MORNING);
    ContactRecord kept =
        Fixtures.record("r-kept", ResidenceContext.CARE_HOME, MORNING.plusSeconds(60));
    store.contacts().append(due);
    store.contacts().append(kept);
    store
        .contacts()
        .amend(
            Amendment.builder()
                .record(due.id())
                .author(Fixtures.TEACHER)
                .amendedAt(MORNING.plusSeconds(120))
                .reason("level")
                .level(ConfidentialityLevel.RESTRICTED)
                .build());
    assertThat(store.contacts().dispose(due.id())).isTrue();
    assertThat(store.contacts().dispose(due.id())).isFalse();
    assertThat(store.contacts().find(due.id())).isEmpty();
    assertThat(store.contacts().amendments(due.id())).isEmpty();
    assertThat(store.contacts().chronology(due.pupil())).containsExactly(kept);
  }

  @Test
  @DisplayName(
      "LP36-7 / HSL-2: monitoring tallies count routine contact, emergencies, topics and out-of-hours contact")
  void monitoringTallies() {
    ResidenceContext context = ResidenceContext.DAY_WITH_FAMILY;
    Instant from = MORNING;
    Instant until = MORNING.plus(Duration.ofDays(30));
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("before", context, MORNING.minus(Duration.ofDays(3))).build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("in-1", context, MORNING.plus(Duration.ofDays(1)))
                .topics(List.of(Topic.PROGRESS, Topic.BEHAVIOUR))
                .build());
    store
        .contacts()
        .append(Fixtures.recordBuilder("in-2", context, MORNING.plus(Duration.ofDays(8))).build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("after", context, MORNING.plus(Duration.ofDays(40))).build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("emergency", context, MORNING.plus(Duration.ofDays(2)))
                .kind(io.github.liaisonsdk.contact.ContactKind.EMERGENCY)
                .emergencyRaisedAt(MORNING.plus(Duration.ofDays(2)).minus(Duration.ofMinutes(17)))
                .build());
    for (int i = 0; i < 2; i++) {
      store
          .contacts()
          .append(
              Fixtures.recordBuilder("ooh-" + i, context, MORNING.plus(Duration.ofDays(3 + i)))
                  .kind(io.github.liaisonsdk.contact.ContactKind.OUT_OF_HOURS)
                  .location(io.github.liaisonsdk.plan.RecordLocation.LIAISON_FORM)
                  .level(ConfidentialityLevel.RESTRICTED)
                  .build());
    }
    store.externalContacts().save(Fixtures.disclosedCase("case-a", context));
    LiaisonPlan plan = Fixtures.plan(context);
    store.plans().save(plan);
    store.plans().save(LiaisonPlan.builder().from(plan).version(2).build());

    var tally = store.monitoring().contactTallies(from, until).get(Fixtures.pupilId(context));
    assertThat(tally.routineInPeriod()).isEqualTo(2);
    assertThat(tally.lastRoutine()).contains(MORNING.plus(Duration.ofDays(40)));
    assertThat(tally.emergencyResponseMinutes()).containsExactly(17L);
    assertThat(tally.topicsCovered())
        .containsExactlyInAnyOrder(Topic.ATTENDANCE, Topic.PROGRESS, Topic.BEHAVIOUR);
    assertThat(store.monitoring().outOfHours(from, until))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.staff()).isEqualTo(Fixtures.TEACHER);
              assertThat(t.contacts()).isEqualTo(2);
            });
    assertThat(store.monitoring().outOfHoursCases())
        .singleElement()
        .satisfies(t -> assertThat(t.contacts()).isEqualTo(1));
    assertThat(store.monitoring().latestPlans())
        .extracting(LiaisonPlan::version)
        .containsExactly(2);
    // LP36-7 trends: when the routine contacts of the period happened, earliest first, nothing
    // else.
    assertThat(store.monitoring().routineContacts(from, until))
        .containsOnlyKeys(Fixtures.pupilId(context))
        .extractingByKey(Fixtures.pupilId(context))
        .asList()
        .containsExactly(MORNING.plus(Duration.ofDays(1)), MORNING.plus(Duration.ofDays(8)));
    assertThat(store.monitoring().routineContacts(until, until.plus(Duration.ofDays(1)))).isEmpty();
    // LP36-2: who took part in each contact of the period, as its record names them, and nothing of
    // its content.
    assertThat(store.monitoring().contactParties(from, until))
        .hasSize(5)
        .allSatisfy(
            parties -> {
              assertThat(parties.pupil()).isEqualTo(Fixtures.pupilId(context));
              assertThat(parties.plan()).isEqualTo(plan.id());
              assertThat(parties.planVersion()).isEqualTo(1);
              assertThat(parties.counterparts())
                  .containsExactly(io.github.liaisonsdk.plan.ContactPersonId.of("counterpart"));
            })
        .extracting(p -> p.kind())
        .containsExactlyInAnyOrder(
            io.github.liaisonsdk.contact.ContactKind.ROUTINE,
            io.github.liaisonsdk.contact.ContactKind.ROUTINE,
            io.github.liaisonsdk.contact.ContactKind.EMERGENCY,
            io.github.liaisonsdk.contact.ContactKind.OUT_OF_HOURS,
            io.github.liaisonsdk.contact.ContactKind.OUT_OF_HOURS);
  }

  @Test
  @DisplayName("instants round-trip to the microsecond whatever the zone")
  void instantsRoundTrip() {
    Instant precise = Instant.parse("2026-10-25T01:30:00.123456Z");
    ContactRecord record = Fixtures.record("r-time", ResidenceContext.DAY_WITH_FAMILY, precise);
    store.contacts().append(record);
    assertThat(store.contacts().find(record.id()).orElseThrow().occurredAt()).isEqualTo(precise);
  }

  @Test
  @DisplayName(
      "HSL-4 / LP36-6.1: consultations are stored once, found by id and listed per pupil in the order they were made")
  void consultationsRoundTrip() {
    ConsultationRecord later =
        ConsultationRecord.builder()
            .id(ConsultationId.of("c-later"))
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(Topic.BEHAVIOUR)
            .consultedBy(Fixtures.TEACHER)
            .recordedBy(Fixtures.HEAD)
            .role(ConsulteeRole.LINE_MANAGER)
            .consultee(Fixtures.HEAD)
            .consultedAt(Fixtures.MORNING.plusSeconds(60))
            .outcome(ConsultationOutcome.AGREED)
            .build();
    ConsultationRecord earlier =
        ConsultationRecord.builder()
            .id(ConsultationId.of("c-earlier"))
            .pupil(Fixtures.pupilId(ResidenceContext.BOARDING))
            .topic(Topic.CONCERNS_AND_SAFEGUARDING)
            .consultedBy(Fixtures.TEACHER)
            .recordedBy(Fixtures.HEAD)
            .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
            .consultedAt(Fixtures.MORNING)
            .outcome(ConsultationOutcome.AGREED)
            .whoInformsOtherServices(WhoInforms.REFERRER)
            .build();
    ConsultationRecord elsewhere =
        ConsultationRecord.builder()
            .from(earlier)
            .id(ConsultationId.of(HOSTILE.get(0)))
            .pupil(Fixtures.pupilId(ResidenceContext.CARE_HOME))
            .build();
    store.consultations().save(later);
    store.consultations().save(earlier);
    store.consultations().save(elsewhere);
    assertThat(store.consultations().find(later.id())).contains(later);
    assertThat(store.consultations().find(elsewhere.id())).contains(elsewhere);
    assertThat(store.consultations().find(ConsultationId.of("c-none"))).isEmpty();
    assertThat(store.consultations().forPupil(Fixtures.pupilId(ResidenceContext.BOARDING)))
        .containsExactly(earlier, later);
    assertThatThrownBy(
            () ->
                store
                    .consultations()
                    .save(
                        ConsultationRecord.builder()
                            .from(later)
                            .outcome(ConsultationOutcome.DECLINED)
                            .build()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.consultations().find(later.id())).contains(later);
  }

  private static FileTransfer transfer(
      String id, ResidenceContext context, int version, TransferState state, LocalDate dueBy) {
    FileTransfer.Builder b =
        FileTransfer.builder()
            .id(TransferId.of(id))
            .version(version)
            .pupil(Fixtures.pupilId(context))
            .leftOn(dueBy.minusDays(7))
            .destination(HOSTILE.get(1))
            .timing(TransferTiming.IN_YEAR)
            .dueBy(dueBy)
            .recordedBy(Fixtures.HEAD)
            .recordedAt(MORNING.plusSeconds(version))
            .state(state);
    if (state != TransferState.AWAITING_SEND) {
      b.seal("a".repeat(64))
          .sentBy(Fixtures.HEAD)
          .sentAt(MORNING)
          .method(TransferMethod.SECURE_ELECTRONIC)
          .addItems(ContactRecordId.of("r-1"));
    }
    if (state == TransferState.RECEIVED) {
      b.receivedBy(HOSTILE.get(2)).receivedOn(dueBy).receiptRecordedBy(Fixtures.HEAD);
    }
    return b.build();
  }

  @Test
  @DisplayName(
      "LP36-4e: file transfers keep every version, refuse a stale one and list the open ones by due date")
  void fileTransfersRoundTrip() {
    LocalDate due = LocalDate.of(2026, 9, 21);
    store
        .childProtectionFiles()
        .saveTransfer(
            transfer("t-b", ResidenceContext.BOARDING, 1, TransferState.AWAITING_SEND, due));
    store
        .childProtectionFiles()
        .saveTransfer(
            transfer(
                "t-a",
                ResidenceContext.CARE_HOME,
                1,
                TransferState.AWAITING_SEND,
                due.plusDays(1)));
    store
        .childProtectionFiles()
        .saveTransfer(
            transfer(
                "t-c",
                ResidenceContext.BOARDING,
                1,
                TransferState.AWAITING_SEND,
                due.minusDays(1)));
    FileTransfer sent =
        transfer("t-c", ResidenceContext.BOARDING, 2, TransferState.SENT, due.minusDays(1));
    store.childProtectionFiles().saveTransfer(sent);
    FileTransfer received =
        transfer("t-c", ResidenceContext.BOARDING, 3, TransferState.RECEIVED, due.minusDays(1));
    store.childProtectionFiles().saveTransfer(received);
    assertThatThrownBy(() -> store.childProtectionFiles().saveTransfer(sent))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                store
                    .childProtectionFiles()
                    .saveTransfer(
                        transfer("t-a", ResidenceContext.CARE_HOME, 3, TransferState.SENT, due)))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.childProtectionFiles().transfer(TransferId.of("t-c"))).contains(received);
    assertThat(store.childProtectionFiles().transfer(TransferId.of("t-none"))).isEmpty();
    assertThat(store.childProtectionFiles().openTransfers())
        .extracting(t -> t.id().value())
        .containsExactly("t-b", "t-a");
    assertThat(
            store.childProtectionFiles().transfersOf(Fixtures.pupilId(ResidenceContext.BOARDING)))
        .extracting(t -> t.id().value() + "@" + t.version())
        .containsExactly("t-b@1", "t-c@3");
  }

  @Test
  @DisplayName(
      "LP36-4e: disposal reviews are stored once and listed per pupil in the order they were made")
  void disposalReviewsRoundTrip() {
    PupilId pupil = Fixtures.pupilId(ResidenceContext.BOARDING);
    DisposalReview second =
        DisposalReview.builder()
            .id("review-2")
            .pupil(pupil)
            .dueFrom(LocalDate.of(2030, 1, 1))
            .reviewedBy(Fixtures.HEAD)
            .reviewedAt(MORNING.plusSeconds(60))
            .decision(DisposalDecision.DISPOSE)
            .build();
    DisposalReview first =
        DisposalReview.builder()
            .id(HOSTILE.get(0))
            .pupil(pupil)
            .dueFrom(LocalDate.of(2029, 1, 1))
            .reviewedBy(Fixtures.HEAD)
            .reviewedAt(MORNING)
            .decision(DisposalDecision.RETAIN)
            .retainUntil(LocalDate.of(2030, 1, 1))
            .reason(RetentionReason.LEGAL_PROCEEDINGS)
            .build();
    store.childProtectionFiles().saveReview(second);
    store.childProtectionFiles().saveReview(first);
    assertThatThrownBy(() -> store.childProtectionFiles().saveReview(second))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.childProtectionFiles().reviewsOf(pupil)).containsExactly(first, second);
    assertThat(store.childProtectionFiles().reviewsOf(Fixtures.pupilId(ResidenceContext.CARE_HOME)))
        .isEmpty();
  }

  @Test
  @DisplayName("HSL-7: the cases awaiting the headteacher are the latest versions still disclosed")
  void casesAwaitingReview() {
    ExternalContactCase waiting = Fixtures.disclosedCase("case-waiting", ResidenceContext.BOARDING);
    ExternalContactCase earlier =
        ExternalContactCase.builder()
            .from(Fixtures.disclosedCase("case-earlier", ResidenceContext.CARE_HOME))
            .disclosedAt(MORNING.minusSeconds(60))
            .build();
    ExternalContactCase withdrawn =
        Fixtures.disclosedCase("case-withdrawn", ResidenceContext.BOARDING);
    store.externalContacts().save(waiting);
    store.externalContacts().save(earlier);
    store.externalContacts().save(withdrawn);
    store
        .externalContacts()
        .save(
            ExternalContactCase.builder()
                .from(withdrawn)
                .version(2)
                .state(CaseState.WITHDRAWN)
                .build());
    assertThat(store.monitoring().casesAwaitingReview()).containsExactly(earlier, waiting);
  }

  @Test
  @DisplayName(
      "LP36-6.2: an LA agreement without who informs is offered while it is the latest LA consultation on its pupil and topic")
  void whoInformsUnrecorded() {
    PupilId pupil = Fixtures.pupilId(ResidenceContext.BOARDING);
    ConsultationRecord.Builder la =
        ConsultationRecord.builder()
            .pupil(pupil)
            .topic(Topic.CONCERNS_AND_SAFEGUARDING)
            .consultedBy(Fixtures.TEACHER)
            .recordedBy(Fixtures.HEAD)
            .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
            .outcome(ConsultationOutcome.AGREED);
    ConsultationRecord open = la.id(ConsultationId.of("c-open")).consultedAt(MORNING).build();
    ConsultationRecord superseded =
        la.id(ConsultationId.of("c-old"))
            .topic(Topic.BEHAVIOUR)
            .consultedAt(MORNING.minusSeconds(60))
            .build();
    ConsultationRecord completing =
        la.id(ConsultationId.of("c-complete"))
            .topic(Topic.BEHAVIOUR)
            .consultedAt(MORNING)
            .whoInformsOtherServices(WhoInforms.REFERRER)
            .build();
    store.consultations().save(open);
    store.consultations().save(superseded);
    store.consultations().save(completing);
    assertThat(store.monitoring().whoInformsUnrecorded()).containsExactly(open);
  }

  @Test
  @DisplayName(
      "HSL-10: copy requests are stored once, in the order they were made; an acknowledgement is one per member of staff and version")
  void publicationRoundTrip() {
    PolicyVersion first = new PolicyVersion(PolicyPackId.of("clare-hsl"), 1, "a".repeat(64));
    PolicyVersion second = new PolicyVersion(PolicyPackId.of("clare-hsl"), 2, "b".repeat(64));
    CopyRequest later =
        CopyRequest.builder()
            .id("request-2")
            .requester(HOSTILE.get(0))
            .requesterKind(RequesterKind.GOVERNOR)
            .requestedAt(MORNING.plusSeconds(60))
            .version(first)
            .recordedBy(Fixtures.HEAD)
            .build();
    CopyRequest earlier =
        CopyRequest.builder()
            .from(later)
            .id("request-1")
            .requester(HOSTILE.get(2))
            .requesterKind(RequesterKind.PARENT)
            .requestedAt(MORNING)
            .build();
    store.publication().saveCopyRequest(later);
    store.publication().saveCopyRequest(earlier);
    assertThatThrownBy(() -> store.publication().saveCopyRequest(later))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.publication().copyRequests()).containsExactly(earlier, later);

    Acknowledgement teacher = new Acknowledgement(Fixtures.TEACHER, first, MORNING.plusSeconds(5));
    Acknowledgement head = new Acknowledgement(Fixtures.HEAD, first, MORNING);
    Acknowledgement headAgain = new Acknowledgement(Fixtures.HEAD, second, MORNING.plusSeconds(9));
    store.publication().saveAcknowledgement(teacher);
    store.publication().saveAcknowledgement(head);
    store.publication().saveAcknowledgement(headAgain);
    assertThatThrownBy(
            () ->
                store
                    .publication()
                    .saveAcknowledgement(
                        new Acknowledgement(Fixtures.HEAD, first, MORNING.plusSeconds(30))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.publication().acknowledgements(first)).containsExactly(head, teacher);
    assertThat(store.publication().acknowledgements(second)).containsExactly(headAgain);
  }

  @Test
  @DisplayName(
      "LP36-9 / HSL-11: drafts, signatures and publications are stored once each, in version and signing order")
  void policyReviewRoundTrip() {
    PolicyPackId pack = PolicyPackId.of("coxlease-lp36");
    assertThat(store.publication().drafts(pack))
        .as("the neighbour's drafts are not this school's")
        .isEmpty();
    assertThat(store.publication().publications(pack)).isEmpty();
    PolicyVersion three = new PolicyVersion(pack, 3, "c".repeat(64));
    PolicyVersion four = new PolicyVersion(pack, 4, "d".repeat(64));
    // A whole pack document, as drafts hold: long, with quotes, non-ASCII and line breaks kept
    // exactly.
    PolicyDraft laterDraft =
        new PolicyDraft(
            four,
            io.github.liaisonsdk.policy.StandardPacks.json("coxlease-lp36") + "\n\u00e9\u2014",
            Fixtures.HEAD,
            MORNING.plusSeconds(60));
    PolicyDraft draft = new PolicyDraft(three, "{}", Fixtures.HEAD, MORNING);
    store.publication().saveDraft(laterDraft);
    store.publication().saveDraft(draft);
    assertThatThrownBy(
            () ->
                store
                    .publication()
                    .saveDraft(new PolicyDraft(three, "{\"other\": 1}", Fixtures.TEACHER, MORNING)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.publication().drafts(pack)).containsExactly(draft, laterDraft);
    assertThat(store.publication().drafts(PolicyPackId.of("clare-hsl"))).isEmpty();

    Ratification assistant =
        new Ratification(
            three,
            Designation.ASSISTANT_HEADTEACHER,
            StaffId.of("staff-assistant"),
            MORNING.plusSeconds(120));
    Ratification head =
        new Ratification(three, Designation.HEADTEACHER, Fixtures.HEAD, MORNING.plusSeconds(90));
    store.publication().saveRatification(assistant);
    store.publication().saveRatification(head);
    assertThatThrownBy(
            () ->
                store
                    .publication()
                    .saveRatification(
                        new Ratification(
                            three,
                            Designation.HEADTEACHER,
                            Fixtures.TEACHER,
                            MORNING.plusSeconds(200))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.publication().ratifications(three)).containsExactly(head, assistant);
    assertThat(store.publication().ratifications(four)).isEmpty();
    assertThat(store.publication().ratifications(new PolicyVersion(pack, 3, "e".repeat(64))))
        .as("signatures name the content signed")
        .isEmpty();

    PolicyPublication published =
        new PolicyPublication(
            new PolicyVersion(pack, 3, "f".repeat(64)),
            three.contentHash(),
            java.time.LocalDate.of(2026, 9, 15),
            Fixtures.HEAD,
            MORNING.plusSeconds(300));
    store.publication().savePublication(published);
    assertThatThrownBy(
            () ->
                store
                    .publication()
                    .savePublication(
                        new PolicyPublication(
                            published.version(),
                            three.contentHash(),
                            java.time.LocalDate.of(2026, 9, 16),
                            Fixtures.HEAD,
                            MORNING.plusSeconds(400))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.publication().publications(pack)).containsExactly(published);
  }
}
