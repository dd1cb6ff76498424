/**
 * Data-protection operations (LP36-4e): retention periods from the pack, the disposal run with legal holds, and
 * subject access exports. The lawful-basis vocabulary itself is in {@code io.github.liaisonsdk.lawfulbasis}.
 */
@NullMarked
package io.github.liaisonsdk.dataprotection;

import org.jspecify.annotations.NullMarked;
