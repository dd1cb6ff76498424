package io.github.liaisonsdk.port;

import io.github.liaisonsdk.basics.SchoolId;
import java.util.function.Function;

/**
 * Everything Liaison SDK persists, behind narrow, domain-shaped repositories, with a unit of work for multi-step use
 * cases. Adapters implement it: the in-memory one in {@code io.github.liaisonsdk.memory}, the JDBC one in
 * {@code liaison-jdbc-adapter}. Every adapter passes the same contract test suite.
 *
 * <p>A store is one school's: every repository reads and writes that school's records only, and a record of
 * another school held in the same database answers exactly as one that does not exist. Stores for many schools
 * come from {@link SchoolStores}.
 *
 * <p>Implementations are thread-safe.
 */
public interface LiaisonStore {

  /**
   * The school whose records this store keeps.
   *
   * @return the school
   */
  SchoolId school();

  /**
   * The pupil references.
   *
   * @return the repository
   */
  PupilRepository pupils();

  /**
   * The staff directory.
   *
   * @return the repository
   */
  StaffRepository staff();

  /**
   * The liaison plans.
   *
   * @return the repository
   */
  PlanRepository plans();

  /**
   * The contact records.
   *
   * @return the repository
   */
  ContactRecordRepository contacts();

  /**
   * The out-of-hours contact cases.
   *
   * @return the repository
   */
  ExternalContactRepository externalContacts();

  /**
   * The aggregate queries of monitoring.
   *
   * @return the queries
   */
  MonitoringQueries monitoring();

  /**
   * The policy packs.
   *
   * @return the repository
   */
  PolicyPackRepository packs();

  /**
   * The audit trail.
   *
   * @return the repository
   */
  AuditEventRepository audit();

  /**
   * Consultations made before sharing.
   *
   * @return the repository
   */
  ConsultationRepository consultations();

  /**
   * Safeguarding agreements, apart from the audit trail.
   *
   * @return the repository
   */
  SafeguardingAgreementRepository agreements();

  /**
   * Child protection file transfers and disposal reviews.
   *
   * @return the repository
   */
  ChildProtectionFileRepository childProtectionFiles();

  /**
   * Requests for copies of the policy and staff acknowledgements.
   *
   * @return the repository
   */
  PublicationRepository publication();

  /**
   * A number that changes whenever a pupil, a member of staff or a plan version is written, by any process, in the
   * same unit of work as the write. The facade keeps the school's reference data in memory and checks this number
   * when it commits a decision's audit event: a decision taken on facts that changed meanwhile is taken again.
   * Cheap to read: one row, or one field.
   *
   * @return the current reference version
   */
  long referenceVersion();

  /**
   * Runs work as one unit: everything it writes through the given store is kept if it returns, and nothing is if it
   * throws. The exception is rethrown as it was.
   *
   * @param work the work, given a store bound to the unit of work
   * @param <T> what the work returns
   * @return what the work returned
   */
  <T> T inTransaction(Function<LiaisonStore, T> work);
}
