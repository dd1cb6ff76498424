package io.github.liaisonsdk;

import io.github.liaisonsdk.port.ToDoNotifications;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.todo.ToDoItem;
import java.util.List;

/**
 * What is due, from the school's records: routine contact past its plan's frequency (LP36-4b), plan and policy
 * reviews within {@value #REVIEW_NOTICE_DAYS} days of their date or past it (LP36-4, HSL-11), disclosures the
 * headteacher has not reviewed (HSL-7), LA agreements without who informs the other services (LP36-6.2), child
 * protection file transfers not confirmed received and files due for a disposal review (LP36-4e). Each item has an
 * owner, a due date, a clause and a stable id; none carries content.
 *
 * <p>Thread-safe. Get it from {@link Liaison#toDo()}.
 */
public interface ToDo {

  /** How many days before a review date the review appears on the list. */
  int REVIEW_NOTICE_DAYS = 28;

  /**
   * The items a member of staff should act on: those owned by them or by a post they hold; a headship member, who
   * runs the site's monitoring (LP36-7), sees every item. Audited.
   *
   * @param reader the member of staff
   * @return the items, earliest due first
   * @throws io.github.liaisonsdk.port.NotFoundException if the member of staff is not held
   */
  List<ToDoItem> items(StaffId reader);

  /**
   * Pushes the whole list to the vendor's notifications, which route each item to its owner. Audited as the
   * system's act.
   *
   * @param notifications the vendor's notifications
   * @return the items pushed
   */
  List<ToDoItem> push(ToDoNotifications notifications);
}
