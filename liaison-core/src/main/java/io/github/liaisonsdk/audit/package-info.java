/** The append-only, hash-chained audit trail of decisions, writes, restricted reads and workflow transitions. */
package io.github.liaisonsdk.audit;
