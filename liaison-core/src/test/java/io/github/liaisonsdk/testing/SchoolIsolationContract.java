package io.github.liaisonsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SchoolStores} adapter must keep apart. School B holds the test school's staff, pupils, records,
 * consultations and cases; school A holds staff and a pupil of its own. Everything of B that A's facade is asked
 * about must answer exactly as an id nobody holds does. An adapter's test extends this class and supplies empty
 * stores; the in-memory adapter, H2 and PostgreSQL run it.
 */
public abstract class SchoolIsolationContract {
  private static final Clock CLOCK = Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC);
  private static final SchoolId A = SchoolId.of("urn-100001");
  private static final SchoolId B = SchoolId.of("urn-100002");
  private static final SchoolId GROUP = SchoolId.of("group-hq");
  private static final SchoolId OTHER_GROUP = SchoolId.of("other-trust");
  private static final SchoolId OTHER_SITE = SchoolId.of("other-trust-site");
  private static final StaffId A_HEAD = StaffId.of("a-head");
  private static final StaffId A_DSL = StaffId.of("a-dsl");
  private static final StaffId A_TEACHER = StaffId.of("a-teacher");
  private static final PupilId A_PUPIL = PupilId.of("a-pupil");
  private static final ResidenceContext CONTEXT = ResidenceContext.BOARDING;
  private static final int B_RECORDS = 50;

  private SchoolStores stores;
  private LiaisonSchools schools;
  private Liaison a;
  private Liaison b;
  private final List<ConsultationId> bConsultations = new ArrayList<>();

  /**
   * Empty stores for every school, for one test.
   *
   * @return the stores
   */
  protected abstract SchoolStores newStores();

  /**
   * How many cross-school attempts the main test makes.
   *
   * @return the number of attempts
   */
  protected int attempts() {
    return 10_000;
  }

  @BeforeEach
  void twoSchools() {
    stores = newStores();
    schools =
        LiaisonSchools.builder()
            .stores(stores)
            .clock(CLOCK)
            .group(GROUP, List.of(A, B))
            .group(OTHER_GROUP, List.of(OTHER_SITE))
            .build();
    b = schools.school(B, StandardPacks.lp36());
    TestSchool.populate(b);
    for (int i = 0; i < B_RECORDS; i++) {
      ResidenceContext context = ResidenceContext.values()[i % ResidenceContext.values().length];
      b.records()
          .record(
              Fixtures.record(
                  "b-record-" + i, context, Fixtures.MORNING.minusSeconds(3600L * (i + 1))));
    }
    bConsultations.add(
        b.sharing()
            .recordConsultation(
                consultation(
                    "b-consultation",
                    TestSchool.TEACHER,
                    TestSchool.DSL,
                    Fixtures.pupilId(CONTEXT)))
            .id());
    b.outOfHours()
        .disclose(
            CaseId.of("b-case"),
            Fixtures.pupilId(CONTEXT),
            TestSchool.TEACHER,
            false,
            ConfidentialText.of("met at a club"),
            Optional.empty());

    a = schools.school(A, StandardPacks.lp36());
    a.school().synchroniseStaff(Fixtures.staff(A_HEAD, Designation.HEADTEACHER));
    a.school().synchroniseStaff(Fixtures.staff(A_DSL, Designation.DESIGNATED_SAFEGUARDING_LEAD));
    a.school().synchroniseStaff(Fixtures.staff(A_TEACHER, Designation.TEACHER));
    a.school().synchronisePupil(Pupil.builder().from(Fixtures.pupil(CONTEXT)).id(A_PUPIL).build());
    a.school()
        .approvePlan(
            Fixtures.planBuilder(CONTEXT)
                .id(PlanId.of("a-plan"))
                .pupil(A_PUPIL)
                .schoolSide(List.of(A_TEACHER))
                .approvedBy(A_HEAD)
                .build());
  }

  @Test
  @DisplayName(
      "HSL-9, LP36-6.1: attempts from one school on another's ids answer as unknown ids do")
  void anotherSchoolsIdsAnswerAsUnknownOnes() {
    List<String> bStaff = TestSchool.staff().stream().map(m -> m.id().value()).toList();
    List<String> bPupils = new ArrayList<>();
    for (ResidenceContext context : ResidenceContext.values()) {
      bPupils.add(Fixtures.pupilId(context).value());
    }
    List<Attempt> attempts =
        List.of(
            new Attempt(
                "read a record",
                id -> a.records().read(ContactRecordId.of(id), A_DSL),
                i -> "b-record-" + i),
            new Attempt(
                "chronology", id -> a.records().chronology(PupilId.of(id), A_DSL), bPupils::get),
            new Attempt(
                "subject access export",
                id -> a.dataProtection().subjectAccessExport(PupilId.of(id), A_DSL),
                bPupils::get),
            new Attempt(
                "agreements",
                id -> a.sharing().safeguardingAgreements(PupilId.of(id), A_DSL),
                bPupils::get),
            new Attempt(
                "decision about a pupil",
                id -> a.sharing().decide(ask(A_DSL, PupilId.of(id))),
                bPupils::get),
            new Attempt(
                "decision by a member of staff",
                id -> a.sharing().decide(ask(StaffId.of(id), A_PUPIL)),
                bStaff::get),
            new Attempt(
                "decision to a member of staff",
                id ->
                    a.sharing()
                        .decide(
                            SharingRequest.builder()
                                .from(ask(A_DSL, A_PUPIL))
                                .recipient(Recipient.staff(StaffId.of(id)))
                                .build()),
                bStaff::get),
            new Attempt(
                "decision on a consultation",
                id ->
                    a.sharing()
                        .decide(
                            SharingRequest.builder()
                                .from(ask(A_TEACHER, A_PUPIL))
                                .addConsultations(ConsultationId.of(id))
                                .build()),
                i -> bConsultations.get(0).value()),
            new Attempt(
                "consultation naming a member of staff",
                id ->
                    a.sharing()
                        .recordConsultation(
                            consultation(
                                "a-consultation-" + id, A_TEACHER, StaffId.of(id), A_PUPIL)),
                bStaff::get),
            new Attempt(
                "member of staff", id -> a.school().staffMember(StaffId.of(id)), bStaff::get),
            new Attempt("pupil", id -> a.school().pupil(PupilId.of(id)), bPupils::get),
            new Attempt(
                "review a case",
                id ->
                    a.outOfHours()
                        .review(
                            CaseId.of(id),
                            HeadReview.builder()
                                .reviewer(A_HEAD)
                                .reviewedAt(Fixtures.MORNING)
                                .decision(CaseAction.APPROVE)
                                .conflictOfInterest(false)
                                .reasons(ConfidentialText.of("fine"))
                                .build()),
                i -> "b-case"));

    int tried = 0;
    for (int round = 0; tried < attempts(); round++) {
      for (Attempt attempt : attempts) {
        String theirs =
            attempt.others.apply(
                round
                    % (attempt.name.equals("read a record")
                        ? B_RECORDS
                        : attempt.name.contains("staff") ? bStaff.size() : bPupils.size()));
        String nobodys = "unknown-" + round + "-" + tried;
        String onTheirs = answer(() -> attempt.call.apply(theirs)).replace(theirs, "<id>");
        String onNobodys = answer(() -> attempt.call.apply(nobodys)).replace(nobodys, "<id>");
        assertThat(onTheirs).as(attempt.name + " on " + theirs).isEqualTo(onNobodys);
        tried++;
      }
    }
    assertThat(tried).isGreaterThanOrEqualTo(attempts());
    // B saw nothing of it: its chain, records and answers are as they were.
    assertThat(b.audit().verify().intact()).isTrue();
    assertThat(a.audit().verify().intact()).isTrue();
    assertThat(b.records().chronology(Fixtures.pupilId(CONTEXT), TestSchool.DSL)).isNotEmpty();
    assertThat(stores.school(B).consultations().forPupil(A_PUPIL)).isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-9: the same ids in two schools are two pupils, each school reading only its own")
  void sameIdsInTwoSchoolsStayApart() {
    Liaison c = schools.school(SchoolId.of("urn-100003"), StandardPacks.lp36());
    TestSchool.populate(c);
    c.records().record(Fixtures.record("c-only", CONTEXT, Fixtures.MORNING.minusSeconds(7200)));

    List<String> inC =
        c.records().chronology(Fixtures.pupilId(CONTEXT), TestSchool.DSL).stream()
            .map(v -> v.id().value())
            .toList();
    List<String> inB =
        b.records().chronology(Fixtures.pupilId(CONTEXT), TestSchool.DSL).stream()
            .map(v -> v.id().value())
            .toList();
    assertThat(inC).containsExactly("c-only");
    assertThat(inB).doesNotContain("c-only").isNotEmpty();
    assertThat(c.audit().verify().verifiedEvents()).isLessThan(b.audit().verify().verifiedEvents());
  }

  /**
   * Changes one stored event of the school's audit trail behind the library's back, as someone with access to the
   * database could.
   *
   * @param stores the stores of this test
   * @param school the school whose trail is changed
   * @param sequence the event changed
   * @return false if the adapter offers no way to do it (memory), and the test is skipped
   */
  protected boolean tamperWithTrail(SchoolStores stores, SchoolId school, long sequence) {
    return false;
  }

  @Test
  @DisplayName(
      "HSL-9: a chain per school, numbered from 1 in each; tampering with one leaves another's verification intact")
  void aChainPerSchool() {
    long bEvents = b.audit().verify().verifiedEvents();
    long aEvents = a.audit().verify().verifiedEvents();
    assertThat(stores.school(A).audit().headCheckpoint().sequence()).isEqualTo(aEvents);
    assertThat(stores.school(B).audit().headCheckpoint().sequence()).isEqualTo(bEvents);
    assertThat(stores.school(A).audit().read(1, 1))
        .singleElement()
        .extracting(e -> e.sequence())
        .isEqualTo(1L);
    assertThat(stores.school(B).audit().read(1, 1))
        .singleElement()
        .extracting(e -> e.sequence())
        .isEqualTo(1L);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        tamperWithTrail(stores, B, 2), "no way to tamper with this store");
    assertThat(b.audit().verify().intact()).isFalse();
    assertThat(b.audit().verify().brokenAt()).isEqualTo(2L);
    assertThat(a.audit().verify().intact()).isTrue();
    assertThat(a.audit().verify().verifiedEvents()).isEqualTo(aEvents);
  }

  @Test
  @DisplayName(
      "Compiled packs are shared by content hash: many schools on two packs hold two engines")
  void enginesSharedByContent() {
    for (int i = 0; i < 200; i++) {
      schools.school(
          SchoolId.of("site-" + i), i % 2 == 0 ? StandardPacks.lp36() : StandardPacks.hsl());
    }
    assertThat(schools.compiledPacks()).isEqualTo(2);
    assertThat(schools.school(A, StandardPacks.lp36())).isSameAs(a);
    assertThat(schools.existing(SchoolId.of("site-7")).orElseThrow().pack().id())
        .isEqualTo(StandardPacks.hsl().id());
  }

  @Test
  @DisplayName(
      "LP36-1, LP36-7: the group's monitoring covers its sites for the group's headship only")
  void groupMonitoring() {
    PolicyPack groupPack = StandardPacks.lp36().group().orElseThrow();
    Liaison group = schools.school(GROUP, groupPack);
    group.school().synchroniseStaff(Fixtures.staff(StaffId.of("ceo"), Designation.HEADTEACHER));
    group.school().synchroniseStaff(Fixtures.staff(StaffId.of("clerk"), Designation.OFFICE));
    LocalDate to = LocalDate.ofInstant(Fixtures.MORNING, ZoneOffset.UTC);

    Map<SchoolId, MonitoringReport> reports =
        schools.groupMonitoring(group, StaffId.of("ceo"), List.of(a, b), to.minusDays(30), to);
    assertThat(reports.keySet()).containsExactly(A, B);
    assertThat(reports.get(B)).isNotEqualTo(reports.get(A));

    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group, StaffId.of("clerk"), List.of(a), to.minusDays(30), to))
        .isInstanceOf(AccessDeniedException.class);
    Liaison alone = schools.school(SchoolId.of("hsl-school"), StandardPacks.hsl());
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group, StaffId.of("ceo"), List.of(alone), to.minusDays(30), to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("is not a site of group");
    // Another group's site on the same packs is not this group's, and a group of one's own making
    // reads nothing.
    Liaison elsewhere = schools.school(OTHER_SITE, StandardPacks.lp36());
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group, StaffId.of("ceo"), List.of(elsewhere), to.minusDays(30), to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("is not a site of group");
    Liaison selfMade = schools.school(SchoolId.of("self-made-group"), groupPack);
    selfMade.school().synchroniseStaff(Fixtures.staff(StaffId.of("ceo"), Designation.HEADTEACHER));
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    selfMade, StaffId.of("ceo"), List.of(a), to.minusDays(30), to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("is not a site of group");
    // A site joined to a caller's transaction: its audit could be rolled back, so the report is
    // refused; so is any
    // facade this entry point did not hand out (one built on a joined store, a group over other
    // stores).
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group,
                    StaffId.of("ceo"),
                    List.of(a.inCallerTransaction(stores.school(A))),
                    to.minusDays(30),
                    to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("not handed out by this entry point");
    Liaison builtAside =
        Liaison.builder().pack(StandardPacks.lp36()).store(stores.school(A)).clock(CLOCK).build();
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group, StaffId.of("ceo"), List.of(builtAside), to.minusDays(30), to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("not handed out by this entry point");
    Liaison forged =
        Liaison.builder()
            .pack(groupPack)
            .store(io.github.liaisonsdk.memory.InMemoryStore.create(GROUP))
            .clock(CLOCK)
            .build();
    forged
        .school()
        .synchroniseStaff(Fixtures.staff(StaffId.of("mallory"), Designation.HEADTEACHER));
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    forged, StaffId.of("mallory"), List.of(a), to.minusDays(30), to))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("not handed out by this entry point");

    // Every request leaves its trace in the group's chain, a stranger's too; each site read leaves
    // one in the site's.
    long groupEvents = group.audit().head().sequence();
    long siteEvents = a.audit().head().sequence();
    assertThatThrownBy(
            () ->
                schools.groupMonitoring(
                    group, StaffId.of("stranger"), List.of(a), to.minusDays(30), to))
        .isInstanceOf(io.github.liaisonsdk.port.NotFoundException.class);
    assertThat(group.audit().head().sequence()).isEqualTo(groupEvents + 1);
    assertThat(a.audit().head().sequence())
        .as("refused before any site is read")
        .isEqualTo(siteEvents);
    schools.groupMonitoring(group, StaffId.of("ceo"), List.of(a), to.minusDays(30), to);
    assertThat(group.audit().read(groupEvents + 2, 1))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type())
                  .isEqualTo(io.github.liaisonsdk.audit.AuditEventType.RESTRICTED_READ);
              assertThat(e.details())
                  .containsEntry("event", "group monitoring report")
                  .containsEntry("granted", "true");
            });
    assertThat(a.audit().read(siteEvents + 1, 1))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.details())
                    .containsEntry("event", "group monitoring report")
                    .containsEntry("group", "group-hq")
                    .containsEntry("reader", "ceo"));
    // A head of one site is nobody in the group's records.
    assertThatThrownBy(
            () -> schools.groupMonitoring(group, A_HEAD, List.of(a), to.minusDays(30), to))
        .isInstanceOf(io.github.liaisonsdk.port.NotFoundException.class);
  }

  @Test
  @DisplayName("A facade joined to a unit of work of another school is refused")
  void joiningAnotherSchoolsUnitIsRefused() {
    assertThatThrownBy(() -> a.inCallerTransaction(stores.school(B)))
        .isInstanceOf(LiaisonException.class)
        .hasMessageContaining("another school");
  }

  @Test
  @DisplayName("School ids: a clear rule, never quoting what was given")
  void schoolIdRule() {
    for (String bad : new String[] {"", " a", "a b", "é", "-a", "x".repeat(65), "a;DROP", "a\nb"}) {
      assertThatThrownBy(() -> SchoolId.of(bad))
          .isInstanceOf(LiaisonValidationException.class)
          .hasMessageContaining("value");
    }
    assertThatThrownBy(() -> SchoolId.of("a;DROP TABLE")).hasMessageNotContaining("DROP");
    assertThat(SchoolId.of("urn:100001").value()).isEqualTo("urn:100001");
  }

  private static SharingRequest ask(StaffId requester, PupilId pupil) {
    return SharingRequest.builder()
        .requester(requester)
        .pupil(pupil)
        .topic(Topic.ATTENDANCE)
        .recipient(Recipient.staff(A_TEACHER))
        .purpose(Purpose.INFORMATION_REQUEST)
        .build();
  }

  private static ConsultationRecord consultation(
      String id, StaffId by, StaffId consultee, PupilId pupil) {
    return ConsultationRecord.builder()
        .id(ConsultationId.of(id))
        .pupil(pupil)
        .topic(Topic.ATTENDANCE)
        .consultedBy(by)
        .recordedBy(consultee)
        .role(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD)
        .consultee(consultee)
        .consultedAt(Fixtures.MORNING)
        .outcome(ConsultationOutcome.AGREED)
        .build();
  }

  /** What a caller learns from an answer: its kind and words, or what it returned, without times or sequences. */
  private static String answer(Supplier<Object> call) {
    try {
      return "returned " + describe(call.get());
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String describe(Object result) {
    if (result instanceof Optional<?> optional) {
      return optional.isPresent() ? "a value" : "nothing";
    }
    if (result instanceof List<?> list) {
      return list.size() + " items";
    }
    if (result instanceof Decision decision) {
      return decision.outcome()
          + " "
          + decision.clauses()
          + " "
          + decision.denyReason()
          + " "
          + decision.consult();
    }
    return result == null ? "null" : result.getClass().getSimpleName();
  }

  private record Attempt(
      String name, Function<String, Object> call, java.util.function.IntFunction<String> others) {}
}
