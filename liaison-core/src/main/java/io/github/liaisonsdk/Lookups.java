package io.github.liaisonsdk;

import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.Optional;

/** The reference data a decision reads: from the store itself, or from the facade's cache of it. */
interface Lookups {

  /** The member of staff, or {@link io.github.liaisonsdk.port.NotFoundException} if not held. */
  StaffMember staffMember(StaffId id);

  /** The pupil, or {@link io.github.liaisonsdk.port.NotFoundException} if not held. */
  Pupil pupil(PupilId id);

  /** The pupil's plan in force today, if any. */
  Optional<LiaisonPlan> planInForce(PupilId pupil);
}
