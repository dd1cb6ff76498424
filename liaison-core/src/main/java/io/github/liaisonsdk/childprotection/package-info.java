/**
 * A pupil's child protection file when they leave (Keeping Children Safe in Education, LP36-4e): the transfer to the
 * new school's designated safeguarding lead within five school days, the sealed bundle and the receipt.
 */
@NullMarked
package io.github.liaisonsdk.childprotection;

import org.jspecify.annotations.NullMarked;
