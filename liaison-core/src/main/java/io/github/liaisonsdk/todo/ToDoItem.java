package io.github.liaisonsdk.todo;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing that is due. It holds ids, dates and the clause, never content, so a notification may carry it. Its id
 * is the same on every list while the item stays open, so a vendor's notifications can tell a new item from one sent
 * before; a changed due date (a new last contact, a new review date) is a new item. Value-based and immutable.
 *
 * @param id the stable id
 * @param kind what is asked
 * @param owner whose it is
 * @param due the last day it should be done by
 * @param overdue whether that day has passed
 * @param clause the clause that asks it
 * @param pupil the pupil concerned, if any
 * @param subject the id of what it is about: a plan, a pack, a case, a consultation, a transfer or a pupil
 */
public record ToDoItem(
    String id,
    ToDoKind kind,
    ToDoOwner owner,
    LocalDate due,
    boolean overdue,
    Clause clause,
    Optional<PupilId> pupil,
    String subject) {

  /**
   * What to do, in plain English.
   *
   * @return the action
   */
  public String action() {
    return kind.action();
  }
}
