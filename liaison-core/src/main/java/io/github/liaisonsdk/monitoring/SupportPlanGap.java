package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.staff.StaffId;

/**
 * A named liaison person without access to a pupil's current IEP or EHCP (LP36-5.1: where these exist, those
 * involved in liaison have access to the relevant information).
 *
 * <p>Value-based and immutable.
 *
 * @param pupil the pupil
 * @param staff the member of staff named on the school side of the pupil's plan in force
 * @param supportPlan the kind of support plan they cannot see
 */
public record SupportPlanGap(PupilId pupil, StaffId staff, SupportPlanKind supportPlan) {}
