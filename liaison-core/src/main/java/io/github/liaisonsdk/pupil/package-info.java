/**
 * Pupils as Liaison SDK sees them: an opaque reference to the MIS's record, the residence context (LP36-3), support
 * plans (LP36-5.1) and the group services the child is involved in (LP36-6.1).
 */
@NullMarked
package io.github.liaisonsdk.pupil;

import org.jspecify.annotations.NullMarked;
