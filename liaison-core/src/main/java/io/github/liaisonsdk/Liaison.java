package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.contact.ExternalContactWorkflow;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.contact.WorkflowException;
import io.github.liaisonsdk.monitoring.Monitoring;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.privacy.DisposalReport;
import io.github.liaisonsdk.privacy.RetentionSchedule;
import io.github.liaisonsdk.privacy.SubjectAccessExport;
import io.github.liaisonsdk.pupil.Pupil;
import java.util.Set;
import java.time.LocalDate;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.PlanConformance;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.DepartureHandling;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import io.github.liaisonsdk.internal.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK facade: one policy pack, one store, one clock. Every use case goes through it and is held to the pack;
 * every decision it takes is written to the audit trail.
 *
 * <p>Build once at start-up and share: thread-safe.
 *
 * <pre>{@code
 * Liaison liaison = Liaison.builder()
 *     .pack(StandardPacks.lp36())
 *     .store(InMemoryStore.create())
 *     .clock(Clock.systemUTC())
 *     .build();
 * Decision decision = liaison.decide(request);
 * }</pre>
 */
public final class Liaison {
  /** Logs ids, outcomes and clause ids only: never names and never confidential text. */
  private static final Logger LOG = LoggerFactory.getLogger(Liaison.class);
  private static final ServiceId HOME = ServiceId.of("school");
  private static final String SAFEGUARDING_AGREEMENT = "safeguarding agreement";
  private final PolicyPack pack;
  private final LiaisonStore store;
  private final Clock clock;
  private final DecisionEngine engine;
  private final AuditTrail audit;
  private final ZoneId zone;

  private Liaison(Builder builder) {
    this.pack = Objects.requireNonNull(builder.pack, "pack");
    this.store = Objects.requireNonNull(builder.store, "store");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.zone = Objects.requireNonNull(builder.zone, "zone");
    this.engine = DecisionEngine.compile(pack);
    this.audit = new AuditTrail(store.audit(), clock);
    registerPack();
    LOG.info("deciding under policy pack {}@{} (sha256 {}) on {} in {}", LogSafe.of(pack.id()), pack.version(),
        pack.contentHash(), store.getClass().getSimpleName(), zone);
  }

  /**
   * Starts a facade.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The pack the facade enforces.
   *
   * @return the pack
   */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * The store.
   *
   * @return the store
   */
  public LiaisonStore store() {
    return store;
  }

  /**
   * The audit trail.
   *
   * @return the trail
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * Decides a sharing request under the pack and records the decision in the audit trail: outcome, clauses, pack
   * and hash, and the request's pseudonymous facts. The request holds no confidential text, so neither does the
   * event.
   *
   * @param request the request
   * @return the decision
   */
  public Decision decide(SharingRequest request) {
    Decision decision = engine.decide(request);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("outcome", decision.outcome().name());
    decision.denyReason().ifPresent(reason -> details.put("denyReason", reason.name()));
    details.put("clauses", String.join(",", decision.clauses()));
    if (!decision.consult().isEmpty()) {
      details.put("consult", decision.consult().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
    details.put("pack", pack.id() + "@" + pack.version());
    details.put("packHash", pack.contentHash());
    details.put("topic", request.topic().name());
    details.put("level", request.level().map(Enum::name).orElse("UNCLASSIFIED"));
    details.put("recipient", request.recipient().name());
    request.recipientDesignation().ifPresent(d -> details.put("recipientDesignation", d.name()));
    details.put("requesterDesignation", request.requesterDesignation().name());
    details.put("purpose", request.purpose().name());
    details.put("urgency", request.urgency().name());
    request.lawfulBasis().ifPresent(basis -> details.put("lawfulBasis", basis.name()));
    if (!request.consultations().isEmpty()) {
      details.put("consultations", request.consultations().stream()
          .map(c -> c.role() + ":" + c.outcome()).collect(Collectors.joining(",")));
      details.put("consultees", request.consultations().stream()
          .map(Liaison::consultee).collect(Collectors.joining(";")));
    }
    audit.record(AuditEventType.DECISION, Optional.of(request.requester()), request.pupil().value(), details);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} for pupil {} on {} to {} under {} ({})", decision.outcome(), LogSafe.of(request.pupil().value()),
          request.topic(), request.recipient(), LogSafe.of(pack.id()), details.get("clauses"));
    }
    return decision;
  }

  /**
   * Records a contact, checked against the pupil's liaison plan (LP36-4d): where the recording plan says, by a named
   * person, with the plan's contacts, on its topics, in time. Departures are refused or flagged as the pack says.
   * Out-of-hours contact is not recorded here: it goes through the disclosure workflow (HSL-6 to HSL-8).
   *
   * @param record the record
   * @return the record stored and any flagged departures
   * @throws LiaisonValidationException for departures the pack refuses, naming each with its clause
   * @throws io.github.liaisonsdk.port.NotFoundException if the plan version is not held
   * @throws io.github.liaisonsdk.port.ConcurrentUpdateException if a record with that id exists
   */
  public RecordingResult recordContact(ContactRecord record) {
    if (record.kind() == ContactKind.OUT_OF_HOURS) {
      throw new LiaisonValidationException("ContactRecord", Violation.of("kind",
          "out-of-hours contact is logged through the disclosure workflow, after the headteacher's approval",
          "HSL-8"));
    }
    LiaisonPlan plan = planVersion(record.plan(), record.planVersion());
    List<Violation> departures = PlanConformance.departures(plan, record, zone);
    if (!departures.isEmpty() && pack.recordingDepartures() == DepartureHandling.REFUSE) {
      LOG.info("contact {} refused: {} departures from plan {} ({})", LogSafe.of(record.id().value()),
          departures.size(), LogSafe.of(record.plan().value()), clausesOf(departures));
      throw new LiaisonValidationException("ContactRecord", departures);
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "contact recorded");
    details.put("record", record.id().value());
    details.put("kind", record.kind().name());
    details.put("level", record.level().name());
    details.put("location", record.location().name());
    details.put("topics", record.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    if (!departures.isEmpty()) {
      details.put("departures", departures.stream().map(v -> v.path() + "[" + v.clause() + "]")
          .collect(Collectors.joining(",")));
    }
    store.inTransaction(tx -> {
      tx.contacts().append(record);
      new AuditTrail(tx.audit(), clock).record(AuditEventType.WRITE, Optional.of(record.staff()),
          record.pupil().value(), details);
      return null;
    });
    if (departures.isEmpty()) {
      LOG.debug("contact {} recorded for pupil {}", LogSafe.of(record.id().value()),
          LogSafe.of(record.pupil().value()));
    } else {
      LOG.info("contact {} recorded with {} departures flagged ({})", LogSafe.of(record.id().value()),
          departures.size(), clausesOf(departures));
    }
    return new RecordingResult(record, departures);
  }

  private static String clausesOf(List<Violation> violations) {
    return violations.stream().map(Violation::clause).filter(Objects::nonNull).distinct().sorted()
        .collect(Collectors.joining(","));
  }

  /**
   * Appends a correction to a contact record. The original stays as written; the amendment must leave a valid
   * record (LP36-4d).
   *
   * @param amendment the correction
   * @throws io.github.liaisonsdk.port.NotFoundException if the record is not held
   */
  public void amendContact(Amendment amendment) {
    ContactRecord original = store.contacts().find(amendment.record()).orElseThrow(() ->
        new NotFoundException("contact record " + amendment.record() + " is not held"));
    ContactRecord current = original;
    for (Amendment earlier : store.contacts().amendments(amendment.record())) {
      current = earlier.applyTo(current);
    }
    amendment.applyTo(current);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "contact amended");
    details.put("record", amendment.record().value());
    details.put("reason", amendment.reason());
    store.inTransaction(tx -> {
      tx.contacts().amend(amendment);
      new AuditTrail(tx.audit(), clock).record(AuditEventType.WRITE, Optional.of(amendment.author()),
          original.pupil().value(), details);
      return null;
    });
  }

  /**
   * Reads a contact record as the policy lets this member of staff see it: the content if a decision permits it
   * (the record's author always sees their own), otherwise its existence and a summary signal. Restricted records
   * are not even shown to exist for readers they are not permitted to (HSL-9). Every read of a restricted or
   * safeguarding record is audited, permitted or not.
   *
   * @param id the record
   * @param reader who reads
   * @param consultations consultations the reader has recorded, such as their line manager's agreement (HSL-4)
   * @return the view
   * @throws AccessDeniedException if the reader may not know the record exists
   */
  public RecordView readContact(ContactRecordId id, StaffId reader, Consultation... consultations) {
    ContactRecord record = store.contacts().find(id).orElseThrow(() ->
        new NotFoundException("contact record " + id + " is not held"));
    StaffMember member = staffMember(reader);
    RecordView view = view(record, member, List.of(consultations));
    if (view == null) {
      throw new AccessDeniedException("contact record " + id + " is restricted and not readable by " + reader,
          List.of("HSL-9"));
    }
    return view;
  }

  /**
   * A pupil's chronology as this member of staff may see it: every record they may know exists, oldest first, with
   * content where the policy permits.
   *
   * @param pupil the pupil
   * @param reader who reads
   * @return the views
   */
  public List<RecordView> chronology(PupilId pupil, StaffId reader) {
    StaffMember member = staffMember(reader);
    List<RecordView> views = new ArrayList<>();
    for (ContactRecord record : store.contacts().chronology(pupil)) {
      RecordView view = view(record, member, List.of());
      if (view != null) {
        views.add(view);
      }
    }
    return views;
  }

  private RecordView view(ContactRecord record, StaffMember reader, List<Consultation> consultations) {
    List<String> withheldBy = List.of();
    boolean granted = record.staff().equals(reader.id());
    if (!granted) {
      Relevance relevance = store.plans().latest(record.plan()).map(p -> p.names(reader.id())).orElse(false)
          ? Relevance.NAMED_LIAISON_PERSON
          : reader.designations().stream().anyMatch(d -> d.isHeadship()
              || d == Designation.DESIGNATED_SAFEGUARDING_LEAD) ? Relevance.RELEVANT_PARTY : Relevance.NOT_RELEVANT;
      Decision refusal = null;
      for (Designation designation : reader.designations()) {
        Decision worst = null;
        for (Topic topic : record.topics()) {
          Decision d = engine.decide(SharingRequest.builder().pupil(record.pupil()).topic(topic).level(record.level())
              .originService(HOME).requester(reader.id()).requesterDesignation(designation)
              .recipient(RecipientKind.STAFF_IN_SCHOOL).recipientDesignation(designation)
              .recipientRelevance(relevance).purpose(Purpose.INFORMATION_REQUEST).consultations(consultations)
              .build());
          if (!d.permits()) {
            worst = d;
            break;
          }
        }
        if (worst == null) {
          granted = true;
          break;
        }
        refusal = worst;
      }
      if (!granted) {
        withheldBy = refusal.clauses();
      }
    }
    boolean sensitive = record.level().isAtLeast(ConfidentialityLevel.RESTRICTED);
    if (sensitive) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("record", record.id().value());
      details.put("level", record.level().name());
      details.put("granted", Boolean.toString(granted));
      if (!granted) {
        details.put("clauses", String.join(",", withheldBy));
      }
      audit.record(AuditEventType.RESTRICTED_READ, Optional.of(reader.id()), record.pupil().value(), details);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} record {} read by {}: {}", record.level(), LogSafe.of(record.id().value()),
            LogSafe.of(reader.id().value()), granted ? "granted" : "withheld (" + details.get("clauses") + ")");
      }
    }
    if (!granted && record.level() == ConfidentialityLevel.RESTRICTED) {
      return null;
    }
    return new RecordView(record.id(), record.pupil(), record.occurredAt(), record.kind(), record.topics(),
        record.level(), granted ? Optional.of(record) : Optional.empty(),
        granted ? store.contacts().amendments(record.id()) : List.of(), withheldBy);
  }

  /**
   * A member of staff discloses a contact or planned meeting with a pupil or family outside school, on school
   * business or not (HSL-6). The case waits for the headteacher's review (HSL-7).
   *
   * @param id the new case's id
   * @param pupil the pupil
   * @param staff who is in contact
   * @param onSchoolBusiness whether it is on school business
   * @param circumstances who, where and why; confidential
   * @param plannedFor the date of a planned meeting, if any
   * @return the case, version 1
   */
  public ExternalContactCase discloseExternalContact(CaseId id, PupilId pupil, StaffId staff,
      boolean onSchoolBusiness, ConfidentialText circumstances, Optional<LocalDate> plannedFor) {
    staffMember(staff);
    ExternalContactCase disclosed = ExternalContactCase.builder().id(id).version(1).pupil(pupil).staff(staff)
        .onSchoolBusiness(onSchoolBusiness).circumstances(circumstances).disclosedAt(clock.instant())
        .plannedFor(plannedFor).state(CaseState.DISCLOSED).build();
    return saveCase(disclosed, null, staff, "disclosed", "HSL-6", null);
  }

  /**
   * The headteacher reviews a disclosed contact: answers the conflict-of-interest question (HSL-2) and approves,
   * approves with conditions or declines, with reasons (HSL-7).
   *
   * @param id the case
   * @param review the review
   * @return the reviewed case
   * @throws WorkflowException if the case was already decided or the reviewer disclosed the contact themselves
   * @throws AccessDeniedException if the reviewer is not the headteacher
   */
  public ExternalContactCase reviewExternalContact(CaseId id, HeadReview review) {
    ExternalContactCase current = latestCase(id);
    CaseState next = ExternalContactWorkflow.next(current.state(), review.decision());
    if (!staffMember(review.reviewer()).holds(Designation.HEADTEACHER)) {
      throw new AccessDeniedException("only the headteacher reviews a disclosure: " + review.reviewer()
          + " may not review case " + id, List.of("HSL-7"));
    }
    if (review.reviewer().equals(current.staff())) {
      throw new WorkflowException(current.state(), review.decision(), "no one approves their own disclosure",
          "HSL-7");
    }
    ExternalContactCase reviewed = ExternalContactCase.builder().from(current).version(current.version() + 1)
        .state(next).review(review).build();
    return saveCase(reviewed, current, review.reviewer(), review.decision().name(), "HSL-7",
        "conflictOfInterest=" + review.conflictOfInterest());
  }

  /**
   * The approved contact went ahead: log it on the liaison form (HSL-8), readable only by the headteacher and
   * assistant headteacher (HSL-9). The record and the case move together or not at all.
   *
   * @param id the case
   * @param record the liaison-form entry: out-of-hours, on the liaison form, restricted
   * @return the case, logged
   * @throws WorkflowException if the case was not approved
   */
  public ExternalContactCase logExternalContact(CaseId id, ContactRecord record) {
    ExternalContactCase current = latestCase(id);
    CaseState next = ExternalContactWorkflow.next(current.state(), CaseAction.LOG_CONTACT);
    List<Violation> wrong = new ArrayList<>();
    if (record.kind() != ContactKind.OUT_OF_HOURS || record.location() != RecordLocation.LIAISON_FORM) {
      wrong.add(Violation.of("kind", "an out-of-hours contact is logged as OUT_OF_HOURS on the LIAISON_FORM",
          "HSL-8"));
    }
    if (!record.pupil().equals(current.pupil()) || !record.staff().equals(current.staff())) {
      wrong.add(Violation.of("pupil", "the log entry is for the case's pupil and member of staff", "HSL-8"));
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException("ContactRecord", wrong);
    }
    ExternalContactCase logged = ExternalContactCase.builder().from(current).version(current.version() + 1)
        .state(next).addLogged(record.id()).build();
    return store.inTransaction(tx -> {
      tx.contacts().append(record);
      return saveCase(tx, logged, current, record.staff(), "logged " + record.id(), "HSL-8", null);
    });
  }

  /**
   * The member of staff withdraws the disclosure, or ends the connection.
   *
   * @param id the case
   * @param by who withdraws: the member of staff or the headteacher
   * @return the withdrawn case
   */
  public ExternalContactCase withdrawExternalContact(CaseId id, StaffId by) {
    ExternalContactCase current = latestCase(id);
    CaseState next = ExternalContactWorkflow.next(current.state(), CaseAction.WITHDRAW);
    if (!by.equals(current.staff()) && !staffMember(by).holds(Designation.HEADTEACHER)) {
      throw new AccessDeniedException("only the member of staff or the headteacher withdraws case " + id,
          List.of("HSL-7"));
    }
    return saveCase(ExternalContactCase.builder().from(current).version(current.version() + 1).state(next).build(),
        current, by, "withdrawn", "HSL-6", null);
  }

  /**
   * Records a contact found later that was never disclosed (HSL-6): a closed breach case.
   *
   * @param id the new case's id
   * @param pupil the pupil
   * @param staff the member of staff who did not disclose
   * @param recordedBy the headteacher or assistant headteacher recording it
   * @param circumstances what was found; confidential
   * @return the breach case
   */
  public ExternalContactCase recordUndisclosedContact(CaseId id, PupilId pupil, StaffId staff, StaffId recordedBy,
      ConfidentialText circumstances) {
    if (staffMember(recordedBy).designations().stream().noneMatch(Designation::isHeadship)) {
      throw new AccessDeniedException("a breach is recorded by the headteacher or an assistant headteacher",
          List.of("HSL-6", "HSL-7"));
    }
    staffMember(staff);
    ExternalContactCase breach = ExternalContactCase.builder().id(id).version(1).pupil(pupil).staff(staff)
        .onSchoolBusiness(false).circumstances(circumstances).disclosedAt(clock.instant())
        .state(CaseState.BREACH_RECORDED).breachRecordedBy(recordedBy).build();
    return saveCase(breach, null, recordedBy, "breach recorded", "HSL-6", null);
  }

  /**
   * The monitoring report for a period (LP36-7): this pack and the group pack it extends are checked for review
   * dates (HSL-11).
   *
   * @param from the first day
   * @param to the last day
   * @return the report
   */
  public MonitoringReport monitoringReport(LocalDate from, LocalDate to) {
    List<PolicyPack> packs = new ArrayList<>();
    for (PolicyPack p = pack; p != null; p = p.group().orElse(null)) {
      packs.add(p);
    }
    return Monitoring.report(store, packs, from, to, clock, zone);
  }

  /**
   * Erases the contact records whose retention period has ended (LP36-4e), except those of pupils under a legal
   * hold, and audits every erasure by id. A record whose period counts from an unknown date of birth is kept.
   *
   * @param legalHolds pupils whose records must be kept whatever their age
   * @return what was erased, held and kept
   */
  public DisposalReport disposalRun(Set<PupilId> legalHolds) {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    RetentionSchedule schedule = new RetentionSchedule(pack, zone);
    List<ContactRecordId> disposed = new ArrayList<>();
    List<ContactRecordId> held = new ArrayList<>();
    List<ContactRecordId> undated = new ArrayList<>();
    for (Pupil pupil : store.pupils().all()) {
      for (ContactRecord record : store.contacts().chronology(pupil.id())) {
        Optional<LocalDate> due = schedule.disposableFrom(record, pupil.dateOfBirth());
        if (due.isEmpty()) {
          undated.add(record.id());
        } else if (!today.isBefore(due.get())) {
          if (legalHolds.contains(pupil.id())) {
            held.add(record.id());
          } else {
            store.inTransaction(tx -> {
              tx.contacts().dispose(record.id());
              new AuditTrail(tx.audit(), clock).record(AuditEventType.DISPOSAL, Optional.empty(),
                  pupil.id().value(), Map.of("record", record.id().value(), "recordKind",
                      RetentionSchedule.kindOf(record).name(), "dueFrom", due.get().toString()));
              return null;
            });
            disposed.add(record.id());
          }
        }
      }
    }
    LOG.info("disposal run on {}: {} records erased, {} kept under legal hold, {} kept without a date of birth",
        today, disposed.size(), held.size(), undated.size());
    return new DisposalReport(today, disposed, held, undated);
  }

  /**
   * Everything held about a pupil, as the member of staff preparing a subject access response may see it
   * (LP36-4e). The export is audited.
   *
   * @param pupil the pupil
   * @param preparedBy who prepares it
   * @return the export, ready to serialise as JSON
   */
  public SubjectAccessExport subjectAccessExport(PupilId pupil, StaffId preparedBy) {
    Pupil held = store.pupils().find(pupil).orElseThrow(() -> new NotFoundException("pupil " + pupil
        + " is not held"));
    List<LiaisonPlan> plans = new ArrayList<>();
    for (LiaisonPlan plan : store.plans().forPupil(pupil)) {
      plans.addAll(store.plans().versions(plan.id()));
    }
    List<RecordView> chronology = chronology(pupil, preparedBy);
    audit.record(AuditEventType.RESTRICTED_READ, Optional.of(preparedBy), pupil.value(),
        Map.of("event", "subject access export", "records", Integer.toString(chronology.size())));
    return new SubjectAccessExport(held, preparedBy, clock.instant(), plans, chronology);
  }

  /**
   * Documents a safeguarding sharing agreement in the child's safeguarding record (LP36-6.3): appended to the
   * tamper-evident trail with the names and designations of everyone involved and who informs the other services.
   * Only the site/service manager, the designated safeguarding lead or the headship record one, and only when the
   * pack permits the share it documents.
   *
   * @param agreement the agreement
   * @throws AccessDeniedException if the recorder may not, or the pack does not permit the share
   */
  public void recordSafeguardingAgreement(SafeguardingAgreement agreement) {
    StaffMember recorder = staffMember(agreement.recordedBy());
    if (!safeguardingPost(recorder)) {
      throw new AccessDeniedException("only the site manager, the designated safeguarding lead or the headship"
          + " records a safeguarding agreement", List.of("LP36-6.1"));
    }
    Pupil pupil = store.pupils().find(agreement.pupil()).orElseThrow(() ->
        new NotFoundException("pupil " + agreement.pupil() + " is not held"));
    Decision decision = engine.decide(SharingRequest.builder().pupil(pupil.id())
        .topic(Topic.CONCERNS_AND_SAFEGUARDING).level(ConfidentialityLevel.SAFEGUARDING)
        .originService(pupil.homeService()).requester(recorder.id())
        .requesterDesignation(recorder.designations().iterator().next())
        .recipient(RecipientKind.OTHER_GROUP_SERVICE).pupilInOtherServices(pupil.involvedInOtherServices())
        .purpose(Purpose.SAFEGUARDING).addConsultation(agreement.laConsultation()).build());
    if (!decision.permits()) {
      throw new AccessDeniedException("the pack does not permit this share: " + decision.outcome(),
          decision.clauses());
    }
    audit.record(AuditEventType.WRITE, Optional.of(recorder.id()), pupil.id().value(), Map.of(
        "event", SAFEGUARDING_AGREEMENT,
        "clauses", String.join(",", decision.clauses()),
        "agreement", LiaisonJson.write(agreement)));
  }

  /**
   * The safeguarding agreements documented for a child (LP36-6.3), for the posts that hold safeguarding records.
   *
   * @param pupil the child
   * @param reader who reads: the site manager, the designated safeguarding lead or the headship
   * @return the agreements, oldest first
   */
  public List<SafeguardingAgreement> safeguardingAgreements(PupilId pupil, StaffId reader) {
    StaffMember member = staffMember(reader);
    boolean allowed = safeguardingPost(member);
    audit.record(AuditEventType.RESTRICTED_READ, Optional.of(reader), pupil.value(),
        Map.of("event", "safeguarding agreements read", "granted", Boolean.toString(allowed)));
    if (!allowed) {
      throw new AccessDeniedException("safeguarding records are read by the safeguarding posts only",
          List.of("LP36-6.3"));
    }
    List<SafeguardingAgreement> agreements = new ArrayList<>();
    long next = 1;
    for (List<AuditEvent> page = store.audit().read(next, 1000); !page.isEmpty();
        page = store.audit().read(next, 1000)) {
      for (AuditEvent event : page) {
        if (event.subject().equals(pupil.value()) && SAFEGUARDING_AGREEMENT.equals(event.details().get("event"))) {
          agreements.add(LiaisonJson.read(event.details().get("agreement"), SafeguardingAgreement.class));
        }
        next = event.sequence() + 1;
      }
    }
    return agreements;
  }

  private static boolean safeguardingPost(StaffMember member) {
    return member.designations().stream().anyMatch(d -> d.isHeadship() || d == Designation.SITE_MANAGER
        || d == Designation.DESIGNATED_SAFEGUARDING_LEAD);
  }

  private ExternalContactCase latestCase(CaseId id) {
    return store.externalContacts().latest(id).orElseThrow(() -> new NotFoundException("case " + id + " is not held"));
  }

  private ExternalContactCase saveCase(ExternalContactCase next, ExternalContactCase previous, StaffId actor,
      String event, String clause, String note) {
    return store.inTransaction(tx -> saveCase(tx, next, previous, actor, event, clause, note));
  }

  private ExternalContactCase saveCase(LiaisonStore tx, ExternalContactCase next, ExternalContactCase previous,
      StaffId actor, String event, String clause, String note) {
    tx.externalContacts().save(next);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("case", next.id().value());
    details.put("event", event);
    details.put("from", previous == null ? "-" : previous.state().name());
    details.put("to", next.state().name());
    details.put("clause", clause);
    if (note != null) {
      details.put("note", note);
    }
    new AuditTrail(tx.audit(), clock).record(AuditEventType.WORKFLOW, Optional.of(actor), next.pupil().value(),
        details);
    LOG.debug("out-of-hours case {}: {} -> {} by {} ({})", LogSafe.of(next.id().value()), details.get("from"),
        next.state(), LogSafe.of(actor.value()), clause);
    return next;
  }

  private StaffMember staffMember(StaffId id) {
    return store.staff().find(id).orElseThrow(() -> new NotFoundException("member of staff " + id + " is not held"));
  }

  private LiaisonPlan planVersion(PlanId id, int version) {
    return store.plans().versions(id).stream().filter(p -> p.version() == version).findFirst().orElseThrow(() ->
        new NotFoundException("plan " + id + " version " + version + " is not held"));
  }

  private static String consultee(Consultation c) {
    return c.consulteeName() + " (" + c.consulteeDesignation() + ")";
  }

  private void registerPack() {
    PackDocument document = PackDocument.of(pack.id(), pack.version(), pack.toJson());
    if (store.packs().find(pack.id(), pack.version()).isEmpty()) {
      store.inTransaction(tx -> {
        tx.packs().save(document);
        new AuditTrail(tx.audit(), clock).record(AuditEventType.POLICY_PACK, Optional.empty(),
            pack.id() + "@" + pack.version(), Map.of("packHash", pack.contentHash(), "event", "loaded"));
        return null;
      });
    } else {
      // Already registered: saving again is a no-op, or refuses a different pack under the same version.
      store.packs().save(document);
    }
  }

  /** Builds a {@link Liaison}. Not thread-safe; the facade it builds is. */
  public static final class Builder {
    private PolicyPack pack;
    private LiaisonStore store;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Europe/London");

    private Builder() {}

    /**
     * The policy pack to enforce.
     *
     * @param pack the pack
     * @return this
     */
    public Builder pack(PolicyPack pack) {
      this.pack = pack;
      return this;
    }

    /**
     * The store.
     *
     * @param store the store
     * @return this
     */
    public Builder store(LiaisonStore store) {
      this.store = store;
      return this;
    }

    /**
     * The clock every timestamp comes from.
     *
     * @param clock the clock; the system UTC clock if not set
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The school's time zone, which decides the date of a contact and the days of monitoring periods.
     *
     * @param zone the zone; Europe/London if not set
     * @return this
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Builds the facade, compiling the pack and registering it in the store.
     *
     * @return the facade
     */
    public Liaison build() {
      return new Liaison(this);
    }
  }
}
