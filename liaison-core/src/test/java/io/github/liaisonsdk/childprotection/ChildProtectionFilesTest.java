package io.github.liaisonsdk.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.DisposalReport;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.internal.CanonicalDigest;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.monitoring.FileTransferDue;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.MovingClock;
import io.github.liaisonsdk.testing.TestSchool;
import io.github.liaisonsdk.todo.ToDoKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A leaver's child protection file (Keeping Children Safe in Education; LP36-4e): due at the new school on the fifth
 * school day after leaving by the term calendar, sent as a sealed bundle of the file alone, closed by a receipt
 * quoting the seal; and the disposal review that ends a file's retention period. In London, on the conventional
 * English year (the Coxlease pack has no local term dates).
 */
class ChildProtectionFilesTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ResidenceContext LEAVER_CONTEXT = ResidenceContext.DAY_WITH_FAMILY;
  static final PupilId LEAVER = Fixtures.pupilId(LEAVER_CONTEXT);

  /** A clock the test moves on. */
  final MovingClock clock = new MovingClock(Instant.parse("2026-12-09T10:00:00Z"));

  InMemoryStore store;
  Liaison liaison;

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    liaison =
        Liaison.builder().pack(StandardPacks.lp36()).store(store).zone(LONDON).clock(clock).build();
    TestSchool.populate(liaison);
    store.contacts().append(safeguarding("cp-0", Instant.parse("2026-09-21T09:00:00Z")));
  }

  private ContactRecord safeguarding(String id, Instant at) {
    return Fixtures.recordBuilder(id, LEAVER_CONTEXT, at)
        .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
        .location(RecordLocation.SAFEGUARDING_RECORD)
        .level(ConfidentialityLevel.SAFEGUARDING)
        .build();
  }

  private FileTransfer leaves(String id, LocalDate on) {
    return liaison
        .childProtectionFiles()
        .recordLeaving(TransferId.of(id), LEAVER, on, "Northgate Academy", TestSchool.DSL);
  }

  /** A pupil born in 1980, so past the pack's 35 years, with one safeguarding record "cp-old" in their file. */
  private PupilId bornIn1980WithFile(ResidenceContext context, Instant recordedOn) {
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(context))
                .dateOfBirth(LocalDate.of(1980, 1, 15))
                .build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("cp-old", context, recordedOn)
                .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
                .location(RecordLocation.SAFEGUARDING_RECORD)
                .level(ConfidentialityLevel.SAFEGUARDING)
                .build());
    return Fixtures.pupilId(context);
  }

  @ParameterizedTest(name = "LP36-4e / KCSIE: leaving on {0} ({2}) the file is due by {1}")
  @CsvSource({
    "2026-11-19, 2026-11-26, IN_YEAR, a weekend skipped",
    "2026-10-22, 2026-11-05, IN_YEAR, the October half term skipped",
    "2026-12-18, 2027-01-08, NEXT_TERM, the end of the autumn term: the fifth day of the spring term",
    "2026-12-21, 2027-01-08, NEXT_TERM, in the Christmas holiday",
    "2027-03-25, 2027-04-09, NEXT_TERM, the end of the spring term: the Easter holiday skipped",
    "2027-07-16, 2027-09-10, NEXT_TERM, the end of the summer term: the fifth day of September's term",
    "2027-03-30, 2027-04-09, NEXT_TERM, in the Easter holiday after Easter Sunday",
    "2026-09-02, 2026-09-11, NEXT_TERM, in the summer holiday before the autumn term",
    "2026-10-28, 2026-11-06, IN_YEAR, in the October half term"
  })
  void dueDateFromTheTermCalendar(
      LocalDate leftOn, LocalDate due, TransferTiming timing, String why) {
    FileTransfer transfer = leaves("t-1", leftOn);
    assertThat(transfer.dueBy()).as(why).isEqualTo(due);
    assertThat(transfer.timing()).isEqualTo(timing);
    assertThat(transfer.state()).isEqualTo(TransferState.AWAITING_SEND);
  }

  @Test
  @DisplayName(
      "LP36-4e / KCSIE: a pack's own term dates count: an INSET day and its half term are not school days")
  void localTermDatesCount() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            LiaisonJson.mapper().readTree(StandardPacks.json("coxlease-lp36"));
    json.putArray("termDates")
        .add(
            LiaisonJson.mapper()
                .valueToTree(
                    io.github.liaisonsdk.policy.TermDates.builder()
                        .term(
                            new io.github.liaisonsdk.policy.TermReference(
                                io.github.liaisonsdk.policy.SchoolTerm.AUTUMN, 2026))
                        .first(LocalDate.of(2026, 9, 3))
                        .last(LocalDate.of(2026, 12, 18))
                        .addClosures(
                            new io.github.liaisonsdk.policy.DateRange(
                                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23)))
                        .addClosures(
                            new io.github.liaisonsdk.policy.DateRange(
                                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)))
                        .build()));
    InMemoryStore local = InMemoryStore.create();
    io.github.liaisonsdk.policy.PolicyPackLoader loader =
        io.github.liaisonsdk.policy.PolicyPackLoader.create();
    loader.load(StandardPacks.json("ecs36-group"));
    Liaison school =
        Liaison.builder()
            .pack(loader.load(LiaisonJson.mapper().writeValueAsString(json)))
            .store(local)
            .zone(LONDON)
            .clock(clock)
            .build();
    TestSchool.populate(school);
    local.contacts().append(safeguarding("cp-0", Instant.parse("2026-09-21T09:00:00Z")));
    // Thursday 19, the INSET Friday 20 skipped, then Monday 23 to Thursday 26.
    assertThat(
            school
                .childProtectionFiles()
                .recordLeaving(
                    TransferId.of("t-inset"),
                    LEAVER,
                    LocalDate.of(2026, 11, 18),
                    "Northgate",
                    TestSchool.DSL)
                .dueBy())
        .isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(local.childProtectionFiles().transfersOf(LEAVER))
        .singleElement()
        .satisfies(t -> assertThat(t.timing()).isEqualTo(TransferTiming.IN_YEAR));
  }

  @Test
  @DisplayName(
      "LP36-4e / KCSIE: an unconfirmed transfer becomes overdue after its due date, in the report and the to-do list")
  void unconfirmedBecomesOverdue() {
    leaves("t-1", LocalDate.of(2026, 12, 7));
    assertThat(
            liaison
                .monitoring()
                .report(Fixtures.HEAD, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 9))
                .fileTransfers())
        .containsExactly(
            new FileTransferDue("t-1", LEAVER, LocalDate.of(2026, 12, 14), false, false));
    clock.set(Instant.parse("2026-12-15T10:00:00Z"));
    assertThat(
            liaison
                .monitoring()
                .report(Fixtures.HEAD, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15))
                .fileTransfers())
        .singleElement()
        .satisfies(t -> assertThat(t.overdue()).isTrue());
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .filteredOn(i -> i.kind() == ToDoKind.FILE_TRANSFER_DUE)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.overdue()).isTrue();
              assertThat(i.due()).isEqualTo(LocalDate.of(2026, 12, 14));
              assertThat(i.clause()).isEqualTo(Clause.LP36_4E);
            });
  }

  @Test
  @DisplayName(
      "LP36-4e / KCSIE: the bundle carries the child protection file alone, each record hashed and audited, sealed")
  void sealedBundleOfTheFileAlone() {
    store.contacts().append(safeguarding("cp-1", Instant.parse("2026-10-01T09:00:00Z")));
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("cp-2", LEAVER_CONTEXT, Instant.parse("2026-11-02T09:00:00Z"))
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .build());
    liaison
        .records()
        .record(
            Fixtures.record("main-file", LEAVER_CONTEXT, Instant.parse("2026-11-03T09:00:00Z")));
    leaves("t-1", LocalDate.of(2026, 12, 4));

    TransferBundle bundle =
        liaison
            .childProtectionFiles()
            .send(TransferId.of("t-1"), TransferMethod.SECURE_ELECTRONIC, TestSchool.DSL);
    assertThat(bundle.items())
        .extracting(i -> i.original().id().value())
        .containsExactly("cp-0", "cp-1", "cp-2");
    for (BundleItem item : bundle.items()) {
      assertThat(item.sha256())
          .isEqualTo(
              CanonicalDigest.start()
                  .field(LiaisonJson.write(item.original()))
                  .field(LiaisonJson.write(item.amendments()))
                  .finish());
    }
    CanonicalDigest seal = CanonicalDigest.start().field("t-1").field(LEAVER.value());
    bundle.items().forEach(item -> seal.field(item.sha256()));
    assertThat(bundle.seal()).isEqualTo(seal.finish());

    FileTransfer sent = store.childProtectionFiles().transfer(TransferId.of("t-1")).orElseThrow();
    assertThat(sent.state()).isEqualTo(TransferState.SENT);
    assertThat(sent.seal()).contains(bundle.seal());
    assertThat(sent.items()).extracting(id -> id.value()).containsExactly("cp-0", "cp-1", "cp-2");
    List<AuditEvent> trail = store.audit().read(1, 1_000);
    assertThat(trail)
        .filteredOn(e -> e.details().getOrDefault("event", "").endsWith("bundle item"))
        .extracting(e -> e.details().get("record") + "=" + e.details().get("sha256"))
        .containsExactly(
            "cp-0=" + bundle.items().get(0).sha256(),
            "cp-1=" + bundle.items().get(1).sha256(),
            "cp-2=" + bundle.items().get(2).sha256());
    assertThat(trail)
        .filteredOn(e -> e.details().getOrDefault("event", "").endsWith("bundle sent"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("seal", bundle.seal())
                    .containsEntry("items", "3")
                    .containsEntry("method", "SECURE_ELECTRONIC"));
    assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(Fixtures.MARKER));
    assertThat(liaison.audit().verify().intact()).isTrue();

    LiaisonValidationException again =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .send(TransferId.of("t-1"), TransferMethod.HAND_DELIVERED, TestSchool.DSL));
    assertThat(again.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("state"));
  }

  @Test
  @DisplayName(
      "LP36-4e / KCSIE: the receipt must quote the seal sent, on a day between sending and today; then the transfer is closed")
  void receiptQuotesTheSeal() {
    store.contacts().append(safeguarding("cp-1", Instant.parse("2026-10-01T09:00:00Z")));
    leaves("t-1", LocalDate.of(2026, 12, 4));
    TransferBundle bundle =
        liaison
            .childProtectionFiles()
            .send(TransferId.of("t-1"), TransferMethod.HAND_DELIVERED, TestSchool.DSL);

    LiaisonValidationException otherBundle =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .confirmReceipt(
                        TransferId.of("t-1"),
                        "J. Smith, DSL",
                        LocalDate.of(2026, 12, 9),
                        "0".repeat(64),
                        TestSchool.DSL));
    assertThat(otherBundle.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("seal");
              assertThat(v.clause()).isEqualTo(Clause.LP36_4E);
            });
    LiaisonValidationException early =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .confirmReceipt(
                        TransferId.of("t-1"),
                        "J. Smith, DSL",
                        LocalDate.of(2026, 12, 8),
                        bundle.seal(),
                        TestSchool.DSL));
    assertThat(early.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("receivedOn"));

    // A seal read back in capitals is the same seal.
    FileTransfer received =
        liaison
            .childProtectionFiles()
            .confirmReceipt(
                TransferId.of("t-1"),
                "J. Smith, DSL",
                LocalDate.of(2026, 12, 9),
                bundle.seal().toUpperCase(java.util.Locale.ROOT),
                TestSchool.DSL);
    assertThat(received.state()).isEqualTo(TransferState.RECEIVED);
    assertThat(received.overdueOn(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(liaison.childProtectionFiles().transfers(LEAVER, Fixtures.HEAD))
        .containsExactly(received);
    assertThat(store.childProtectionFiles().openTransfers()).isEmpty();
    assertThat(
            catchThrowableOfType(
                LiaisonValidationException.class,
                () ->
                    liaison
                        .childProtectionFiles()
                        .confirmReceipt(
                            TransferId.of("t-1"),
                            "J. Smith, DSL",
                            LocalDate.of(2026, 12, 9),
                            bundle.seal(),
                            TestSchool.DSL)))
        .isNotNull();
  }

  @Test
  @DisplayName(
      "LP36-4e: only the designated safeguarding lead or the headship handles transfers, known pupil or not")
  void onlyTheDslOrHeadship() {
    AccessDeniedException known =
        catchThrowableOfType(
            AccessDeniedException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .recordLeaving(
                        TransferId.of("t-1"),
                        LEAVER,
                        LocalDate.of(2026, 12, 4),
                        "Northgate",
                        Fixtures.TEACHER));
    AccessDeniedException unknown =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> liaison.childProtectionFiles().transfers(PupilId.of("nobody"), Fixtures.TEACHER));
    AccessDeniedException held =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> liaison.childProtectionFiles().transfers(LEAVER, Fixtures.TEACHER));
    assertThat(known.clauses()).containsExactly(Clause.LP36_4E);
    assertThat(unknown.getMessage()).isEqualTo(held.getMessage());
    assertThat(store.childProtectionFiles().transfersOf(LEAVER)).isEmpty();
    assertThat(liaison.childProtectionFiles().transfers(LEAVER, Fixtures.HEAD)).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-4e: a destination on more than one line or with control characters is refused by field, without quoting it")
  void hostileDestination() {
    for (String hostile :
        List.of(
            "Northgate\nAcademy " + Fixtures.MARKER,
            "",
            " ",
            "x".repeat(201),
            "bell\u0007 " + Fixtures.MARKER)) {
      LiaisonValidationException e =
          catchThrowableOfType(
              LiaisonValidationException.class,
              () ->
                  liaison
                      .childProtectionFiles()
                      .recordLeaving(
                          TransferId.of("t-hostile"),
                          LEAVER,
                          LocalDate.of(2026, 12, 4),
                          hostile,
                          TestSchool.DSL));
      assertThat(e).as(hostile).isNotNull();
      assertThat(e.violations()).extracting(v -> v.path()).containsExactly("destination");
      assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER).contains("LP36-4e");
    }
    assertThat(store.childProtectionFiles().transfersOf(LEAVER)).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-4e: one transfer awaiting receipt per pupil, and a leaving date at most a year ahead")
  void oneOpenTransferPerPupil() {
    leaves("t-1", LocalDate.of(2026, 12, 4));
    LiaisonValidationException second =
        catchThrowableOfType(
            LiaisonValidationException.class, () -> leaves("t-2", LocalDate.of(2026, 12, 5)));
    assertThat(second.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("pupil"));
    LiaisonValidationException noFile =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .recordLeaving(
                        TransferId.of("t-4"),
                        Fixtures.pupilId(ResidenceContext.CARE_HOME),
                        LocalDate.of(2026, 12, 4),
                        "Northgate",
                        TestSchool.DSL));
    assertThat(noFile.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).contains("no child protection file"));
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .childProtectionFiles()
                            .recordLeaving(
                                TransferId.of("t-3"),
                                Fixtures.pupilId(ResidenceContext.BOARDING),
                                LocalDate.of(2028, 1, 1),
                                "Far Future School",
                                TestSchool.DSL))
                .violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("leftOn"));
  }

  @Test
  @DisplayName(
      "LP36-4e: the retention period of a child protection file ends in a review, never an automatic erasure; a retention runs to its day, a disposal is audited")
  void disposalReviewNotErasure() {
    ResidenceContext context = ResidenceContext.BOARDING;
    PupilId old = bornIn1980WithFile(context, Instant.parse("1994-05-10T09:00:00Z"));
    store
        .contacts()
        .append(Fixtures.record("routine-old", context, Instant.parse("1994-05-11T09:00:00Z")));

    DisposalReport run = liaison.dataProtection().disposalRun(Fixtures.HEAD, Set.of());
    assertThat(run.disposed()).extracting(id -> id.value()).containsExactly("routine-old");
    assertThat(run.awaitingReview()).extracting(id -> id.value()).containsExactly("cp-old");
    assertThat(store.contacts().find(io.github.liaisonsdk.contact.ContactRecordId.of("cp-old")))
        .isPresent();
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .filteredOn(i -> i.kind() == ToDoKind.DISPOSAL_REVIEW_DUE)
        .singleElement()
        .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2015, 1, 16)));

    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .childProtectionFiles()
                            .reviewDisposal(
                                "review-0",
                                old,
                                DisposalDecision.DISPOSE,
                                Optional.empty(),
                                Optional.empty(),
                                Fixtures.TEACHER))
                .clauses())
        .containsExactly(Clause.LP36_4E);
    DisposalReview kept =
        liaison
            .childProtectionFiles()
            .reviewDisposal(
                "review-1",
                old,
                DisposalDecision.RETAIN,
                Optional.of(LocalDate.of(2027, 6, 30)),
                Optional.of(RetentionReason.LEGAL_PROCEEDINGS),
                TestSchool.DSL);
    assertThat(kept.dueFrom()).isEqualTo(LocalDate.of(2015, 1, 16));
    assertThat(liaison.dataProtection().disposalRun(Fixtures.HEAD, Set.of()).retained())
        .extracting(id -> id.value())
        .containsExactly("cp-old");
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .noneMatch(i -> i.kind() == ToDoKind.DISPOSAL_REVIEW_DUE);
    assertThat(
            catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .childProtectionFiles()
                            .reviewDisposal(
                                "review-2",
                                old,
                                DisposalDecision.DISPOSE,
                                Optional.empty(),
                                Optional.empty(),
                                TestSchool.DSL))
                .violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("pupil"));

    clock.set(Instant.parse("2027-07-01T10:00:00Z"));
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .filteredOn(i -> i.kind() == ToDoKind.DISPOSAL_REVIEW_DUE)
        .singleElement()
        .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2027, 6, 30)));
    liaison
        .childProtectionFiles()
        .reviewDisposal(
            "review-2",
            old,
            DisposalDecision.DISPOSE,
            Optional.empty(),
            Optional.empty(),
            TestSchool.DSL);
    assertThat(store.contacts().find(io.github.liaisonsdk.contact.ContactRecordId.of("cp-old")))
        .isEmpty();
    assertThat(store.audit().read(1, 1_000))
        .filteredOn(e -> "cp-old".equals(e.details().get("record")))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("review", "review-2")
                    .containsEntry("recordKind", "CHILD_PROTECTION_FILE"));
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-4e: the file is sent once the pupil has left, so it is whole; a transfer can be cancelled and recorded again")
  void sentAfterLeavingAndCancelled() {
    leaves("t-1", LocalDate.of(2026, 12, 18));
    LiaisonValidationException early =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .send(TransferId.of("t-1"), TransferMethod.HAND_DELIVERED, TestSchool.DSL));
    assertThat(early.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("leftOn"));
    FileTransfer cancelled =
        liaison.childProtectionFiles().cancel(TransferId.of("t-1"), TestSchool.DSL);
    assertThat(cancelled.state()).isEqualTo(TransferState.CANCELLED);
    assertThat(cancelled.cancelledBy()).contains(TestSchool.DSL);
    assertThat(store.childProtectionFiles().openTransfers()).isEmpty();
    assertThat(liaison.toDo().items(TestSchool.DSL))
        .noneMatch(i -> i.kind() == ToDoKind.FILE_TRANSFER_DUE);
    assertThat(
            catchThrowableOfType(
                LiaisonValidationException.class,
                () -> liaison.childProtectionFiles().cancel(TransferId.of("t-1"), TestSchool.DSL)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                    AccessDeniedException.class,
                    () ->
                        liaison
                            .childProtectionFiles()
                            .cancel(TransferId.of("t-1"), Fixtures.TEACHER))
                .clauses())
        .containsExactly(Clause.LP36_4E);
    assertThat(leaves("t-2", LocalDate.of(2026, 12, 4)).state())
        .isEqualTo(TransferState.AWAITING_SEND);
  }

  @Test
  @DisplayName(
      "LP36-4e: the destination and the receiver's name stay out of toString, and a refused read of transfers is audited")
  void destinationNotPrinted() {
    FileTransfer transfer =
        liaison
            .childProtectionFiles()
            .recordLeaving(
                TransferId.of("t-1"),
                LEAVER,
                LocalDate.of(2026, 12, 4),
                "Refuge school " + Fixtures.MARKER,
                TestSchool.DSL);
    assertThat(transfer.toString()).doesNotContain(Fixtures.MARKER).doesNotContain("Refuge");
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () -> liaison.childProtectionFiles().transfers(LEAVER, Fixtures.TEACHER)))
        .isNotNull();
    assertThat(store.audit().read(1, 1_000))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).contains(Fixtures.TEACHER);
              assertThat(e.details()).containsEntry("granted", "false");
            });
  }

  @Test
  @DisplayName(
      "LP36-4e: a legal hold keeps a child protection file out of the run's review list; no disposal while its transfer is open")
  void legalHoldAndOpenTransferKeepTheFile() {
    ResidenceContext context = ResidenceContext.BOARDING;
    PupilId old = bornIn1980WithFile(context, Instant.parse("2026-05-10T09:00:00Z"));
    DisposalReport held = liaison.dataProtection().disposalRun(Fixtures.HEAD, Set.of(old));
    assertThat(held.held()).extracting(id -> id.value()).contains("cp-old");
    assertThat(held.awaitingReview()).isEmpty();

    liaison
        .childProtectionFiles()
        .recordLeaving(
            TransferId.of("t-old"), old, LocalDate.of(2026, 12, 4), "Northgate", TestSchool.DSL);
    LiaisonValidationException waits =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .childProtectionFiles()
                    .reviewDisposal(
                        "review-1",
                        old,
                        DisposalDecision.DISPOSE,
                        Optional.empty(),
                        Optional.empty(),
                        TestSchool.DSL));
    assertThat(waits.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("decision"));
    assertThat(store.contacts().find(io.github.liaisonsdk.contact.ContactRecordId.of("cp-old")))
        .isPresent();
    assertThat(store.childProtectionFiles().reviewsOf(old)).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-4e: of two disposal reviews at once, one decides and the other finds the file decided")
  void concurrentReviewsDoNotBothLand() throws Exception {
    ResidenceContext context = ResidenceContext.BOARDING;
    PupilId old = Fixtures.pupilId(context);
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(context))
                .dateOfBirth(LocalDate.of(1980, 1, 15))
                .build());
    store
        .contacts()
        .append(
            Fixtures.recordBuilder("cp-old", context, Instant.parse("1994-05-10T09:00:00Z"))
                .topics(List.of(Topic.CONCERNS_AND_SAFEGUARDING))
                .build());
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      var keep =
          two.submit(
              () -> {
                start.await();
                return liaison
                    .childProtectionFiles()
                    .reviewDisposal(
                        "rv-keep",
                        old,
                        DisposalDecision.RETAIN,
                        Optional.of(LocalDate.of(2030, 1, 1)),
                        Optional.of(RetentionReason.LEGAL_PROCEEDINGS),
                        TestSchool.DSL);
              });
      var bin =
          two.submit(
              () -> {
                start.await();
                return liaison
                    .childProtectionFiles()
                    .reviewDisposal(
                        "rv-bin",
                        old,
                        DisposalDecision.DISPOSE,
                        Optional.empty(),
                        Optional.empty(),
                        Fixtures.HEAD);
              });
      start.countDown();
      int landed = 0;
      for (var review : List.of(keep, bin)) {
        try {
          review.get(30, java.util.concurrent.TimeUnit.SECONDS);
          landed++;
        } catch (java.util.concurrent.ExecutionException refused) {
          assertThat(refused.getCause()).isInstanceOf(LiaisonValidationException.class);
        }
      }
      assertThat(landed).isEqualTo(1);
    } finally {
      two.shutdownNow();
    }
    List<DisposalReview> reviews = store.childProtectionFiles().reviewsOf(old);
    assertThat(reviews).hasSize(1);
    boolean erased =
        store.contacts().find(io.github.liaisonsdk.contact.ContactRecordId.of("cp-old")).isEmpty();
    assertThat(erased).isEqualTo(reviews.get(0).decision() == DisposalDecision.DISPOSE);
  }
}
