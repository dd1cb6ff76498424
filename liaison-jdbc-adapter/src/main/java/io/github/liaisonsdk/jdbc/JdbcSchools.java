package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.basics.Violation;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/** Every school's stores over one database: one {@link JdbcStore} per school, made on first use and kept. */
final class JdbcSchools implements JdbcSchoolStores {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcSchools.class);
  private final DataSource dataSource;
  private final Dialect dialect;
  private final Sql sql;

  /** Whether H2 commits are still checkpointed: shared, so one refusal stops every school's attempts. */
  private final AtomicBoolean checkpoints = new AtomicBoolean(true);

  private final ConcurrentMap<SchoolId, JdbcStore> schools = new ConcurrentHashMap<>();

  /** Whether the role has been checked against row-level security with the tables in place. */
  private final AtomicBoolean roleChecked = new AtomicBoolean();

  JdbcSchools(DataSource dataSource, Dialect dialect, Sql sql) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.sql = sql;
  }

  @Override
  public JdbcSchoolStore school(SchoolId school) {
    if (school == null) {
      throw new LiaisonValidationException("SchoolStores", Violation.of("school", "is required"));
    }
    return schools.computeIfAbsent(
        school, id -> new JdbcStore(id, dataSource, dialect, sql, checkpoints));
  }

  @Override
  public MigrationReport migrate() {
    return migrate(Migrator.LATEST);
  }

  @Override
  public MigrationReport migrate(int targetVersion) {
    MigrationReport report = new Migrator(dataSource, dialect, sql).migrate(targetVersion);
    if (report.after() >= Migrator.SCHOOL_SCOPED) {
      // Whoever applied version 5 (this call, an earlier one that stopped half-way, or the vendor's
      // Flyway), the
      // agreements kept inside older audit events are moved once, and the move is recorded when
      // complete. Those
      // events predate schools, so they are the default school's. The step needs the school-scoped
      // statements of
      // version 6, so a database held at version 5 waits for it.
      JdbcStore legacy = (JdbcStore) school(SchoolId.DEFAULT);
      new UpgradeSteps(dataSource, dialect, sql)
          .runOnce(
              UpgradeSteps.AGREEMENTS_OUT_OF_TRAIL, () -> LegacyAgreements.moveOutOfTrail(legacy));
    }
    // On a first start the tables did not exist when the store was built: check the role now they
    // do.
    checkRole();
    return report;
  }

  /** Logs, once the tables exist, whether row-level security binds the role the adapter connects as. */
  void checkRole() {
    if (dialect != Dialect.POSTGRESQL || roleChecked.get()) {
      return;
    }
    try (java.sql.Connection connection = dataSource.getConnection()) {
      if (dialect.checkRole(connection, sql.table("pupil"))) {
        roleChecked.set(true);
      }
    } catch (java.sql.SQLException e) {
      // The store works without the check; only its advice is missing, and the next migrate() tries
      // again.
      LOG.debug("could not connect to check the role (SQLState {})", e.getSQLState());
    }
  }

  @Override
  public int schemaVersion() {
    return new Migrator(dataSource, dialect, sql).currentVersion();
  }

  @Override
  public int latestSchemaVersion() {
    return Migrator.LATEST;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }
}
