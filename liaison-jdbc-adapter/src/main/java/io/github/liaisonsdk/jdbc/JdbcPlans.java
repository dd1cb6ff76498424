package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.PlanRepository;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/** Plan versions: insert-only; the (plan_id, version) key makes concurrent writers of one version collide. */
final class JdbcPlans implements PlanRepository {
  private final Scope scope;
  private final VersionedDocuments<LiaisonPlan> plans;
  private final String owner;
  private final String insert;
  private final ReferenceVersion version;
  private final String school;

  JdbcPlans(Scope scope, Sql sql) {
    this.scope = scope;
    this.version = new ReferenceVersion(scope, sql);
    this.school = scope.school;
    String plan = sql.table("plan");
    this.plans =
        new VersionedDocuments<>(
            scope, plan, "plan_id", "effective_from", LiaisonPlan.class, "plan");
    this.owner =
        "SELECT pupil_id FROM " + plan + " WHERE school_id = ? AND plan_id = ? AND version = 1";
    this.insert =
        "INSERT INTO "
            + plan
            + " (school_id, plan_id, version, pupil_id, effective_from, doc)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
  }

  @Override
  public void save(LiaisonPlan plan) {
    String doc = Rows.json(plan);
    scope.write(
        "save plan " + plan.id() + " version " + plan.version(),
        c -> {
          plans.requireNext(c, plan.id().value(), plan.version());
          Optional<String> pupil = Rows.text(c, owner, school, plan.id().value());
          if (pupil.isPresent() && !pupil.get().equals(plan.pupil().value())) {
            throw new ConcurrentUpdateException("plan " + plan.id() + " belongs to another pupil");
          }
          Rows.update(
              c,
              insert,
              school,
              plan.id().value(),
              plan.version(),
              plan.pupil().value(),
              plan.effectiveFrom(),
              doc);
          version.bump(c);
          return null;
        });
  }

  @Override
  public Optional<LiaisonPlan> latest(PlanId id) {
    return plans.latest(id.value());
  }

  @Override
  public List<LiaisonPlan> versions(PlanId id) {
    return plans.versions(id.value());
  }

  @Override
  public List<LiaisonPlan> forPupil(PupilId pupil) {
    return plans.forPupil(pupil.value());
  }
}
