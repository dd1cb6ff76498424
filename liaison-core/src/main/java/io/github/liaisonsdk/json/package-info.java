/** The stable, versioned JSON form of Liaison SDK values, and strict reading of it. */
@NullMarked
package io.github.liaisonsdk.json;

import org.jspecify.annotations.NullMarked;
