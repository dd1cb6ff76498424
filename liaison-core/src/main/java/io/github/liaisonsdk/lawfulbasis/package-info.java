/** Data-protection support (LP36-4e): lawful bases and special category conditions. */
@NullMarked
package io.github.liaisonsdk.lawfulbasis;

import org.jspecify.annotations.NullMarked;
