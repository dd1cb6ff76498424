package io.github.liaisonsdk.port;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;

/**
 * Out-of-hours contacts between one member of staff and one pupil's family in a period. Value-based and immutable.
 *
 * @param staff the member of staff
 * @param pupil the pupil
 * @param contacts how many
 */
public record OutOfHoursTally(StaffId staff, PupilId pupil, int contacts) {}
