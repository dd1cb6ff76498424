/** Contact records, append-only, and their amendments (LP36-4d, LP36-5, HSL-6 to HSL-8). */
@NullMarked
package io.github.liaisonsdk.contact;

import org.jspecify.annotations.NullMarked;
