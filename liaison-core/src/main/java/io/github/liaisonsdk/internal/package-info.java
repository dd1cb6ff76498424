/**
 * Implementation details shared by the core's packages. <strong>Not a supported API</strong>: anything here may
 * change or vanish in any release, and it is not exported to callers.
 */
package io.github.liaisonsdk.internal;
