package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ChildProtectionFileRepository;
import io.github.liaisonsdk.port.ConsultationRepository;
import io.github.liaisonsdk.port.ContactRecordRepository;
import io.github.liaisonsdk.port.ExternalContactRepository;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.PlanRepository;
import io.github.liaisonsdk.port.PolicyPackRepository;
import io.github.liaisonsdk.port.PublicationRepository;
import io.github.liaisonsdk.port.PupilRepository;
import io.github.liaisonsdk.port.SafeguardingAgreementRepository;
import io.github.liaisonsdk.port.StaffRepository;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;

/** One school's JDBC store: the repositories over one {@link Scope}, every statement bound to the school. */
final class JdbcStore implements JdbcSchoolStore {
  private final SchoolId school;
  private final DataSource dataSource;
  private final Dialect dialect;
  private final Sql sql;
  private final Scope scope;
  private final PupilRepository pupils;
  private final StaffRepository staff;
  private final PlanRepository plans;
  private final ContactRecordRepository contacts;
  private final PolicyPackRepository packs;
  private final ExternalContactRepository cases;
  private final MonitoringQueries monitoring;
  private final AuditEventRepository audit;
  private final ConsultationRepository consultations;
  private final ChildProtectionFileRepository childProtectionFiles;
  private final PublicationRepository publication;
  private final SafeguardingAgreementRepository agreements;
  private final ReferenceVersion referenceVersion;

  JdbcStore(
      SchoolId school, DataSource dataSource, Dialect dialect, Sql sql, AtomicBoolean checkpoints) {
    this(
        school,
        dataSource,
        dialect,
        sql,
        new Scope.Pooled(school.value(), dataSource, dialect, checkpoints));
  }

  private JdbcStore(SchoolId school, DataSource dataSource, Dialect dialect, Sql sql, Scope scope) {
    this.school = school;
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.sql = sql;
    this.scope = scope;
    DocumentTable<Pupil> pupilTable = new DocumentTable<>(scope, sql, "pupil", Pupil.class);
    DocumentTable<StaffMember> staffTable =
        new DocumentTable<>(scope, sql, "staff", StaffMember.class);
    this.pupils =
        new PupilRepository() {
          @Override
          public void save(Pupil pupil) {
            pupilTable.save(pupil.id().value(), pupil);
          }

          @Override
          public Optional<Pupil> find(PupilId id) {
            return pupilTable.find(id.value());
          }

          @Override
          public List<Pupil> all() {
            return pupilTable.all();
          }
        };
    this.staff =
        new StaffRepository() {
          @Override
          public void save(StaffMember member) {
            staffTable.save(member.id().value(), member);
          }

          @Override
          public Optional<StaffMember> find(StaffId id) {
            return staffTable.find(id.value());
          }

          @Override
          public List<StaffMember> all() {
            return staffTable.all();
          }
        };
    this.plans = new JdbcPlans(scope, sql);
    this.contacts = new JdbcContacts(scope, sql);
    this.packs = new JdbcPacks(scope, sql);
    this.cases = new JdbcCases(scope, sql);
    this.monitoring = new JdbcMonitoring(scope, sql);
    this.audit = new JdbcAudit(scope, sql);
    this.consultations = new JdbcConsultations(scope, sql);
    this.agreements = new JdbcAgreements(scope, sql);
    this.childProtectionFiles = new JdbcChildProtectionFiles(scope, sql);
    this.publication = new JdbcPublication(scope, sql);
    this.referenceVersion = new ReferenceVersion(scope, sql);
  }

  @Override
  public SchoolId school() {
    return school;
  }

  @Override
  public PupilRepository pupils() {
    return pupils;
  }

  @Override
  public StaffRepository staff() {
    return staff;
  }

  @Override
  public PlanRepository plans() {
    return plans;
  }

  @Override
  public ContactRecordRepository contacts() {
    return contacts;
  }

  @Override
  public ExternalContactRepository externalContacts() {
    return cases;
  }

  @Override
  public MonitoringQueries monitoring() {
    return monitoring;
  }

  @Override
  public PolicyPackRepository packs() {
    return packs;
  }

  @Override
  public AuditEventRepository audit() {
    return audit;
  }

  @Override
  public PublicationRepository publication() {
    return publication;
  }

  @Override
  public ChildProtectionFileRepository childProtectionFiles() {
    return childProtectionFiles;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public SafeguardingAgreementRepository agreements() {
    return agreements;
  }

  @Override
  public long referenceVersion() {
    return scope.run("read the reference version", referenceVersion::read);
  }

  @Override
  public <T> T inTransaction(Function<LiaisonStore, T> work) {
    if (scope.bound()) {
      return work.apply(this);
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        dialect.enterSchool(connection, school.value(), true);
        T result =
            work.apply(
                new JdbcStore(
                    school,
                    dataSource,
                    dialect,
                    sql,
                    new Scope.Bound(school.value(), dialect, connection, true)));
        connection.commit();
        scope.afterCommit(connection);
        return result;
      } catch (RuntimeException | Error e) {
        Scope.rollbackQuietly(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Scope.translate("commit a unit of work", e);
    }
  }

  @Override
  public LiaisonStore joining(Connection connection) {
    return new JdbcStore(
        school,
        dataSource,
        dialect,
        sql,
        new Scope.Bound(
            school.value(), dialect, Objects.requireNonNull(connection, "connection"), false));
  }
}
