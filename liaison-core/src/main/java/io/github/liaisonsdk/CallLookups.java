package io.github.liaisonsdk;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The school's records as one call reads them: each member of staff, pupil and plan in force looked up once, then
 * remembered for the rest of the call, so that a chronology of thirty records asks the store for its pupil and plan
 * once, not thirty times. Lives for one call; not thread-safe.
 */
final class CallLookups implements Lookups {
  private final SchoolRecords records;
  private final Map<StaffId, StaffMember> staff = new HashMap<>();
  private final Map<PupilId, Optional<Pupil>> pupils = new HashMap<>();
  private final Map<PupilId, Optional<LiaisonPlan>> plans = new HashMap<>();

  /** The pack in force when the call began: one call decides under one version throughout. */
  final PacksInForce.InForce policy;

  CallLookups(SchoolRecords records) {
    this.records = records;
    this.policy = records.policy();
  }

  @Override
  public StaffMember staffMember(StaffId id) {
    StaffMember found = staff.get(id);
    if (found == null) {
      found = records.staffMember(id);
      staff.put(id, found);
    }
    return found;
  }

  @Override
  public Pupil pupil(PupilId id) {
    return findPupil(id).orElseThrow(() -> new NotFoundException("pupil " + id + " is not held"));
  }

  Optional<Pupil> findPupil(PupilId id) {
    return pupils.computeIfAbsent(id, records.store.pupils()::find);
  }

  @Override
  public Optional<LiaisonPlan> planInForce(PupilId pupil) {
    return plans.computeIfAbsent(pupil, records::planInForce);
  }
}
