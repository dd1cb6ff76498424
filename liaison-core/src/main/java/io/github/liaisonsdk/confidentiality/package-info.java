/** Ordered confidentiality levels, the topics of liaison and their default levels, and confidential text. */
@NullMarked
package io.github.liaisonsdk.confidentiality;

import org.jspecify.annotations.NullMarked;
