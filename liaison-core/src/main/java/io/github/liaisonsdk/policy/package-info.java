/** Policy packs: a school's procedure as data, with its metadata, review dates and school terms. */
@NullMarked
package io.github.liaisonsdk.policy;

import org.jspecify.annotations.NullMarked;
