package io.github.liaisonsdk.port;

import io.github.liaisonsdk.todo.ToDoItem;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor's notifications, which the to-do list is pushed to ({@code ToDo#push}): each item names its owner, so
 * the vendor routes it to that member of staff or to whoever holds the post. Item ids stay the same while an item is
 * open, so an implementation tells new items from ones it has sent, and an id missing from a later push is done.
 *
 * <p>Implementations must be thread-safe if pushes may overlap.
 */
public interface ToDoNotifications {

  /**
   * Receives the school's whole to-do list as it stands.
   *
   * @param asOf the school's today
   * @param items every open item, earliest due first
   */
  void publish(LocalDate asOf, List<ToDoItem> items);
}
