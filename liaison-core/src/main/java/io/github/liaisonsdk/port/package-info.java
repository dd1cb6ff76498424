/**
 * The ports adapters implement: narrow repositories and the unit of work. Named by their role; see
 * {@link io.github.liaisonsdk.port.LiaisonStore}.
 */
@NullMarked
package io.github.liaisonsdk.port;

import org.jspecify.annotations.NullMarked;
