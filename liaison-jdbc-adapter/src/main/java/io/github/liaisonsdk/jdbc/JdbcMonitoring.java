package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseState;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.port.ContactParties;
import io.github.liaisonsdk.port.ContactTally;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.OutOfHoursTally;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.staff.StaffId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Monitoring's aggregates in SQL: counted and grouped by the database, not by loading every record. */
final class JdbcMonitoring implements MonitoringQueries {
  private final Scope scope;
  private final String routine;
  private final String emergencies;
  private final String topics;
  private final String outOfHours;
  private final String latestCases;
  private final String latestPlans;
  private final String routineContacts;
  private final String parties;
  private final String awaitingReview;
  private final String whoInformsUnrecorded;
  private final String school;

  JdbcMonitoring(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String record = sql.table("contact_record");
    this.routine =
        "SELECT pupil_id,"
            + " SUM(CASE WHEN kind = 'ROUTINE' AND occurred_at >= ? AND occurred_at < ? THEN 1 ELSE 0 END),"
            + " MAX(CASE WHEN kind = 'ROUTINE' THEN occurred_at END)"
            + " FROM "
            + record
            + " WHERE school_id = ? GROUP BY pupil_id";
    this.emergencies =
        "SELECT pupil_id, occurred_at, emergency_raised_at FROM "
            + record
            + " WHERE school_id = ? AND kind = 'EMERGENCY' AND occurred_at >= ? AND occurred_at < ?";
    this.topics =
        "SELECT DISTINCT pupil_id, topic FROM "
            + sql.table("contact_topic")
            + " WHERE school_id = ? AND occurred_at >= ? AND occurred_at < ?";
    this.outOfHours =
        "SELECT staff_id, pupil_id, COUNT(*) FROM "
            + record
            + " WHERE school_id = ? AND"
            + " kind = 'OUT_OF_HOURS' AND occurred_at >= ? AND occurred_at < ? GROUP BY staff_id, pupil_id";
    this.routineContacts =
        "SELECT pupil_id, occurred_at FROM "
            + record
            + " WHERE school_id = ? AND kind = 'ROUTINE'"
            + " AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id";
    this.parties =
        "SELECT pupil_id, kind, doc FROM "
            + record
            + " WHERE school_id = ? AND occurred_at >= ?"
            + " AND occurred_at < ?";
    String cases = sql.table("external_contact");
    this.latestCases =
        "SELECT c.doc FROM "
            + cases
            + " c WHERE c.school_id = ? AND c.version = (SELECT"
            + " MAX(v.version) FROM "
            + cases
            + " v WHERE v.school_id = c.school_id AND v.case_id = c.case_id)";
    // A case written before schema version 7 has no state column: it is offered, and its document
    // decides.
    this.awaitingReview =
        "SELECT c.doc FROM "
            + cases
            + " c WHERE c.school_id = ? AND COALESCE(c.state, 'DISCLOSED')"
            + " = 'DISCLOSED' AND c.version = (SELECT MAX(v.version) FROM "
            + cases
            + " v WHERE v.school_id = c.school_id"
            + " AND v.case_id = c.case_id) ORDER BY c.disclosed_at, c.case_id";
    String consultation = sql.table("consultation");
    this.whoInformsUnrecorded =
        "SELECT c.doc FROM "
            + consultation
            + " c WHERE c.school_id = ?"
            + " AND c.role = 'LA_SAFEGUARDING_TEAM' AND c.outcome = 'AGREED' AND COALESCE(c.who_informs, '') = ''"
            + " AND c.consulted_at = (SELECT MAX(l.consulted_at) FROM "
            + consultation
            + " l WHERE l.school_id ="
            + " c.school_id AND l.pupil_id = c.pupil_id AND l.topic = c.topic AND l.role = 'LA_SAFEGUARDING_TEAM')"
            + " ORDER BY c.consulted_at, c.id";
    String plan = sql.table("plan");
    this.latestPlans =
        "SELECT p.doc FROM "
            + plan
            + " p WHERE p.school_id = ? AND p.version = (SELECT"
            + " MAX(v.version) FROM "
            + plan
            + " v WHERE v.school_id = p.school_id AND v.plan_id = p.plan_id)"
            + " ORDER BY p.plan_id";
  }

  @Override
  public Map<PupilId, ContactTally> contactTallies(Instant from, Instant until) {
    return scope.run(
        "tally contact records",
        c -> {
          Map<String, int[]> counts = new HashMap<>();
          Map<String, Instant> last = new HashMap<>();
          try (PreparedStatement s = Rows.prepare(c, routine, from, until, school);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              counts.put(rows.getString(1), new int[] {rows.getInt(2)});
              OffsetDateTime latest = rows.getObject(3, OffsetDateTime.class);
              if (latest != null) {
                last.put(rows.getString(1), latest.toInstant());
              }
            }
          }
          Map<String, List<Long>> responses = new HashMap<>();
          try (PreparedStatement s = Rows.prepare(c, emergencies, school, from, until);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              OffsetDateTime reached = rows.getObject(2, OffsetDateTime.class);
              OffsetDateTime raised = rows.getObject(3, OffsetDateTime.class);
              if (raised != null) {
                responses
                    .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                    .add(Duration.between(raised, reached).toMinutes());
              }
            }
          }
          Map<String, Set<Topic>> covered = new HashMap<>();
          try (PreparedStatement s = Rows.prepare(c, topics, school, from, until);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              covered
                  .computeIfAbsent(rows.getString(1), k -> EnumSet.noneOf(Topic.class))
                  .add(Topic.valueOf(rows.getString(2)));
            }
          }
          Map<PupilId, ContactTally> tallies = new HashMap<>();
          for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            String pupil = entry.getKey();
            List<Long> minutes = new ArrayList<>(responses.getOrDefault(pupil, List.of()));
            minutes.sort(null);
            tallies.put(
                PupilId.of(pupil),
                new ContactTally(
                    PupilId.of(pupil),
                    entry.getValue()[0],
                    Optional.ofNullable(last.get(pupil)),
                    minutes,
                    covered.getOrDefault(pupil, Set.of())));
          }
          return tallies;
        });
  }

  @Override
  public Map<PupilId, List<Instant>> routineContacts(Instant from, Instant until) {
    return scope.run(
        "read routine contact times",
        c -> {
          Map<PupilId, List<Instant>> found = new HashMap<>();
          try (PreparedStatement s = Rows.prepare(c, routineContacts, school, from, until);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              found
                  .computeIfAbsent(PupilId.of(rows.getString(1)), k -> new ArrayList<>())
                  .add(rows.getObject(2, OffsetDateTime.class).toInstant());
            }
          }
          return found;
        });
  }

  @Override
  public List<ContactParties> contactParties(Instant from, Instant until) {
    return scope.run(
        "read who took part in contacts",
        c -> {
          List<ContactParties> found = new ArrayList<>();
          try (PreparedStatement s = Rows.prepare(c, parties, school, from, until);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              found.add(
                  Rows.parties(
                      PupilId.of(rows.getString(1)),
                      ContactKind.valueOf(rows.getString(2)),
                      rows.getString(3)));
            }
          }
          return found;
        });
  }

  @Override
  public List<OutOfHoursTally> outOfHours(Instant from, Instant until) {
    return scope.run(
        "tally out-of-hours contact",
        c -> {
          List<OutOfHoursTally> tallies = new ArrayList<>();
          try (PreparedStatement s = Rows.prepare(c, outOfHours, school, from, until);
              ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              tallies.add(
                  new OutOfHoursTally(
                      StaffId.of(rows.getString(1)),
                      PupilId.of(rows.getString(2)),
                      rows.getInt(3)));
            }
          }
          return tallies;
        });
  }

  @Override
  public List<OutOfHoursTally> outOfHoursCases() {
    return scope.run(
        "tally out-of-hours cases",
        c -> {
          Map<List<String>, Integer> counts = new LinkedHashMap<>();
          for (ExternalContactCase contactCase :
              Rows.documents(c, ExternalContactCase.class, latestCases, school)) {
            if (contactCase.state() != CaseState.WITHDRAWN || !contactCase.logged().isEmpty()) {
              counts.merge(
                  List.of(contactCase.staff().value(), contactCase.pupil().value()),
                  1,
                  Integer::sum);
            }
          }
          List<OutOfHoursTally> tallies = new ArrayList<>();
          counts.forEach(
              (key, n) ->
                  tallies.add(
                      new OutOfHoursTally(StaffId.of(key.get(0)), PupilId.of(key.get(1)), n)));
          return tallies;
        });
  }

  @Override
  public List<ExternalContactCase> casesAwaitingReview() {
    return scope
        .run(
            "list cases awaiting review",
            c -> Rows.documents(c, ExternalContactCase.class, awaitingReview, school))
        .stream()
        .filter(found -> found.state() == CaseState.DISCLOSED)
        .toList();
  }

  @Override
  public List<ConsultationRecord> whoInformsUnrecorded() {
    return scope.run(
        "list LA agreements without who informs",
        c -> Rows.documents(c, ConsultationRecord.class, whoInformsUnrecorded, school));
  }

  @Override
  public List<LiaisonPlan> latestPlans() {
    return scope.run(
        "read the latest plans", c -> Rows.documents(c, LiaisonPlan.class, latestPlans, school));
  }
}
