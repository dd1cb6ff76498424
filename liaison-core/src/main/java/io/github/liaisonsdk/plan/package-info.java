/**
 * Liaison plans (LP36-4a to 4e): named persons on each side, routine and emergency communication, how liaison is
 * recorded and on what lawful basis, versioned and approved.
 */
@NullMarked
package io.github.liaisonsdk.plan;

import org.jspecify.annotations.NullMarked;
