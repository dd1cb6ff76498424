/**
 * What is due in a school's liaison, from its records: overdue routine contact, reviews coming up, disclosures
 * waiting for the headteacher, LP36-6.2 follow-ups, child protection file transfers and disposal reviews. Each item
 * has an owner, a due date, a clause and an id that stays the same while the item is open.
 */
@NullMarked
package io.github.liaisonsdk.todo;

import org.jspecify.annotations.NullMarked;
