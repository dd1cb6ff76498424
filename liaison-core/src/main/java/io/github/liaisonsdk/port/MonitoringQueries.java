package io.github.liaisonsdk.port;

import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The aggregate queries monitoring needs (LP36-7), so an adapter can answer them where the data is (in SQL) instead
 * of handing over every record. Implementations are thread-safe.
 */
public interface MonitoringQueries {

  /**
   * Every pupil's contact tally for a period.
   *
   * @param from the first instant included
   * @param until the first instant excluded
   * @return tallies by pupil, for pupils with at least one record ever
   */
  Map<PupilId, ContactTally> contactTallies(Instant from, Instant until);

  /**
   * When each pupil's routine contacts happened in a period, for the week-by-week and term-by-term series (LP36-7).
   *
   * @param from the first instant included
   * @param until the first instant excluded
   * @return for each pupil with a routine contact in the period, its instants, earliest first
   */
  Map<PupilId, List<Instant>> routineContacts(Instant from, Instant until);

  /**
   * Who took part in each contact of a period, for the LP36-2 indicators: no content, no ids of records.
   *
   * @param from the first instant included
   * @param until the first instant excluded
   * @return one entry per contact record in the period, in no particular order
   */
  List<ContactParties> contactParties(Instant from, Instant until);

  /**
   * Out-of-hours contacts per member of staff and family in a period (HSL-2).
   *
   * @param from the first instant included
   * @param until the first instant excluded
   * @return the tallies
   */
  List<OutOfHoursTally> outOfHours(Instant from, Instant until);

  /**
   * Out-of-hours cases per member of staff and family, ever: disclosed, reviewed, logged or recorded as breaches,
   * leaving out disclosures withdrawn before any contact (HSL-2).
   *
   * @return the tallies, {@code contacts} counting cases
   */
  List<OutOfHoursTally> outOfHoursCases();

  /**
   * Out-of-hours cases the headteacher has not reviewed yet: the latest version of each case that is still
   * disclosed (HSL-7).
   *
   * @return the cases, earliest disclosed first
   */
  List<ExternalContactCase> casesAwaitingReview();

  /**
   * LA safeguarding team consultations that agreed without recording who informs the other services (LP36-6.2),
   * each the latest LA consultation on its pupil and topic. An adapter may return more candidates; the caller
   * keeps only those that are the latest on their pupil and topic.
   *
   * @return the consultations, earliest first
   */
  List<ConsultationRecord> whoInformsUnrecorded();

  /**
   * The latest version of every plan.
   *
   * @return the plans
   */
  List<LiaisonPlan> latestPlans();
}
