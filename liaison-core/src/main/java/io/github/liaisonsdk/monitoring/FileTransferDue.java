package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.pupil.PupilId;
import java.time.LocalDate;

/**
 * A leaver's child protection file whose receipt the new school has not confirmed (LP36-4e). Value-based and
 * immutable.
 *
 * @param transfer the transfer's id
 * @param pupil the leaver
 * @param dueBy the last day the new school should hold the file
 * @param sent whether the bundle has been sent
 * @param overdue whether the due day has passed
 */
public record FileTransferDue(
    String transfer, PupilId pupil, LocalDate dueBy, boolean sent, boolean overdue) {}
