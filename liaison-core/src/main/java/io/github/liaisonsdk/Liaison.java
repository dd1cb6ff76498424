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
import io.github.liaisonsdk.contact.Amendment;
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
import io.github.liaisonsdk.sharing.Purpose;
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
  private static final ServiceId HOME = ServiceId.of("school");
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
    if (!request.consultations().isEmpty()) {
      details.put("consultations", request.consultations().stream()
          .map(c -> c.role() + ":" + c.outcome()).collect(Collectors.joining(",")));
      details.put("consultees", request.consultations().stream()
          .map(Liaison::consultee).collect(Collectors.joining(";")));
    }
    audit.record(AuditEventType.DECISION, Optional.of(request.requester()), request.pupil().value(), details);
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
    return new RecordingResult(record, departures);
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
    }
    if (!granted && record.level() == ConfidentialityLevel.RESTRICTED) {
      return null;
    }
    return new RecordView(record.id(), record.pupil(), record.occurredAt(), record.kind(), record.topics(),
        record.level(), granted ? Optional.of(record) : Optional.empty(),
        granted ? store.contacts().amendments(record.id()) : List.of(), withheldBy);
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
