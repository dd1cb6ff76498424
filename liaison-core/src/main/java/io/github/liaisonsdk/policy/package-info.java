/** Policy packs: a school's procedure as data, with its metadata, review dates and school terms. */
package io.github.liaisonsdk.policy;
