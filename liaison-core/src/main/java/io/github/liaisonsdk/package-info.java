/**
 * Liaison SDK: a school's home-school liaison policy as code. This package holds what every other package shares:
 * the project's value style and the exceptions callers handle.
 */
@NullMarked
package io.github.liaisonsdk;

import org.jspecify.annotations.NullMarked;
