/**
 * What every other package shares and depends on nothing of ours: the clause ids of the two source policies, the
 * validation exception with its violations, and the other exceptions callers handle.
 */
@NullMarked
package io.github.liaisonsdk.basics;

import org.jspecify.annotations.NullMarked;
