/** The in-memory adapter: every port in memory, for tests, demos and trying the library out. */
package io.github.liaisonsdk.memory;
