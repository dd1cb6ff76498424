/**
 * The policy itself, for people (HSL-10): the pack in force as a document a person reads, requests for a copy by
 * governors, parents and others, and each member of staff's "read and understood" per version.
 */
@NullMarked
package io.github.liaisonsdk.publication;

import org.jspecify.annotations.NullMarked;
