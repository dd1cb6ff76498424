/** The append-only, hash-chained audit trail of decisions, writes, restricted reads and workflow transitions. */
@NullMarked
package io.github.liaisonsdk.audit;

import org.jspecify.annotations.NullMarked;
