package io.github.liaisonsdk.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.ReviewEntry;
import io.github.liaisonsdk.policy.SchoolTerm;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.policy.TermReference;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionReplay;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.PackComparison;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.testing.Drafts;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.MovingClock;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-9 / HSL-11 / LP36-0: a new version drafted, compared, signed by the named posts, published with a day in force. */
class PolicyReviewTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Wednesday 9 December 2026, in the autumn term. */
  private static final Instant WEDNESDAY = Instant.parse("2026-12-09T10:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
  private static final LocalDate FRIDAY = TODAY.plusDays(2);

  final MovingClock clock = new MovingClock(WEDNESDAY);
  InMemoryStore store;
  Liaison liaison;

  @BeforeEach
  void school() {
    store = InMemoryStore.create();
    liaison =
        Liaison.builder().pack(StandardPacks.hsl()).store(store).zone(LONDON).clock(clock).build();
    TestSchool.populate(liaison);
  }

  /** A school on its own store under a pack, its staff, pupils and plans written through the facade. */
  private Liaison populated(PolicyPack pack, InMemoryStore in) {
    Liaison school = Liaison.builder().pack(pack).store(in).zone(LONDON).clock(clock).build();
    TestSchool.populate(school);
    return school;
  }

  private Decision attendanceToParent(Liaison facade) {
    return facade
        .sharing()
        .decide(
            SharingRequest.builder()
                .requester(Fixtures.TEACHER)
                .pupil(Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY))
                .topic(Topic.ATTENDANCE)
                .recipient(Recipient.familyContact(ContactPersonId.of("counterpart")))
                .purpose(Purpose.ROUTINE_LIAISON)
                .build());
  }

  private AuditEvent lastOf(AuditEventType type) {
    return store.audit().read(1, 100_000).stream()
        .filter(e -> e.type() == type)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String path(LiaisonValidationException e) {
    return e.violations().stream().map(Violation::path).findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "HSL-11 / LP36-9: a draft is signed by the Acting Headteacher and the Assistant Headteacher, then in force from its day: decisions before it stay under version 1")
  void draftRatifiedPublishedInForceFromItsDay() {
    PolicyPack draft = Drafts.hslWithoutFamilyLiaison(2);
    DraftStatus proposed = liaison.policyReview().propose(draft, TestSchool.HEAD);
    assertThat(proposed.required())
        .containsExactly(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER);
    assertThat(proposed.missing()).containsExactlyElementsOf(proposed.required());
    assertThat(proposed.draft().version()).isEqualTo(PolicyVersion.of(draft));

    PackComparison comparison = liaison.policyReview().compare(2, TestSchool.ASSISTANT_HEAD);
    assertThat(comparison.widened()).isZero();
    assertThat(comparison.narrowed()).isPositive();
    assertThat(comparison.closed()).isNotEmpty();

    LiaisonValidationException unsigned =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison
                    .policyReview()
                    .publish(2, FRIDAY, "Family liaison rule withdrawn", TestSchool.HEAD));
    assertThat(path(unsigned)).isEqualTo("signatures");
    assertThat(unsigned.violations().get(0).clause()).isEqualTo(Clause.HSL_11);

    AccessDeniedException teacher =
        catchThrowableOfType(
            AccessDeniedException.class,
            () -> liaison.policyReview().ratify(2, TestSchool.TEACHER));
    assertThat(teacher.clauses()).containsExactly(Clause.HSL_11);
    assertThat(liaison.policyReview().ratify(2, TestSchool.HEAD).missing())
        .containsExactly(Designation.ASSISTANT_HEADTEACHER);
    LiaisonValidationException twice =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () -> liaison.policyReview().ratify(2, TestSchool.HEAD));
    assertThat(path(twice)).isEqualTo("signedBy");
    clock.set(WEDNESDAY.plusSeconds(60));
    DraftStatus ratified = liaison.policyReview().ratify(2, TestSchool.ASSISTANT_HEAD);
    assertThat(ratified.ratified()).isTrue();
    assertThat(ratified.signatures())
        .extracting(Ratification::signedBy)
        .containsExactly(TestSchool.HEAD, TestSchool.ASSISTANT_HEAD);
    assertThat(ratified.signatures())
        .allSatisfy(s -> assertThat(s.draft()).isEqualTo(PolicyVersion.of(draft)));

    for (LocalDate tooSoon : List.of(TODAY, TODAY.plusDays(1))) {
      assertThat(
              path(
                  catchThrowableOfType(
                      LiaisonValidationException.class,
                      () ->
                          liaison
                              .policyReview()
                              .publish(
                                  2, tooSoon, "Family liaison rule withdrawn", TestSchool.HEAD))))
          .isEqualTo("inForceFrom");
    }
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () ->
                    liaison
                        .policyReview()
                        .publish(2, FRIDAY, "Family liaison rule withdrawn", TestSchool.TEACHER)))
        .isNotNull();

    Decision before = attendanceToParent(liaison);
    assertThat(before.outcome()).isEqualTo(Outcome.PERMIT);
    long beforeSequence = lastOf(AuditEventType.DECISION).sequence();

    PolicyPublication publication =
        liaison.policyReview().publish(2, FRIDAY, "Family liaison rule withdrawn", TestSchool.HEAD);
    assertThat(publication.draftHash()).isEqualTo(draft.contentHash());
    assertThat(publication.version().contentHash()).isNotEqualTo(draft.contentHash());
    assertThat(publication.inForceFrom()).isEqualTo(FRIDAY);

    // Published, not yet in force: today is still version 1.
    assertThat(liaison.pack().version()).isEqualTo(1);
    assertThat(attendanceToParent(liaison).outcome()).isEqualTo(Outcome.PERMIT);
    PolicyPack v2 = liaison.policyReview().inForceOn(FRIDAY);
    assertThat(v2.contentHash()).isEqualTo(publication.version().contentHash());
    assertThat(v2.metadata().reviewHistory())
        .last()
        .isEqualTo(ReviewEntry.of(TODAY, "Headteacher", "Family liaison rule withdrawn"));
    assertThat(v2.metadata().reviewDue().term())
        .contains(new TermReference(SchoolTerm.AUTUMN, 2027));
    assertThat(v2.rules()).isEqualTo(draft.rules());
    // LP36-0: the document's date is its day in force and its ratification the signatures on
    // record.
    assertThat(v2.metadata().issued()).contains(FRIDAY);
    assertThat(v2.metadata().ratification())
        .contains("Signed by HEADTEACHER, ASSISTANT_HEADTEACHER (last signature 2026-12-09)");
    assertThat(lastOf(AuditEventType.POLICY_PACK).details())
        .containsEntry("event", "published")
        .containsEntry("draftHash", draft.contentHash())
        .containsEntry("inForceFrom", "2026-12-11");

    clock.set(WEDNESDAY.plusSeconds(48 * 3600));
    assertThat(liaison.pack().contentHash()).isEqualTo(v2.contentHash());
    Decision after = attendanceToParent(liaison);
    assertThat(after.outcome()).isEqualTo(Outcome.DENY);
    assertThat(lastOf(AuditEventType.DECISION).details())
        .containsEntry("pack", "clare-hsl@2")
        .containsEntry("packHash", v2.contentHash());
    assertThat(liaison.publication().document())
        .contains("Family liaison rule withdrawn")
        .contains("version 2, SHA-256 " + v2.contentHash());

    DecisionReplay replay = liaison.sharing().replay(beforeSequence, TestSchool.HEAD);
    assertThat(replay.packThen()).isEqualTo("clare-hsl@1");
    assertThat(replay.reproduced()).isTrue();
    assertThat(replay.underToday().outcome()).isEqualTo(Outcome.DENY);
    assertThat(liaison.audit().verify().intact()).isTrue();
  }

  private void ratifiedAndPublished(PolicyPack draft, LocalDate inForce) {
    liaison.policyReview().propose(draft, TestSchool.HEAD);
    liaison.policyReview().ratify(draft.version(), TestSchool.HEAD);
    liaison.policyReview().ratify(draft.version(), TestSchool.ASSISTANT_HEAD);
    liaison.policyReview().publish(draft.version(), inForce, "Reviewed", TestSchool.HEAD);
  }

  @Test
  @DisplayName(
      "LP36-9: another facade of the school, which read the schedule before the publication, decides under the published version from its day in force")
  void everyFacadeReadsThePublication() {
    Liaison elsewhere =
        Liaison.builder().pack(StandardPacks.hsl()).store(store).zone(LONDON).clock(clock).build();
    assertThat(attendanceToParent(elsewhere).outcome()).isEqualTo(Outcome.PERMIT);
    ratifiedAndPublished(Drafts.hslWithoutFamilyLiaison(2), FRIDAY);
    assertThat(elsewhere.pack().version()).isEqualTo(1);
    clock.set(WEDNESDAY.plusSeconds(24 * 3600));
    assertThat(attendanceToParent(elsewhere).outcome())
        .as("Thursday: still version 1")
        .isEqualTo(Outcome.PERMIT);
    clock.set(WEDNESDAY.plusSeconds(48 * 3600));
    assertThat(elsewhere.pack().version()).isEqualTo(2);
    assertThat(attendanceToParent(elsewhere).outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  @DisplayName(
      "HSL-10 / LP36-9: once a new version is in force, every member of staff has it to acknowledge")
  void newVersionToAcknowledge() {
    TestSchool.staff().forEach(member -> liaison.publication().acknowledge(member.id()));
    assertThat(liaison.publication().notAcknowledged(TestSchool.HEAD)).isEmpty();
    ratifiedAndPublished(Drafts.hslWithoutFamilyLiaison(2), FRIDAY);
    clock.set(WEDNESDAY.plusSeconds(48 * 3600));
    assertThat(liaison.publication().notAcknowledged(TestSchool.HEAD))
        .hasSize(TestSchool.staff().size());
    assertThat(liaison.publication().acknowledge(TestSchool.TEACHER).version().version())
        .isEqualTo(2);
  }

  @Test
  @DisplayName(
      "LP36-9 / LP36-1: a draft is the school's own pack at a higher version, extending the group the school is configured with; only the headship proposes")
  void draftsThatAreNotTheNextVersion() {
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .propose(Drafts.of("clare-hsl", 1, json -> {}), TestSchool.HEAD))))
        .isEqualTo("version");
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .propose(Drafts.of("coxlease-lp36", 3, json -> {}), TestSchool.HEAD))))
        .isEqualTo("id");
    AccessDeniedException office =
        catchThrowableOfType(
            AccessDeniedException.class,
            () ->
                liaison
                    .policyReview()
                    .propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.OFFICE));
    assertThat(office.clauses()).containsExactly(Clause.HSL_11);
    assertThat(store.audit().read(1, 10_000))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).contains(TestSchool.OFFICE);
              assertThat(e.details()).containsEntry("granted", "false");
            });
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD))))
        .isEqualTo("version");
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> liaison.policyReview().ratify(7, TestSchool.HEAD)))
        .isNotNull();
    assertThat(liaison.policyReview().drafts(TestSchool.HEAD))
        .singleElement()
        .satisfies(d -> assertThat(d.draft().version().version()).isEqualTo(2));
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () -> liaison.policyReview().drafts(TestSchool.TEACHER)))
        .isNotNull();
  }

  @Test
  @DisplayName(
      "LP36-0 / LP36-1: a site procedure 'Checked and Approved by: SLT' names no signatory, so the headteacher signs; its draft must extend the same group pack")
  void siteProcedureSignedByTheHead() {
    Liaison site = populated(StandardPacks.lp36(), InMemoryStore.create());
    PolicyPack draft =
        Drafts.of(
            "coxlease-lp36",
            3,
            json ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("topicLevels"))
                    .put("PROGRESS", "CONFIDENTIAL"));
    assertThat(site.policyReview().propose(draft, TestSchool.ASSISTANT_HEAD).required())
        .containsExactly(Designation.HEADTEACHER);
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () -> site.policyReview().ratify(3, TestSchool.ASSISTANT_HEAD)))
        .isNotNull();
    assertThat(site.policyReview().ratify(3, TestSchool.HEAD).ratified()).isTrue();
    PolicyPublication published =
        site.policyReview()
            .publish(
                3, LocalDate.of(2027, 1, 4), "Progress confidential", TestSchool.ASSISTANT_HEAD);
    PolicyPack v3 = site.policyReview().inForceOn(LocalDate.of(2027, 1, 4));
    assertThat(v3.contentHash()).isEqualTo(published.version().contentHash());
    assertThat(v3.group())
        .map(PolicyPack::contentHash)
        .contains(StandardPacks.group().contentHash());
    assertThat(v3.metadata().reviewHistory())
        .last()
        .extracting(ReviewEntry::reviewer)
        .isEqualTo("Assistant headteacher");
    assertThat(v3.metadata().reviewDue().term())
        .contains(new TermReference(SchoolTerm.SPRING, 2028));

    PolicyPackLoader loader = PolicyPackLoader.create();
    loader.load(Drafts.of("ecs36-group", 3, json -> {}).toJson());
    PolicyPack overAnotherGroup = loader.load(Drafts.next(v3, 4, json -> {}).toJson());
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> site.policyReview().propose(overAnotherGroup, TestSchool.HEAD))))
        .isEqualTo("extends");
  }

  @Test
  @DisplayName(
      "LP36-9: a published version is not signed or published again, and a lower version is never published over a higher one")
  void publishedOnce() {
    ratifiedAndPublished(Drafts.hslWithoutFamilyLiaison(2), FRIDAY);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .publish(2, FRIDAY.plusDays(1), "Again", TestSchool.HEAD))))
        .isEqualTo("version");
    LiaisonValidationException rewritten =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () ->
                liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(3), TestSchool.HEAD));
    assertThat(path(rewritten))
        .as("drafted from version 1, it drops version 2's review")
        .isEqualTo("metadata.reviewHistory");
    liaison
        .policyReview()
        .propose(
            Drafts.next(liaison.policyReview().inForceOn(FRIDAY), 3, json -> {}), TestSchool.HEAD);
    liaison.policyReview().ratify(3, TestSchool.HEAD);
    liaison.policyReview().ratify(3, TestSchool.ASSISTANT_HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> liaison.policyReview().publish(3, FRIDAY, "", TestSchool.HEAD))))
        .contains("summary");
    liaison.policyReview().publish(3, LocalDate.of(2027, 1, 4), "Third", TestSchool.HEAD);
    assertThat(liaison.policyReview().inForceOn(LocalDate.of(2027, 1, 3)).version()).isEqualTo(2);
    assertThat(liaison.policyReview().inForceOn(LocalDate.of(2027, 1, 4)).version()).isEqualTo(3);
    assertThat(
            liaison.policyReview().inForceOn(LocalDate.of(2027, 1, 4)).metadata().reviewHistory())
        .extracting(ReviewEntry::summary)
        .endsWith("Reviewed", "Third");
    List<DraftStatus> drafts = liaison.policyReview().drafts(TestSchool.HEAD);
    assertThat(drafts).allSatisfy(d -> assertThat(d.publication()).isPresent());
  }

  private long auditedRefusals(String step) {
    return store.audit().read(1, 100_000).stream()
        .filter(
            e ->
                ("policy review: " + step).equals(e.details().get("event"))
                    && "false".equals(e.details().get("granted")))
        .count();
  }

  @Test
  @DisplayName(
      "HSL-11 / LP36-0: a draft naming its own signatories still needs the posts of the version before it; only senior leaders and the chair of governors sign")
  void signatoriesCannotBeSwapped() {
    Liaison site = populated(StandardPacks.lp36(), InMemoryStore.create());
    PolicyPack namingTheAssistant =
        Drafts.of(
            "coxlease-lp36",
            3,
            json ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("metadata"))
                    .putArray("signatories")
                    .addObject()
                    .put("title", "Assistant Headteacher")
                    .put("designation", "ASSISTANT_HEADTEACHER"));
    assertThat(site.policyReview().propose(namingTheAssistant, TestSchool.HEAD).required())
        .as("the site procedure names none: the headteacher, and now the assistant headteacher too")
        .containsExactly(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER);
    site.policyReview().ratify(3, TestSchool.ASSISTANT_HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        site.policyReview().publish(3, FRIDAY, "Signed by one", TestSchool.HEAD))))
        .isEqualTo("signatures");

    PolicyPack namingTheOffice =
        Drafts.of(
            "coxlease-lp36",
            4,
            json ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("metadata"))
                    .putArray("signatories")
                    .addObject()
                    .put("title", "School Office")
                    .put("designation", "OFFICE"));
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> site.policyReview().propose(namingTheOffice, TestSchool.HEAD))))
        .isEqualTo("metadata.signatories[0].designation");
  }

  @Test
  @DisplayName(
      "HSL-11: a signer who no longer holds the post when the draft is published does not count")
  void signaturesCheckedAtPublication() {
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    liaison.policyReview().ratify(2, TestSchool.HEAD);
    liaison.policyReview().ratify(2, TestSchool.ASSISTANT_HEAD);
    liaison
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(TestSchool.ASSISTANT_HEAD)
                .designations(java.util.Set.of(Designation.TEACHER))
                .build());
    LiaisonValidationException refused =
        catchThrowableOfType(
            LiaisonValidationException.class,
            () -> liaison.policyReview().publish(2, FRIDAY, "Reviewed", TestSchool.HEAD));
    assertThat(path(refused)).isEqualTo("signatures");
    assertThat(refused.getMessage()).contains("no longer holds the post");
    assertThat(liaison.policyReview().inForceOn(FRIDAY).version()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "LP36-9: a draft adding its own review-history entry is refused: publishing adds the entry")
  void draftsDoNotWriteHistory() {
    PolicyPack invented =
        Drafts.of(
            "clare-hsl",
            2,
            json ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("metadata"))
                    .putArray("reviewHistory")
                    .addObject()
                    .put("reviewed", "2031-01-01")
                    .put("reviewer", "Chair of Governors")
                    .put("summary", "approved by the full governing body"));
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> liaison.policyReview().propose(invented, TestSchool.HEAD))))
        .isEqualTo("metadata.reviewHistory");
  }

  @Test
  @DisplayName(
      "LP36-9: a version the vendor configured above the draft's is not published under; the collision names the version")
  void noPublicationBelowAConfiguredVersion() {
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    liaison.policyReview().ratify(2, TestSchool.HEAD);
    liaison.policyReview().ratify(2, TestSchool.ASSISTANT_HEAD);
    Liaison.builder()
        .pack(Drafts.of("clare-hsl", 3, json -> {}))
        .store(store)
        .zone(LONDON)
        .clock(clock)
        .build();
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> liaison.policyReview().publish(2, FRIDAY, "Reviewed", TestSchool.HEAD))))
        .isEqualTo("version");
    // A configured pack whose number the school has published with other content is refused, naming
    // the version.
    InMemoryStore other = InMemoryStore.create();
    Liaison school = populated(StandardPacks.hsl(), other);
    school.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    school.policyReview().ratify(2, TestSchool.HEAD);
    school.policyReview().ratify(2, TestSchool.ASSISTANT_HEAD);
    school.policyReview().publish(2, FRIDAY, "Reviewed", TestSchool.HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        Liaison.builder()
                            .pack(Drafts.of("clare-hsl", 2, json -> {}))
                            .store(other)
                            .zone(LONDON)
                            .clock(clock)
                            .build())))
        .isEqualTo("metadata.version");
  }

  @Test
  @DisplayName(
      "LP36-9 / HSL-11: every refused step is audited with its step and field; reads of drafts and comparisons are audited too")
  void refusalsAudited() {
    assertThat(
            catchThrowableOfType(
                LiaisonValidationException.class,
                () ->
                    liaison
                        .policyReview()
                        .propose(Drafts.of("clare-hsl", 1, json -> {}), TestSchool.HEAD)))
        .isNotNull();
    assertThat(auditedRefusals("propose")).isEqualTo(1);
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> liaison.policyReview().ratify(9, TestSchool.HEAD)))
        .isNotNull();
    assertThat(auditedRefusals("ratify")).isEqualTo(1);
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    assertThat(
            catchThrowableOfType(
                LiaisonValidationException.class,
                () -> liaison.policyReview().publish(2, FRIDAY, "Unsigned", TestSchool.HEAD)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                LiaisonValidationException.class,
                () -> liaison.policyReview().publish(2, null, "No day", TestSchool.HEAD)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class,
                () ->
                    liaison
                        .policyReview()
                        .publish(2, FRIDAY, "By the teacher", TestSchool.TEACHER)))
        .isNotNull();
    assertThat(auditedRefusals("publish")).isEqualTo(3);
    assertThat(store.audit().read(1, 100_000))
        .filteredOn(e -> "policy review: publish".equals(e.details().get("event")))
        .extracting(e -> e.details().get("field"))
        .contains("signatures", "inForceFrom");
    liaison.policyReview().drafts(TestSchool.HEAD);
    assertThat(store.audit().read(1, 100_000))
        .anySatisfy(
            e ->
                assertThat(e.details())
                    .containsEntry("event", "policy review: drafts")
                    .containsEntry("granted", "true"));
  }

  @Test
  @DisplayName(
      "HSL-11: a stored draft whose document is not the one proposed is neither signed, compared nor published")
  void tamperedDraftRefused() {
    PolicyPack proposed = Drafts.hslWithoutFamilyLiaison(2);
    PolicyPack swapped =
        Drafts.of(
            "clare-hsl",
            2,
            json ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("topicLevels"))
                    .put("BEHAVIOUR", "PUBLIC"));
    // As if someone with write access to the store had changed the document under the proposed
    // hash.
    store
        .publication()
        .saveDraft(
            new PolicyDraft(
                PolicyVersion.of(proposed), swapped.toJson(), TestSchool.HEAD, WEDNESDAY));
    assertThat(
            catchThrowableOfType(
                io.github.liaisonsdk.basics.LiaisonException.class,
                () -> liaison.policyReview().ratify(2, TestSchool.HEAD)))
        .hasMessageContaining("not the one proposed");
    assertThat(
            catchThrowableOfType(
                io.github.liaisonsdk.basics.LiaisonException.class,
                () -> liaison.policyReview().compare(2, TestSchool.HEAD)))
        .hasMessageContaining("not the one proposed");
    assertThat(store.publication().ratifications(PolicyVersion.of(proposed))).isEmpty();
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () -> liaison.policyReview().publish(2, FRIDAY, "Swapped", TestSchool.HEAD))))
        .isEqualTo("document");
    assertThat(store.audit().read(1, 100_000))
        .filteredOn(e -> "document".equals(e.details().get("field")))
        .hasSize(3);
  }

  @Test
  @DisplayName(
      "LP36-9: two drafts from one version: once the first is published, the second no longer follows the latest version and is refused, so no review history is lost")
  void secondDraftFromAnOldVersion() {
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(3), TestSchool.HEAD);
    for (int version : List.of(2, 3)) {
      liaison.policyReview().ratify(version, TestSchool.HEAD);
      liaison.policyReview().ratify(version, TestSchool.ASSISTANT_HEAD);
    }
    liaison.policyReview().publish(2, FRIDAY, "Second version", TestSchool.HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .publish(3, FRIDAY.plusDays(1), "Third", TestSchool.HEAD))))
        .isEqualTo("metadata.reviewHistory");
    assertThat(liaison.policyReview().inForceOn(FRIDAY.plusDays(30)).metadata().reviewHistory())
        .extracting(ReviewEntry::summary)
        .containsExactly("Second version");
  }

  @Test
  @DisplayName(
      "HSL-11: a facade configured with an older version still needs the signatories of the newer version another facade configured")
  void latestVersionAcrossFacades() {
    liaison
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(io.github.liaisonsdk.staff.StaffId.of("staff-chair"))
                .designations(java.util.Set.of(Designation.CHAIR_OF_GOVERNORS))
                .build());
    PolicyPack withTheChair =
        Drafts.of(
            "clare-hsl",
            2,
            json ->
                ((com.fasterxml.jackson.databind.node.ArrayNode)
                        json.get("metadata").get("signatories"))
                    .addObject()
                    .put("title", "Chair of Governors")
                    .put("designation", "CHAIR_OF_GOVERNORS"));
    Liaison.builder().pack(withTheChair).store(store).zone(LONDON).clock(clock).build();
    DraftStatus third =
        liaison
            .policyReview()
            .propose(Drafts.next(withTheChair, 3, Drafts::withoutFamilyLiaison), TestSchool.HEAD);
    assertThat(third.required()).contains(Designation.CHAIR_OF_GOVERNORS);
    liaison.policyReview().ratify(3, TestSchool.HEAD);
    liaison.policyReview().ratify(3, TestSchool.ASSISTANT_HEAD);
    assertThat(
            path(
                catchThrowableOfType(
                    LiaisonValidationException.class,
                    () ->
                        liaison
                            .policyReview()
                            .publish(3, FRIDAY, "Without the chair", TestSchool.HEAD))))
        .isEqualTo("signatures");
    liaison.policyReview().ratify(3, io.github.liaisonsdk.staff.StaffId.of("staff-chair"));
    assertThat(
            liaison
                .policyReview()
                .publish(3, FRIDAY, "With the chair", TestSchool.HEAD)
                .version()
                .version())
        .isEqualTo(3);
  }

  @Test
  @DisplayName(
      "HSL-11: someone holding both headship posts signs for the one nobody else could, so the other stays signable")
  void signerTakesTheScarcePost() {
    io.github.liaisonsdk.staff.StaffId both = io.github.liaisonsdk.staff.StaffId.of("staff-both");
    liaison
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(both)
                .designations(
                    java.util.Set.of(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER))
                .build());
    // The assistant headteacher now teaches: only "both" holds the assistant's post.
    liaison
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(TestSchool.ASSISTANT_HEAD)
                .designations(java.util.Set.of(Designation.TEACHER))
                .build());
    liaison.policyReview().propose(Drafts.hslWithoutFamilyLiaison(2), TestSchool.HEAD);
    assertThat(liaison.policyReview().ratify(2, both).signatures())
        .singleElement()
        .satisfies(s -> assertThat(s.post()).isEqualTo(Designation.ASSISTANT_HEADTEACHER));
    assertThat(liaison.policyReview().ratify(2, TestSchool.HEAD).ratified()).isTrue();
  }
}
