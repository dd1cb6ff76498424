package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.audit.AuditLog;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.sharing.DecisionEngine;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The school's enforcement point for its liaison policy: one school, one policy pack, one store, one clock.
 * Everything that reads or changes the school's records goes through the use cases it hands out, each of them
 * held to the pack and audited:
 *
 * <ul>
 *   <li>{@link #school()}: staff and pupils from the MIS synchronisation, plan versions approved by the headship;
 *   <li>{@link #sharing()}: sharing decisions on facts read from the records, consultations, safeguarding agreements;
 *   <li>{@link #records()}: contact records, amendments, reads and chronologies;
 *   <li>{@link #outOfHours()}: the out-of-hours contact workflow (HSL-6 to HSL-9);
 *   <li>{@link #dataProtection()}: disposal and subject access (LP36-4e);
 *   <li>{@link #monitoring()}: the monitoring report (LP36-7);
 *   <li>{@link #publication()}: the policy as a document, copies on request and staff acknowledgements (HSL-10);
 *   <li>{@link #toDo()}: what is due, for each owner, and pushed to the vendor's notifications;
 *   <li>{@link #childProtectionFiles()}: a leaver's child protection file transfer, and disposal reviews (LP36-4e);
 *   <li>{@link #audit()}: the hash-chained audit trail, read-only.
 * </ul>
 *
 * <p>A facade is one school's. The facade never hands out its store: the store is the adapters' port, not a way
 * around the policy. Build once at start-up and share: thread-safe. A vendor hosting many schools asks
 * {@link LiaisonSchools} for each school's facade instead.
 *
 * <pre>{@code
 * Liaison liaison = Liaison.builder()
 *     .pack(StandardPacks.lp36())
 *     .store(JdbcStores.builder(dataSource).build().school(SchoolId.of("urn-100001")))
 *     .build();
 * Decision decision = liaison.sharing().decide(request);
 * }</pre>
 */
public final class Liaison {
  /** Logs ids, outcomes and clause ids only: never names and never confidential text. */
  private static final Logger LOG = LoggerFactory.getLogger(Liaison.class);

  private final SchoolRecords records;
  private final Sharing sharing;
  private final Records contactRecords;
  private final OutOfHours outOfHours;
  private final School school;
  private final DataProtection dataProtection;
  private final Monitoring monitoring;
  private final ChildProtectionFiles childProtectionFiles;
  private final ToDo toDo;
  private final Publication publication;
  private final PolicyReview policyReview;

  private Liaison(
      PacksInForce packs,
      LiaisonStore store,
      Clock clock,
      ZoneId zone,
      boolean inCallerTransaction) {
    this.records = new SchoolRecords(packs, store, clock, zone, inCallerTransaction);
    RecordedFacts facts = new RecordedFacts(records);
    RecordReads reads = new RecordReads(records, facts);
    this.sharing = new SharingService(records, facts);
    this.contactRecords = new RecordsService(records, reads);
    this.outOfHours = new OutOfHoursService(records);
    this.school = new SchoolService(records);
    this.dataProtection = new DataProtectionService(records, reads);
    this.monitoring = new MonitoringService(records);
    this.childProtectionFiles = new ChildProtectionFileService(records);
    this.toDo = new ToDoService(records);
    this.publication = new PublicationService(records);
    this.policyReview = new PolicyReviewService(records);
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
   * The school this facade serves: every record it reads or writes is this school's.
   *
   * @return the school
   */
  public SchoolId schoolId() {
    return records.store.school();
  }

  /**
   * The pack the facade enforces today: the one it was built with, or a later version the school published through
   * {@link #policyReview()} once its day in force has come.
   *
   * @return the pack in force
   */
  public PolicyPack pack() {
    return records.pack();
  }

  /** The pack the facade was built with, whatever version is in force. */
  PolicyPack configuredPack() {
    return records.packs.baseline();
  }

  /**
   * Sharing decisions, consultations and safeguarding agreements.
   *
   * @return the use cases
   */
  public Sharing sharing() {
    return sharing;
  }

  /**
   * Contact records.
   *
   * @return the use cases
   */
  public Records records() {
    return contactRecords;
  }

  /**
   * The out-of-hours contact workflow.
   *
   * @return the use cases
   */
  public OutOfHours outOfHours() {
    return outOfHours;
  }

  /**
   * Staff, pupils and plans.
   *
   * @return the use cases
   */
  public School school() {
    return school;
  }

  /**
   * Disposal and subject access.
   *
   * @return the use cases
   */
  public DataProtection dataProtection() {
    return dataProtection;
  }

  /**
   * The monitoring report.
   *
   * @return the use case
   */
  public Monitoring monitoring() {
    return monitoring;
  }

  /**
   * Child protection file transfers and disposal reviews.
   *
   * @return the use cases
   */
  public ChildProtectionFiles childProtectionFiles() {
    return childProtectionFiles;
  }

  /**
   * The policy made available: its document, copies on request, staff acknowledgements (HSL-10).
   *
   * @return the use cases
   */
  public Publication publication() {
    return publication;
  }

  /**
   * The policy's review: drafts compared with the version in force, ratified by the named signatories, published
   * with a day in force (LP36-9, HSL-11).
   *
   * @return the use cases
   */
  public PolicyReview policyReview() {
    return policyReview;
  }

  /**
   * What is due.
   *
   * @return the use case
   */
  public ToDo toDo() {
    return toDo;
  }

  /**
   * The audit trail, read-only.
   *
   * @return the trail
   */
  public AuditLog audit() {
    return records.audit;
  }

  /**
   * The same school, pack and compiled engine working in a unit of work the caller holds, such as the JDBC
   * adapter's {@code joining(connection)}: the same checks, the same audit, nothing recompiled, and every write
   * commits or rolls back with the caller's own work. Decisions and reads are refused there: their audit must
   * survive whatever the caller does with its transaction, so ask them of this facade. Use it for one transaction
   * and drop it.
   *
   * @param joined the store bound to the caller's transaction
   * @return a facade on that store
   */
  public Liaison inCallerTransaction(LiaisonStore joined) {
    Checks.present(joined, "Liaison", "joined");
    if (!joined.school().equals(records.store.school())) {
      throw new LiaisonException(
          "the joined store keeps another school's records than this facade's");
    }
    return new Liaison(records.packs, joined, records.clock, records.zone, true);
  }

  SchoolRecords schoolRecords() {
    return records;
  }

  /** A facade over one school's store with an engine compiled already, its pack registered in the store. */
  static Liaison open(
      PolicyPack pack,
      DecisionEngine engine,
      Function<PolicyPack, DecisionEngine> compiler,
      LiaisonStore store,
      Clock clock,
      ZoneId zone) {
    Liaison liaison =
        new Liaison(
            new PacksInForce(pack, engine, compiler, store, clock, zone),
            store,
            clock,
            zone,
            false);
    liaison.registerPack();
    LOG.info(
        "school {} decides under policy pack {}@{} (sha256 {}) on {} in {}",
        store.school(),
        LogSafe.of(pack.id()),
        pack.version(),
        pack.contentHash(),
        store.getClass().getSimpleName(),
        zone);
    return liaison;
  }

  private void registerPack() {
    try {
      register(records.packs.baseline());
    } catch (ConcurrentUpdateException differentContent) {
      PolicyPack pack = records.packs.baseline();
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "PolicyPack",
          io.github.liaisonsdk.basics.Violation.of(
              "metadata.version",
              "version "
                  + pack.version()
                  + " of "
                  + pack.id()
                  + " is held in the school's records with other content (a version the school published,"
                  + " or another pack under the same number): configure the pack at a version above the school's",
              io.github.liaisonsdk.basics.Clause.LP36_9));
    }
  }

  private void register(PolicyPack pack) {
    PackDocument document = PackDocument.of(pack.id(), pack.version(), pack.toJson());
    if (records.store.packs().find(pack.id(), pack.version()).isEmpty()) {
      try {
        records.audit.inUnit(
            (tx, trail) -> {
              // Looked at again inside the unit: another facade may have registered it since, and
              // it is audited once.
              boolean first = tx.packs().find(pack.id(), pack.version()).isEmpty();
              tx.packs().save(document);
              if (first) {
                trail.record(
                    AuditEventType.POLICY_PACK,
                    Optional.empty(),
                    pack.id() + "@" + pack.version(),
                    Map.of("packHash", pack.contentHash(), "event", "loaded"));
              }
              return null;
            });
      } catch (ConcurrentUpdateException registeredMeanwhile) {
        // Another facade of the school registered it first (two first requests at once): the same
        // pack is fine,
        // and the save below refuses a different one under the same version.
        records.store.packs().save(document);
      }
    } else {
      // Already registered: saving again is a no-op, or refuses a different pack under the same
      // version.
      records.store.packs().save(document);
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
      PolicyPack enforced = Checks.present(pack, "Liaison", "pack");
      return open(
          enforced,
          DecisionEngine.compile(enforced),
          DecisionEngine::compile,
          Checks.present(store, "Liaison", "store"),
          Checks.present(clock, "Liaison", "clock"),
          Checks.present(zone, "Liaison", "zone"));
    }
  }
}
