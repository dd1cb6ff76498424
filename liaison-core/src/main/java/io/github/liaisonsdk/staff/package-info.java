/** Staff members and the posts the policies name (HSL-2, HSL-4, HSL-5, HSL-9, LP36-5.1, LP36-6.1). */
@NullMarked
package io.github.liaisonsdk.staff;

import org.jspecify.annotations.NullMarked;
