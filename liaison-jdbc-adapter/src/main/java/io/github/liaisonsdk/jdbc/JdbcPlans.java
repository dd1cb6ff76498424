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
  private final String latestVersion;
  private final String owner;
  private final String insert;
  private final String latest;
  private final String versions;
  private final String forPupil;

  JdbcPlans(Scope scope, Sql sql) {
    this.scope = scope;
    String plan = sql.table("plan");
    this.latestVersion = "SELECT MAX(version) FROM " + plan + " WHERE plan_id = ?";
    this.owner = "SELECT pupil_id FROM " + plan + " WHERE plan_id = ? AND version = 1";
    this.insert = "INSERT INTO " + plan + " (plan_id, version, pupil_id, effective_from, doc) VALUES (?, ?, ?, ?, ?)";
    this.latest = "SELECT doc FROM " + plan + " WHERE plan_id = ? ORDER BY version DESC LIMIT 1";
    this.versions = "SELECT doc FROM " + plan + " WHERE plan_id = ? ORDER BY version";
    this.forPupil = "SELECT p.doc FROM " + plan + " p WHERE p.pupil_id = ? AND p.version = "
        + "(SELECT MAX(v.version) FROM " + plan + " v WHERE v.plan_id = p.plan_id) ORDER BY p.effective_from, p.plan_id";
  }

  @Override
  public void save(LiaisonPlan plan) {
    String doc = Rows.json(plan);
    scope.run("save plan " + plan.id() + " version " + plan.version(), c -> {
      long current = Rows.number(c, latestVersion, plan.id().value()).orElse(0L);
      if (plan.version() != current + 1) {
        throw new ConcurrentUpdateException("plan " + plan.id() + " is at version " + current + "; version "
            + plan.version() + " cannot be saved");
      }
      Optional<String> pupil = Rows.text(c, owner, plan.id().value());
      if (pupil.isPresent() && !pupil.get().equals(plan.pupil().value())) {
        throw new ConcurrentUpdateException("plan " + plan.id() + " belongs to another pupil");
      }
      Rows.update(c, insert, plan.id().value(), plan.version(), plan.pupil().value(), plan.effectiveFrom(), doc);
      return null;
    });
  }

  @Override
  public Optional<LiaisonPlan> latest(PlanId id) {
    return scope.run("read plan " + id, c -> Rows.document(c, LiaisonPlan.class, latest, id.value()));
  }

  @Override
  public List<LiaisonPlan> versions(PlanId id) {
    return scope.run("read plan versions " + id, c -> Rows.documents(c, LiaisonPlan.class, versions, id.value()));
  }

  @Override
  public List<LiaisonPlan> forPupil(PupilId pupil) {
    return scope.run("read plans of pupil " + pupil,
        c -> Rows.documents(c, LiaisonPlan.class, forPupil, pupil.value()));
  }
}
