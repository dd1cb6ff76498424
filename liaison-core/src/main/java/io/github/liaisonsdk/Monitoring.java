package io.github.liaisonsdk;

import io.github.liaisonsdk.monitoring.MonitoringReport;
import io.github.liaisonsdk.staff.StaffId;
import java.time.LocalDate;

/**
 * Monitoring the liaison systems' effectiveness (LP36-7), for the headship that runs the site's monitoring.
 *
 * <p>Thread-safe. Get it from {@link Liaison#monitoring()}.
 */
public interface Monitoring {

  /**
   * The monitoring report for a period: compliance by residence context, overdue contact, emergency response,
   * topic coverage, plans and policy reviews due (this pack's and its group pack's, HSL-11). It holds counts and
   * ids, never content.
   *
   * @param reader the headteacher or an assistant headteacher
   * @param from the first day
   * @param to the last day
   * @return the report
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   */
  MonitoringReport report(StaffId reader, LocalDate from, LocalDate to);
}
