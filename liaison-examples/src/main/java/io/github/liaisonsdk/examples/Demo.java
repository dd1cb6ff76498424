package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.LiaisonSchools;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferBundle;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.childprotection.TransferMethod;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.jdbc.JdbcSchoolStores;
import io.github.liaisonsdk.jdbc.JdbcStores;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.monitoring.CohortLiaison;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.PupilLiaison;
import io.github.liaisonsdk.monitoring.ReviewDueItem;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.RequesterKind;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Obligation;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.todo.ToDoItem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The quick-start demo: a small school on an embedded H2 file database, run through one autumn term.
 *
 * <p>It migrates the database with the JDBC adapter, loads the group, LP36 and HSL policy packs from JSON, creates
 * staff in every post and a pupil in every residence context with a liaison plan each, records a term of contacts
 * with an injected clock, runs an out-of-hours disclosure through approval and logging, asks a dozen sharing
 * questions (including the LP36-6.1 safeguarding case before and after the LA consultation), transfers two leavers'
 * child protection files, prints the to-do list and the monitoring summary and verifies the audit chain. A second run resets the database and says so.
 *
 * <p>Run with {@code mvn -B -q -Pdemo -DskipTests package}; add {@code -Dexec.args=--json} for JSON, which is also
 * written to {@code demo.json} beside the database. The database lives in the system temporary folder, or where
 * {@code -Dliaison.demo.db=PATH} says.
 */
public final class Demo {
  /** The demo's school, and a second one hosted on the same database. */
  static final SchoolId COXLEASE = SchoolId.of("coxlease");

  static final SchoolId CLARE = SchoolId.of("clare");
  private final PrintStream out;
  private final boolean json;
  private final Map<String, Object> results = new LinkedHashMap<>();

  Demo(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /**
   * Runs the demo.
   *
   * @param args {@code --json} for machine-readable output
   */
  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    Path db =
        Path.of(
            System.getProperty(
                "liaison.demo.db",
                Path.of(System.getProperty("java.io.tmpdir"), "liaison-demo", "liaison")
                    .toString()));
    try {
      new Demo(System.out, List.of(args).contains("--json")).run(db);
    } catch (RuntimeException failed) {
      if (!heldByAnotherRun(failed)) {
        throw failed;
      }
      System.err.println(
          "The demo database at "
              + db.toAbsolutePath()
              + ".mv.db is in use by another run of the"
              + " demo. Wait for it to finish, or give this run its own: -Dliaison.demo.db=/some/other/path");
      System.exit(2);
    }
  }

  /** H2's "database may be already in use" (error 90020), anywhere in the causes. */
  static boolean heldByAnotherRun(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
        return true;
      }
    }
    return false;
  }

  void run(Path database) {
    JdbcDataSource dataSource = new JdbcDataSource();
    // Keep the database open between connections: without a pool, H2 would reopen the file for
    // every operation.
    // No trace file, and the database closed by the run itself: left to H2's shutdown hook, it
    // would close after
    // exec:java has torn down the class loader, and write a NoClassDefFoundError to a trace file.
    dataSource.setURL(
        "jdbc:h2:file:"
            + database.toAbsolutePath()
            + ";DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0"
            + ";DB_CLOSE_ON_EXIT=FALSE");
    try {
      run(dataSource, database);
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement st = c.createStatement()) {
        st.execute("SHUTDOWN");
      } catch (SQLException closing) {
        // Nothing left to close: the run failed before the database was opened.
      }
    }
  }

  private void run(JdbcDataSource dataSource, Path database) {
    JdbcSchoolStores store = JdbcStores.builder(dataSource).build();
    boolean reset = store.schemaVersion() > 0;
    if (reset) {
      dropEverything(dataSource);
    }
    var migration = store.migrate();
    section("Database");
    line("H2 file database at " + database.toAbsolutePath() + ".mv.db");
    line(
        reset
            ? "Found the data of an earlier run: reset it, so every run tells the same story."
            : "New database.");
    line(
        "Schema migrated to version "
            + migration.after()
            + " (applied "
            + migration.applied()
            + ").");
    results.put(
        "database",
        Map.of(
            "path",
            database.toAbsolutePath().toString(),
            "reset",
            reset,
            "schemaVersion",
            migration.after()));

    PolicyPackLoader loader = PolicyPackLoader.create();
    PolicyPack group = loader.load(StandardPacks.json("ecs36-group"));
    PolicyPack lp36 = loader.load(StandardPacks.json("coxlease-lp36"));
    PolicyPack hsl = loader.load(StandardPacks.json("clare-hsl"));
    section("Policy packs (loaded from JSON)");
    for (PolicyPack pack : List.of(group, lp36, hsl)) {
      LocalDate due = pack.metadata().reviewDue().dueBy(pack.calendar());
      line(
          String.format(
              Locale.ROOT,
              "%-14s %-40s %d rules, review due %s (by %s), hash %s",
              pack.id(),
              pack.metadata().title() + " — " + pack.metadata().site(),
              pack.rules().size(),
              pack.metadata().reviewDue(),
              due,
              pack.contentHash().substring(0, 12)));
    }

    SteppingClock clock =
        new SteppingClock(
            DemoSchool.TERM_START.atStartOfDay(DemoSchool.ZONE).toInstant(), DemoSchool.ZONE);
    // One entry point for every school the vendor hosts; each school's records are apart in the
    // same database.
    LiaisonSchools schools =
        LiaisonSchools.builder().stores(store).clock(clock).zone(DemoSchool.ZONE).build();
    Liaison liaison = schools.school(COXLEASE, lp36);
    DemoSchool school = new DemoSchool();
    school.register(liaison);
    int contacts = school.recordTerm(liaison, clock);
    section("The school");
    line(
        school.staff.size()
            + " staff, one in every post; "
            + school.pupils.size()
            + " pupils, one in every residence context (LP36-3), each with a liaison plan (LP36-4).");
    for (LiaisonPlan plan : school.plans) {
      line(
          String.format(
              Locale.ROOT,
              "  %-32s %-26s routine %s by %s",
              plan.pupil(),
              plan.residence(),
              plan.routine().frequency(),
              plan.routine().method()));
    }
    line(
        contacts
            + " contacts recorded over the autumn term, each checked against its plan (LP36-4d).");

    outOfHours(liaison, school, clock);
    decisions(liaison, school, clock);

    leavers(liaison, school, clock);
    Path policyPage = publication(liaison, school, database);
    policyReview(liaison, school, group);

    clock.set(DemoSchool.TERM_END.atTime(LocalTime.of(16, 0)).atZone(DemoSchool.ZONE).toInstant());
    toDo(liaison, school);
    MonitoringReport report =
        liaison
            .monitoring()
            .report(
                school.staff.get(Designation.HEADTEACHER),
                DemoSchool.TERM_START,
                DemoSchool.TERM_END);
    monitoring(report);
    results.put("monitoring", report);
    Path page = database.resolveSibling("monitoring-report.html");
    try {
      java.nio.file.Files.writeString(page, MonitoringHtml.render(report, lp36.metadata().site()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    line("  The headteacher's HTML report: " + page.toAbsolutePath());
    results.put("htmlReport", page.toAbsolutePath().toString());

    results.put("policyDocument", policyPage.toAbsolutePath().toString());
    manySchools(schools, liaison, hsl, school);

    ChainVerification chain = liaison.audit().verify();
    section("Audit trail");
    line(
        chain.intact()
            ? "Intact: "
                + chain.verifiedEvents()
                + " hash-chained events verified; head "
                + chain.headHash()
            : "BROKEN at event " + chain.brokenAt() + ": " + chain.problem());
    results.put("audit", chain);
    section("Where to look");
    line(
        "Monitoring report: "
            + page.toAbsolutePath()
            + "; policy document: "
            + policyPage.toAbsolutePath()
            + "; the same run as JSON: add -Dexec.args=--json (written to "
            + database.resolveSibling("demo.json").toAbsolutePath()
            + ")");
    if (json) {
      String document = LiaisonJson.writePretty(results);
      out.println(document);
      try {
        // Maven may wrap standard output in terminal codes; the file is clean for machines.
        java.nio.file.Files.writeString(database.resolveSibling("demo.json"), document);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** A second school on the same database: a chain and records of its own, nothing of the first school's. */
  private void manySchools(
      LiaisonSchools schools, Liaison coxlease, PolicyPack hsl, DemoSchool school) {
    section("Many schools, one database");
    Liaison clare = schools.school(CLARE, hsl);
    clare
        .school()
        .synchroniseStaff(
            io.github.liaisonsdk.staff.StaffMember.builder()
                .id(StaffId.of("clare-head"))
                .designations(java.util.Set.of(io.github.liaisonsdk.staff.Designation.HEADTEACHER))
                .build());
    LiaisonPlan plan = school.plans.get(0);
    boolean seen = clare.school().pupil(plan.pupil()).isPresent();
    line(
        CLARE
            + " shares the database with "
            + COXLEASE
            + ": its own chain ("
            + clare.audit().verify().verifiedEvents()
            + " events, "
            + COXLEASE
            + " has "
            + coxlease.audit().verify().verifiedEvents()
            + "); "
            + COXLEASE
            + "'s pupil "
            + plan.pupil()
            + " is "
            + (seen ? "VISIBLE (a defect)" : "unknown there")
            + "; "
            + schools.compiledPacks()
            + " compiled packs for 2 schools.");
    results.put(
        "schools",
        Map.of(
            "schools",
            List.of(COXLEASE.value(), CLARE.value()),
            "crossSchoolVisible",
            seen,
            "compiledPacks",
            schools.compiledPacks()));
  }

  private void outOfHours(Liaison liaison, DemoSchool school, SteppingClock clock) {
    section("Out-of-hours contact (HSL-6 to HSL-9)");
    LiaisonPlan plan = school.plans.get(0);
    CaseId id = CaseId.of("OOH-1");
    clock.set(Instant.parse("2026-10-01T17:00:00Z"));
    ExternalContactCase disclosed =
        liaison
            .outOfHours()
            .disclose(
                id,
                plan.pupil(),
                school.staff.get(Designation.SUPPORT_ASSISTANT),
                false,
                ConfidentialText.of("The family attend the same weekend sports club as me"),
                Optional.of(LocalDate.of(2026, 10, 10)));
    line(
        "Disclosed by the support assistant: case "
            + disclosed.id()
            + " is "
            + disclosed.state()
            + " (HSL-6).");
    clock.set(Instant.parse("2026-10-02T09:00:00Z"));
    ExternalContactCase reviewed =
        liaison
            .outOfHours()
            .review(
                id,
                HeadReview.builder()
                    .reviewer(school.staff.get(Designation.HEADTEACHER))
                    .reviewedAt(clock.instant())
                    .decision(CaseAction.APPROVE_WITH_CONDITIONS)
                    .conflictOfInterest(false)
                    .reasons(ConfidentialText.of("Social contact at the club is appropriate"))
                    .addCondition("School matters are not discussed at the club")
                    .build());
    line(
        "Headteacher's review: "
            + reviewed.state()
            + ", conflict of interest: "
            + reviewed.review().orElseThrow().conflictOfInterest()
            + " (HSL-2, HSL-7).");
    clock.set(Instant.parse("2026-10-10T13:00:00Z"));
    ContactRecord form =
        ContactRecord.builder()
            .id(ContactRecordId.of("OOH-1-form-1"))
            .pupil(plan.pupil())
            .plan(plan.id())
            .planVersion(plan.version())
            .staff(school.staff.get(Designation.SUPPORT_ASSISTANT))
            .addCounterpart(plan.familySide().get(0).id())
            .occurredAt(Instant.parse("2026-10-10T10:00:00Z"))
            .recordedAt(clock.instant())
            .method(ContactMethod.IN_PERSON)
            .kind(ContactKind.OUT_OF_HOURS)
            .addTopic(Topic.PARTICIPATION_AND_ENGAGEMENT)
            .summary(ConfidentialText.of("Met the family at the club"))
            .level(ConfidentialityLevel.RESTRICTED)
            .location(RecordLocation.LIAISON_FORM)
            .build();
    ExternalContactCase logged = liaison.outOfHours().log(id, form);
    line(
        "The contact went ahead and is logged on the liaison form: case is "
            + logged.state()
            + " (HSL-8).");
    boolean headReads =
        liaison
            .records()
            .read(form.id(), school.staff.get(Designation.ASSISTANT_HEADTEACHER))
            .contentGranted();
    String teacherReads;
    try {
      liaison.records().read(form.id(), school.staff.get(Designation.TEACHER));
      teacherReads = "could read it";
    } catch (NotFoundException hidden) {
      teacherReads = "is answered as if it did not exist (HSL-9)";
    }
    line(
        "The assistant headteacher "
            + (headReads ? "reads it" : "cannot read it")
            + "; the teacher "
            + teacherReads
            + ". Both reads are audited.");
    results.put(
        "outOfHours",
        List.of(disclosed.state().name(), reviewed.state().name(), logged.state().name()));
  }

  private void decisions(Liaison liaison, DemoSchool school, SteppingClock clock) {
    section("Sharing decisions");
    clock.set(Instant.parse("2026-11-20T10:00:00Z"));
    LiaisonPlan family = school.plans.get(0);
    LiaisonPlan childrensHome =
        school.plans.stream()
            .filter(p -> p.residence() == ResidenceContext.DAY_IN_CHILDRENS_HOME)
            .findFirst()
            .orElseThrow();
    StaffId teacher = school.staff.get(Designation.TEACHER);
    StaffId assistant = school.staff.get(Designation.SUPPORT_ASSISTANT);
    StaffId siteManager = school.staff.get(Designation.SITE_MANAGER);
    StaffId office = school.staff.get(Designation.OFFICE);
    StaffId head = school.staff.get(Designation.HEADTEACHER);
    StaffId dsl = school.staff.get(Designation.DESIGNATED_SAFEGUARDING_LEAD);
    // Consultations are records of their own, checked against the staff records and the pack's
    // directory.
    ConsultationId lineManager =
        consult(
            liaison,
            ConsultationRecord.builder()
                .id(ConsultationId.of("C-LM-1"))
                .pupil(family.pupil())
                .topic(Topic.BEHAVIOUR)
                .consultedBy(assistant)
                .role(ConsulteeRole.LINE_MANAGER)
                .consultee(school.staff.get(Designation.LINE_MANAGER))
                .recordedBy(school.staff.get(Designation.LINE_MANAGER)));
    ConsultationId headChecked =
        consult(
            liaison,
            ConsultationRecord.builder()
                .id(ConsultationId.of("C-HEAD-1"))
                .pupil(family.pupil())
                .topic(Topic.OUTCOMES)
                .consultedBy(teacher)
                .role(ConsulteeRole.HEADSHIP)
                .consultee(head)
                .recordedBy(head)
                .classifiedAs(ConfidentialityLevel.SCHOOL_INTERNAL));
    // The LA team is consulted as the case unfolds: the latest consultation on record is the one
    // that counts.
    java.util.function.Supplier<ConsultationId> laOpen =
        () ->
            consult(
                liaison,
                ConsultationRecord.builder()
                    .id(ConsultationId.of("C-LA-1"))
                    .pupil(childrensHome.pupil())
                    .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                    .consultedBy(siteManager)
                    .recordedBy(dsl)
                    .role(ConsulteeRole.LA_SAFEGUARDING_TEAM));
    java.util.function.Supplier<ConsultationId> laAgreed =
        () ->
            liaison
                .sharing()
                .recordConsultation(
                    ConsultationRecord.builder()
                        .id(ConsultationId.of("C-LA-2"))
                        .pupil(childrensHome.pupil())
                        .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                        .consultedBy(siteManager)
                        .recordedBy(dsl)
                        .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                        .consultedAt(Instant.parse("2026-11-19T16:00:00Z"))
                        .outcome(ConsultationOutcome.AGREED)
                        .whoInformsOtherServices(WhoInforms.REFERRER)
                        .build())
                .id();
    Map<String, java.util.function.Supplier<SharingRequest>> questions = new LinkedHashMap<>();
    questions.put(
        "Teacher tells a parent with parental responsibility about attendance",
        () ->
            ask(
                    teacher,
                    family,
                    Topic.ATTENDANCE,
                    Recipient.familyContact(family.familySide().get(0).id()))
                .build());
    questions.put(
        "Teacher tells a relative without parental responsibility about progress",
        () ->
            ask(teacher, family, Topic.PROGRESS, Recipient.familyContact(DemoSchool.RELATIVE))
                .build());
    questions.put(
        "Teacher tells an outside agency about a pupil's risks",
        () ->
            ask(teacher, family, Topic.RISKS, Recipient.outside(RecipientKind.EXTERNAL_AGENCY))
                .build());
    questions.put(
        "Support assistant shares behaviour notes with the pupil's teacher",
        () -> ask(assistant, family, Topic.BEHAVIOUR, Recipient.staff(teacher)).build());
    questions.put(
        "... after the line manager agreed (a consultation on record)",
        () ->
            ask(assistant, family, Topic.BEHAVIOUR, Recipient.staff(teacher))
                .addConsultations(lineManager)
                .build());
    questions.put(
        "Teacher is unsure whether something is confidential",
        () ->
            ask(teacher, family, Topic.OUTCOMES, Recipient.staff(assistant)).inDoubt(true).build());
    questions.put(
        "... after the headteacher checked it and classified it school-internal",
        () ->
            ask(teacher, family, Topic.OUTCOMES, Recipient.staff(assistant))
                .inDoubt(true)
                .addConsultations(headChecked)
                .build());
    questions.put(
        "The liaison form, for the assistant headteacher",
        () ->
            ask(
                    head,
                    family,
                    Topic.PARTICIPATION_AND_ENGAGEMENT,
                    Recipient.staff(school.staff.get(Designation.ASSISTANT_HEADTEACHER)))
                .raisedLevel(ConfidentialityLevel.RESTRICTED)
                .build());
    questions.put(
        "The liaison form, for the school office",
        () ->
            ask(head, family, Topic.PARTICIPATION_AND_ENGAGEMENT, Recipient.staff(office))
                .raisedLevel(ConfidentialityLevel.RESTRICTED)
                .build());
    questions.put(
        "The support assistant, a named liaison person, is given the pupil's EHCP information",
        () -> ask(teacher, family, Topic.SUPPORT_PLAN, Recipient.staff(assistant)).build());
    questions.put(
        "The office asks for the pupil's EHCP information for itself",
        () -> ask(office, family, Topic.SUPPORT_PLAN, Recipient.staff(office)).build());
    questions.put(
        "Site manager: safeguarding incident, to the child's children's home (LP36-6.1)",
        () -> safeguarding(siteManager, childrensHome).build());
    questions.put(
        "... the LA team agreed, but who tells the other services is not settled",
        () -> safeguarding(siteManager, childrensHome).addConsultations(laOpen.get()).build());
    questions.put(
        "... the LA team agreed and the referrer will tell the other services",
        () -> safeguarding(siteManager, childrensHome).addConsultations(laAgreed.get()).build());
    questions.put(
        "The office tells the public about the school's celebration events",
        () ->
            ask(office, family, Topic.CELEBRATION_EVENTS, Recipient.outside(RecipientKind.PUBLIC))
                .build());

    List<Map<String, Object>> answers = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, java.util.function.Supplier<SharingRequest>> question :
        questions.entrySet()) {
      Decision d = liaison.sharing().decide(question.getValue().get());
      line(String.format(Locale.ROOT, "%2d. %s", n++, question.getKey()));
      line(
          "    "
              + d.outcome()
              + d.denyReason().map(r -> " (" + r + ")").orElse("")
              + (d.consult().isEmpty() ? "" : " — consult " + d.consult())
              + "  clauses "
              + d.clauses());
      line("    " + d.explanation());
      for (Obligation o : d.obligations()) {
        line("    obligation " + o);
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("question", question.getKey());
      answer.put("decision", d);
      answers.add(answer);
    }
    results.put("decisions", answers);
  }

  private static ConsultationId consult(Liaison liaison, ConsultationRecord.Builder consultation) {
    return liaison
        .sharing()
        .recordConsultation(
            consultation
                .consultedAt(Instant.parse("2026-11-19T14:00:00Z"))
                .outcome(ConsultationOutcome.AGREED)
                .build())
        .id();
  }

  private static SharingRequest.Builder ask(
      StaffId requester, LiaisonPlan plan, Topic topic, Recipient recipient) {
    return SharingRequest.builder()
        .requester(requester)
        .pupil(plan.pupil())
        .topic(topic)
        .recipient(recipient)
        .purpose(Purpose.ROUTINE_LIAISON);
  }

  private static SharingRequest.Builder safeguarding(StaffId siteManager, LiaisonPlan plan) {
    return ask(
            siteManager,
            plan,
            Topic.CONCERNS_AND_SAFEGUARDING,
            Recipient.outside(RecipientKind.OTHER_GROUP_SERVICE))
        .purpose(Purpose.SAFEGUARDING);
  }

  /**
   * Two leavers' child protection files (KCSIE, LP36-4e): one moved in November and its file was received; one
   * leaves at the end of term, so its file is due in the first week of the spring term.
   */
  private void leavers(Liaison liaison, DemoSchool school, SteppingClock clock) {
    section("Leavers' child protection files (LP36-4e, Keeping Children Safe in Education)");
    StaffId dsl = school.staff.get(Designation.DESIGNATED_SAFEGUARDING_LEAD);
    LiaisonPlan moved = school.plans.get(1);
    LiaisonPlan leaving = school.plans.get(2);
    for (LiaisonPlan plan : List.of(moved, leaving)) {
      Instant at = Instant.parse("2026-11-02T15:30:00Z");
      clock.set(at.plusSeconds(3600));
      liaison
          .records()
          .record(
              ContactRecord.builder()
                  .id(ContactRecordId.of(plan.pupil().value() + "-concern"))
                  .pupil(plan.pupil())
                  .plan(plan.id())
                  .planVersion(plan.version())
                  .staff(school.staff.get(Designation.TEACHER))
                  .addCounterpart(plan.familySide().get(0).id())
                  .occurredAt(at)
                  .recordedAt(at.plusSeconds(3600))
                  .method(plan.routine().method())
                  .kind(ContactKind.ROUTINE)
                  .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                  .summary(
                      ConfidentialText.of("A concern raised with the family and passed to the DSL"))
                  .level(ConfidentialityLevel.SAFEGUARDING)
                  .location(plan.recording().location())
                  .build());
    }
    clock.set(Instant.parse("2026-11-13T16:00:00Z"));
    FileTransfer inYear =
        liaison
            .childProtectionFiles()
            .recordLeaving(
                TransferId.of("CPT-1"),
                moved.pupil(),
                LocalDate.of(2026, 11, 13),
                "Northgate Academy",
                dsl);
    line(
        "  "
            + moved.pupil()
            + " left on "
            + inYear.leftOn()
            + " ("
            + inYear.timing()
            + "): file due by "
            + inYear.dueBy()
            + ", the fifth school day after");
    clock.set(Instant.parse("2026-11-16T09:00:00Z"));
    TransferBundle bundle =
        liaison.childProtectionFiles().send(inYear.id(), TransferMethod.SECURE_ELECTRONIC, dsl);
    clock.set(Instant.parse("2026-11-17T11:00:00Z"));
    FileTransfer received =
        liaison
            .childProtectionFiles()
            .confirmReceipt(
                inYear.id(),
                "DSL, Northgate Academy",
                LocalDate.of(2026, 11, 17),
                bundle.seal(),
                dsl);
    line(
        "  Sent "
            + bundle.items().size()
            + " records sealed "
            + bundle.seal().substring(0, 12)
            + "…, each audited; receipt confirmed on "
            + received.receivedOn().orElseThrow()
            + " with the same seal");
    FileTransfer endOfTerm =
        liaison
            .childProtectionFiles()
            .recordLeaving(
                TransferId.of("CPT-2"),
                leaving.pupil(),
                DemoSchool.TERM_END,
                "Southfield College",
                dsl);
    line(
        "  "
            + leaving.pupil()
            + " leaves on "
            + endOfTerm.leftOn()
            + " ("
            + endOfTerm.timing()
            + "): file due by "
            + endOfTerm.dueBy()
            + ", the fifth day of the spring term");
    // The destination and the receiver's name stay out of the demo's JSON, as out of every log.
    results.put(
        "fileTransfers",
        List.of(received, endOfTerm).stream()
            .map(
                t ->
                    Map.of(
                        "id",
                        t.id().value(),
                        "pupil",
                        t.pupil().value(),
                        "timing",
                        t.timing().name(),
                        "dueBy",
                        t.dueBy().toString(),
                        "state",
                        t.state().name()))
            .toList());
  }

  /** HSL-10: the policy as a page, staff acknowledgements of the version in force, a parent's request for a copy. */
  private Path publication(Liaison liaison, DemoSchool school, Path database) {
    section("The policy, available to all (HSL-10)");
    // Every member of staff but the office has read it; the chair of governors is not staff
    // (HSL-3).
    long staff = school.staff.keySet().stream().filter(Designation::isStaffPost).count();
    for (Map.Entry<Designation, StaffId> member : school.staff.entrySet()) {
      if (member.getKey().isStaffPost() && member.getKey() != Designation.OFFICE) {
        liaison.publication().acknowledge(member.getValue());
      }
    }
    StaffId head = school.staff.get(Designation.HEADTEACHER);
    line(
        "  "
            + (staff - 1)
            + " of "
            + staff
            + " staff acknowledged version "
            + liaison.pack().version()
            + " of "
            + liaison.pack().id()
            + "; not yet: "
            + liaison.publication().notAcknowledged(head));
    CopyRequest request =
        liaison
            .publication()
            .recordCopyRequest(
                "COPY-1",
                "A parent of Year 9",
                RequesterKind.PARENT,
                school.staff.get(Designation.OFFICE));
    line(
        "  A "
            + request.requesterKind().name().toLowerCase(Locale.ROOT)
            + " asked for a copy; given version "
            + request.version().version()
            + " (sha256 "
            + request.version().contentHash().substring(0, 12)
            + "…)");
    Path page = database.resolveSibling("policy-document.html");
    try {
      java.nio.file.Files.writeString(page, liaison.publication().document());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    line("  The policy as a document: " + page.toAbsolutePath());
    return page;
  }

  /**
   * LP36-9 / HSL-11: the site's next version drafted (a site may raise a topic's level, LP36-1), compared with the
   * version in force, signed and published to come into force on the first day of the spring term.
   */
  private void policyReview(Liaison liaison, DemoSchool school, PolicyPack group) {
    section("The policy's review (LP36-9, HSL-11)");
    StaffId head = school.staff.get(Designation.HEADTEACHER);
    PolicyPack inForce = liaison.pack();
    PolicyPack draft;
    try {
      com.fasterxml.jackson.databind.node.ObjectNode json =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              LiaisonJson.mapper().readTree(inForce.toJson());
      ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("metadata"))
          .put("version", inForce.version() + 1);
      ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("topicLevels"))
          .put("PROGRESS", "CONFIDENTIAL");
      PolicyPackLoader loader = PolicyPackLoader.create();
      loader.load(group.toJson());
      draft = loader.load(LiaisonJson.mapper().writeValueAsString(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the demo's draft is not valid JSON", e);
    }
    var proposed = liaison.policyReview().propose(draft, head);
    line(
        "  Draft version "
            + draft.version()
            + " of "
            + draft.id()
            + ": progress becomes confidential (a site may"
            + " raise a topic's level, LP36-1). To sign: "
            + proposed.required());
    var comparison = liaison.policyReview().compare(draft.version(), head);
    line(
        "  Compared on all "
            + comparison.checked()
            + " requests: newly permits "
            + comparison.widened()
            + ", newly forbids "
            + comparison.narrowed()
            + ", for example:");
    comparison.closed().stream().limit(2).forEach(change -> line("    " + change.summary()));
    liaison.policyReview().ratify(draft.version(), head);
    LocalDate springTerm = LocalDate.of(2027, 1, 4);
    var publication =
        liaison
            .policyReview()
            .publish(draft.version(), springTerm, "Progress information made confidential", head);
    PolicyPack next = liaison.policyReview().inForceOn(springTerm);
    line(
        "  Signed by the headteacher; published, in force from "
            + publication.inForceFrom()
            + " (today version "
            + liaison.pack().version()
            + " is in force); next review due "
            + next.metadata().reviewDue()
            + "; review history: "
            + next.metadata().reviewHistory().size()
            + " entry");
    results.put(
        "policyReview",
        Map.of(
            "version",
            next.version(),
            "inForceFrom",
            springTerm.toString(),
            "nextReview",
            next.metadata().reviewDue().toString(),
            "newlyPermits",
            comparison.widened(),
            "newlyForbids",
            comparison.narrowed(),
            "contentHash",
            next.contentHash()));
  }

  private void toDo(Liaison liaison, DemoSchool school) {
    List<ToDoItem> items = liaison.toDo().items(school.staff.get(Designation.HEADTEACHER));
    section(
        "To-do list on "
            + DemoSchool.TERM_END
            + ", as the headteacher sees it: "
            + items.size()
            + " items");
    for (ToDoItem item : items) {
      line(
          String.format(
              Locale.ROOT,
              "  %s %s %-28s %-8s %s%s",
              item.due(),
              item.overdue() ? "OVERDUE" : "due    ",
              item.owner(),
              item.clause().id(),
              item.action(),
              " — " + item.subject()));
    }
    results.put("toDo", items);
  }

  private void monitoring(MonitoringReport report) {
    section("Monitoring, " + report.from() + " to " + report.to() + " (LP36-7)");
    for (CohortLiaison cohort : report.cohorts()) {
      line(
          String.format(
              Locale.ROOT,
              "  %-26s pupils %d, with plan %d, routine contacts %d of %d expected (%.0f%%),"
                  + " overdue %d%s",
              cohort.residence(),
              cohort.pupils(),
              cohort.withPlan(),
              cohort.actualRoutineContacts(),
              cohort.expectedRoutineContacts(),
              100 * cohort.compliance(),
              cohort.overduePupils(),
              cohort.emergencyContacts() == 0
                  ? ""
                  : ", emergency response "
                      + cohort.medianEmergencyResponseMinutes().orElseThrow()
                      + " min"));
    }
    for (PupilLiaison pupil : report.pupils()) {
      if (pupil.overdue()) {
        line(
            "  Overdue: "
                + pupil.pupil()
                + " — routine contact "
                + pupil.daysOverdue()
                + " days overdue");
      }
    }
    for (ReviewDueItem review : report.reviewsDue()) {
      line(
          "  Review overdue: "
              + review.kind()
              + " "
              + review.id()
              + " was due by "
              + review.dueBy()
              + " ("
              + review.daysOverdue()
              + " days ago)");
    }
    line(
        "  Pupils without a plan: "
            + report.pupilsWithoutPlan().size()
            + "; staff in repeated out-of-hours"
            + " contact with one family (HSL-2, "
            + report.repeatedOutOfHoursThreshold()
            + " or more): "
            + report.repeatedOutOfHours().size()
            + "; liaison persons without the pupil's IEP/EHCP (LP36-5.1): "
            + report.supportPlanGaps().size());
    report.series().stream()
        .filter(series -> series.scope().equals("SCHOOL"))
        .findFirst()
        .ifPresent(
            school -> {
              for (var term : school.terms()) {
                line(
                    String.format(
                        Locale.ROOT,
                        "  Term by term: %s, %d school days, routine contacts %d of %.1f expected",
                        term.period(),
                        term.schoolDays(),
                        term.actual(),
                        term.expected()));
              }
              long quiet = school.weeks().stream().filter(week -> week.schoolDays() == 0).count();
              for (var indicator : report.indicators()) {
                if (indicator.value().isPresent()) {
                  line(
                      String.format(
                          Locale.ROOT,
                          "  LP36-2 %s (%s): %.0f%%, %d of %d",
                          indicator.aim(),
                          indicator.cohort(),
                          100 * indicator.value().get(),
                          indicator.numerator(),
                          indicator.denominator()));
                }
              }
              line(
                  "  Week by week: "
                      + school.weeks().size()
                      + " weeks, "
                      + quiet
                      + " without a school day (holidays expect no routine contact)");
            });
  }

  private void section(String title) {
    if (!json) {
      out.println();
      out.println("== " + title);
    }
  }

  private void line(String text) {
    if (!json) {
      out.println(text);
    }
  }

  private static void dropEverything(JdbcDataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    } catch (SQLException e) {
      throw new IllegalStateException("could not reset the demo database", e);
    }
  }
}
