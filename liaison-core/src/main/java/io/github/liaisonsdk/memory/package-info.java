/** The in-memory adapter: every port in memory, for tests, demos and trying the library out. */
@NullMarked
package io.github.liaisonsdk.memory;

import org.jspecify.annotations.NullMarked;
