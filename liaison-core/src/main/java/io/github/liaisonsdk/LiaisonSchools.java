package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The entry point for a vendor that hosts many schools: hands out each school's {@link Liaison} facade over that
 * school's records, and the monitoring a group of schools runs over its sites (LP36-1, LP36-7).
 *
 * <p>Schools are cheap: a compiled policy pack is shared by every school whose pack has the same content hash, so a
 * thousand schools on three packs hold three engines; each facade is made once and kept. A site's pack that extends
 * its group's pack is one pack (its hash covers the group's), so it is compiled once for every site that uses it.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * LiaisonSchools schools = LiaisonSchools.builder().stores(JdbcStores.builder(dataSource).build()).build();
 * Liaison oakfield = schools.school(SchoolId.of("urn-100001"), oakfieldPack);
 * }</pre>
 */
public final class LiaisonSchools {
  private final SchoolStores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final ConcurrentMap<String, DecisionEngine> engines = new ConcurrentHashMap<>();
  private final ConcurrentMap<SchoolId, Liaison> facades = new ConcurrentHashMap<>();

  /** Each group's sites, as the vendor configured them: never taken from the caller of a report. */
  private final Map<SchoolId, Set<SchoolId>> groups;

  private LiaisonSchools(
      SchoolStores stores, Clock clock, ZoneId zone, Map<SchoolId, Set<SchoolId>> groups) {
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.groups = groups;
  }

  /**
   * Starts an entry point.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One school's facade, deciding under the given pack. The first call for a school makes the facade and registers
   * the pack in the school's records; later calls with a pack of the same content return the same facade. A pack of
   * other content (a new version in force) gives a new facade, which later calls return.
   *
   * @param school the school
   * @param pack the school's pack: its own, or a site pack extending its group's
   * @return the school's facade
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if either is missing
   */
  public Liaison school(SchoolId school, PolicyPack pack) {
    Checks.present(school, "LiaisonSchools", "school");
    Checks.present(pack, "LiaisonSchools", "pack");
    Liaison held = facades.get(school);
    if (held != null && held.configuredPack().contentHash().equals(pack.contentHash())) {
      return held;
    }
    // Made outside the map's lock: registering the pack writes to the school's store.
    Liaison made =
        Liaison.open(pack, engineFor(pack), this::engineFor, stores.school(school), clock, zone);
    return facades.merge(
        school,
        made,
        (kept, fresh) ->
            kept.configuredPack().contentHash().equals(pack.contentHash()) ? kept : fresh);
  }

  /**
   * The school's facade as last handed out by {@link #school(SchoolId, PolicyPack)}.
   *
   * @param school the school
   * @return its facade, if one was made in this process
   */
  public Optional<Liaison> existing(SchoolId school) {
    return Optional.ofNullable(facades.get(Checks.present(school, "LiaisonSchools", "school")));
  }

  /**
   * How many compiled engines are held: one per distinct pack content in use.
   *
   * @return the number of engines
   */
  public int compiledPacks() {
    return engines.size();
  }

  /**
   * The group's monitoring over its sites (LP36-1, LP36-7): each site's report, under the site's own records and
   * pack, for a headship member of the group's own staff. The group is a school id of its own, whose facade decides
   * under the group pack; a site belongs to the group when the vendor configured it so ({@link Builder#group}) and
   * its pack extends the group pack. The request is audited in the group's chain and, as a read of its records, in
   * each site's. Refused on facades joined to a caller's transaction, whose audit a rollback would undo.
   *
   * @param group the group's facade, from {@link #school(SchoolId, PolicyPack)} with the group pack
   * @param reader a member of the group's staff
   * @param sites the sites to report on, each from {@link #school(SchoolId, PolicyPack)}
   * @param from the first day of the period
   * @param to the last day of the period
   * @return each site's report, in the order given
   * @throws AccessDeniedException if the reader holds no headship post in the group's records
   * @throws LiaisonException if a site is not one of the group's configured sites, or its pack does not extend the
   *     group's pack, or a facade was not handed out by this entry point (one joined to a caller's transaction, or
   *     over other stores)
   * @throws NotFoundException if the reader is not in the group's records (the request is audited all the same)
   */
  public Map<SchoolId, MonitoringReport> groupMonitoring(
      Liaison group, StaffId reader, List<Liaison> sites, LocalDate from, LocalDate to) {
    Checks.present(group, "GroupMonitoring", "group");
    Checks.present(sites, "GroupMonitoring", "sites");
    Checks.present(from, "GroupMonitoring", "from");
    Checks.present(to, "GroupMonitoring", "to");
    requireHandedOutHere(group);
    Set<SchoolId> configured = groups.getOrDefault(group.schoolId(), Set.of());
    for (Liaison site : sites) {
      Checks.present(site, "GroupMonitoring", "sites[]");
      requireHandedOutHere(site);
      boolean extendsGroup =
          site.configuredPack()
              .group()
              .map(p -> p.contentHash().equals(group.configuredPack().contentHash()))
              .orElse(false);
      if (!configured.contains(site.schoolId()) || !extendsGroup) {
        throw new LiaisonException(
            "school "
                + site.schoolId()
                + " is not a site of group "
                + group.schoolId()
                + " under its group pack");
      }
      site.schoolRecords().requireOwnTransaction("the group's monitoring");
    }
    SchoolRecords groupRecords = group.schoolRecords();
    groupRecords.requireOwnTransaction("the group's monitoring");
    Checks.present(reader, "GroupMonitoring", "reader");
    Optional<StaffMember> member = groupRecords.store.staff().find(reader);
    boolean allowed = member.map(SchoolRecords::headship).orElse(false);
    // Recorded whoever asks, a stranger to the group's records included, before the answer is
    // given.
    groupRecords.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(reader),
        "group monitoring",
        Map.of(
            "event",
            "group monitoring report",
            "sites",
            Integer.toString(sites.size()),
            "from",
            from.toString(),
            "to",
            to.toString(),
            "granted",
            Boolean.toString(allowed)));
    if (member.isEmpty()) {
      throw new NotFoundException("member of staff " + reader + " is not held");
    }
    if (!allowed) {
      throw new AccessDeniedException(
          "the group's monitoring is for the group's headship posts",
          List.of(Clause.LP36_1, Clause.LP36_7));
    }
    Map<SchoolId, MonitoringReport> reports = new LinkedHashMap<>();
    for (Liaison site : sites) {
      SchoolRecords siteRecords = site.schoolRecords();
      siteRecords.audit.record(
          AuditEventType.RESTRICTED_READ,
          Optional.empty(),
          "monitoring",
          Map.of(
              "event",
              "group monitoring report",
              "group",
              group.schoolId().value(),
              "reader",
              reader.value(),
              "from",
              from.toString(),
              "to",
              to.toString()));
      // Leavers' transfers are for the site's DSL and headship (LP36-4e), not for the group's
      // monitoring.
      MonitoringReport r = MonitoringService.reportOf(siteRecords, from, to);
      reports.put(
          site.schoolId(),
          new MonitoringReport(
              r.from(),
              r.to(),
              r.zone(),
              r.generatedAt(),
              r.pupils(),
              r.cohorts(),
              r.pupilsWithoutPlan(),
              r.reviewsDue(),
              r.repeatedOutOfHours(),
              r.repeatedOutOfHoursThreshold(),
              r.series(),
              r.supportPlanGaps(),
              r.indicators(),
              List.of(),
              r.checklistGaps()));
    }
    return reports;
  }

  /**
   * Only a facade this entry point made and still holds may stand for a group or a site: one built elsewhere, on a
   * store joined to a caller's transaction or on other stores altogether, could read a site with an audit that a
   * rollback undoes, or speak for a group whose records it does not hold.
   */
  private void requireHandedOutHere(Liaison facade) {
    if (facades.get(facade.schoolId()) != facade) {
      throw new LiaisonException(
          "the facade of "
              + facade.schoolId()
              + " was not handed out by this entry point:"
              + " ask it for the school's facade with school(id, pack)");
    }
  }

  private DecisionEngine engineFor(PolicyPack pack) {
    return engines.computeIfAbsent(pack.contentHash(), hash -> DecisionEngine.compile(pack));
  }

  /** Builds {@link LiaisonSchools}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private SchoolStores stores;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.of("Europe/London");
    private final Map<SchoolId, Set<SchoolId>> groups = new HashMap<>();

    private Builder() {}

    /**
     * A group of schools (LP36-1) and its sites: the schools whose monitoring the group's headship may read. The
     * vendor's own configuration, like the pack each school decides under; callable once per group or more, adding
     * sites.
     *
     * @param group the group's own school id, whose records hold the group's staff and whose facade decides under
     *     the group pack
     * @param sites its sites, each deciding under a site pack that extends the group pack
     * @return this
     */
    public Builder group(SchoolId group, Collection<SchoolId> sites) {
      Checks.present(group, "LiaisonSchools", "group");
      Checks.allPresent(sites, "LiaisonSchools", "sites");
      if (sites.contains(group)) {
        throw new LiaisonValidationException(
            "LiaisonSchools",
            Violation.of("sites", "must not hold the group itself", Clause.LP36_1));
      }
      groups.computeIfAbsent(group, g -> new HashSet<>()).addAll(sites);
      return this;
    }

    /**
     * Where every school's records are kept.
     *
     * @param stores the stores, such as the JDBC adapter's
     * @return this
     */
    public Builder stores(SchoolStores stores) {
      this.stores = stores;
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
     * The schools' time zone.
     *
     * @param zone the zone; Europe/London if not set
     * @return this
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Builds the entry point.
     *
     * @return the entry point
     */
    public LiaisonSchools build() {
      Map<SchoolId, Set<SchoolId>> configured = new HashMap<>();
      groups.forEach((group, sites) -> configured.put(group, Set.copyOf(sites)));
      return new LiaisonSchools(
          Checks.present(stores, "LiaisonSchools", "stores"),
          Checks.present(clock, "LiaisonSchools", "clock"),
          Checks.present(zone, "LiaisonSchools", "zone"),
          Map.copyOf(configured));
    }
  }
}
