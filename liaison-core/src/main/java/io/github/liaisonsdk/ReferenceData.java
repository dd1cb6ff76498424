package io.github.liaisonsdk;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The school's reference data (staff, pupils, plans in force) held in memory for decisions, so that a decision
 * costs no query in steady state. A generation is tagged with the store's reference version read before any of
 * its entries, so its entries are never older than its tag; a decision taken on a generation is committed only if
 * the store's version is still that tag (the ledger checks it in the append's transaction), and is taken again on
 * a fresh generation otherwise. Writes by this process or any other therefore never leave a decision on stale
 * facts.
 *
 * <p>Thread-safe.
 */
final class ReferenceData {
  private final LiaisonStore store;
  private final SchoolRecords live;
  private volatile @Nullable Generation current;

  ReferenceData(LiaisonStore store, SchoolRecords live) {
    this.store = store;
    this.live = live;
  }

  /** The generation decisions read now, started from the store's version if there is none. */
  Generation current() {
    Generation known = current;
    if (known == null) {
      known = new Generation(store.referenceVersion());
      current = known;
    }
    return known;
  }

  /** Forgets everything held; the next decision starts a generation at the store's version then. */
  void invalidate() {
    current = null;
  }

  /** The cached data as of one reference version. */
  final class Generation implements Lookups {
    final long version;
    private final ConcurrentHashMap<StaffId, Optional<StaffMember>> staff =
        new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PupilId, Optional<Pupil>> pupils = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PupilId, PlanOnDay> plans = new ConcurrentHashMap<>();

    Generation(long version) {
      this.version = version;
    }

    @Override
    public StaffMember staffMember(StaffId id) {
      return staff
          .computeIfAbsent(id, key -> found(() -> live.staffMember(key)))
          .orElseThrow(() -> new NotFoundException("member of staff " + id + " is not held"));
    }

    @Override
    public Pupil pupil(PupilId id) {
      return pupils
          .computeIfAbsent(id, key -> found(() -> live.pupil(key)))
          .orElseThrow(() -> new NotFoundException("pupil " + id + " is not held"));
    }

    @Override
    public Optional<LiaisonPlan> planInForce(PupilId pupil) {
      LocalDate today = live.today();
      PlanOnDay held = plans.get(pupil);
      if (held == null || !held.day.equals(today)) {
        held = new PlanOnDay(today, live.planInForce(pupil));
        plans.put(pupil, held);
      }
      return held.plan;
    }
  }

  private record PlanOnDay(LocalDate day, Optional<LiaisonPlan> plan) {}

  /** A lookup's answer, absence included: a pupil that is not held stays not held until the version moves. */
  private static <T> Optional<T> found(java.util.function.Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (NotFoundException notHeld) {
      return Optional.empty();
    }
  }
}
