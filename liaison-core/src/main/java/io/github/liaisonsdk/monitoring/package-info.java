/**
 * Monitoring liaison's effectiveness (LP36-7): expected against actual routine contact, overdue contact,
 * emergency response, topic coverage, pupils without a plan, reviews due, and repeated out-of-hours contact.
 */
@NullMarked
package io.github.liaisonsdk.monitoring;

import org.jspecify.annotations.NullMarked;
