package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.monitoring.MonitoringReports;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The monitoring use case (LP36-7). Thread-safe. */
final class MonitoringService implements Monitoring {
  private final SchoolRecords records;

  MonitoringService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public MonitoringReport report(StaffId reader, LocalDate from, LocalDate to) {
    records.requireOwnTransaction("the monitoring report");
    Checks.present(from, "MonitoringReport", "from");
    Checks.present(to, "MonitoringReport", "to");
    StaffMember member = records.staffMember(reader);
    boolean allowed = SchoolRecords.headship(member);
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(reader),
        "monitoring",
        Map.of(
            "event",
            "monitoring report",
            "from",
            from.toString(),
            "to",
            to.toString(),
            "granted",
            Boolean.toString(allowed)));
    if (!allowed) {
      throw new AccessDeniedException(
          "the monitoring report is for the headteacher and assistant headteacher",
          List.of(Clause.LP36_7));
    }
    return reportOf(records, from, to);
  }

  /** The school's report, under its pack and the group packs it extends; the caller has checked and audited. */
  static MonitoringReport reportOf(SchoolRecords records, LocalDate from, LocalDate to) {
    List<PolicyPack> packs = new ArrayList<>();
    for (PolicyPack p = records.pack(); p != null; p = p.group().orElse(null)) {
      packs.add(p);
    }
    return MonitoringReports.report(records.store, packs, from, to, records.clock, records.zone);
  }
}
