package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;

/**
 * A member of staff in repeated out-of-hours contact with one family: the involvement HSL-2 warns of. Value-based
 * and immutable.
 *
 * @param staff the member of staff
 * @param pupil the pupil whose family it is
 * @param contacts out-of-hours contacts logged in the period
 * @param cases out-of-hours cases disclosed or recorded as breaches, ever
 */
public record RepeatedOutOfHoursContact(StaffId staff, PupilId pupil, int contacts, int cases) {}
