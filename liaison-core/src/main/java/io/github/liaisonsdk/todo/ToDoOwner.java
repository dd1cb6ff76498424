package io.github.liaisonsdk.todo;

import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.util.Optional;

/**
 * Who an item is for: a named member of staff, or whoever holds a post. Value-based and immutable.
 *
 * @param staff the member of staff, when the item is theirs by name
 * @param post the post, when the item is the post's
 */
public record ToDoOwner(Optional<StaffId> staff, Optional<Designation> post) {

  /**
   * Checks that exactly one is given.
   *
   * @param staff the member of staff
   * @param post the post
   */
  public ToDoOwner {
    if (staff == null || post == null || staff.isPresent() == post.isPresent()) {
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "ToDoOwner",
          io.github.liaisonsdk.basics.Violation.of(
              "staff", "an owner is a member of staff or a post"));
    }
  }

  /**
   * A named member of staff.
   *
   * @param staff who
   * @return the owner
   */
  public static ToDoOwner of(StaffId staff) {
    return new ToDoOwner(Optional.of(staff), Optional.empty());
  }

  /**
   * Whoever holds a post.
   *
   * @param post the post
   * @return the owner
   */
  public static ToDoOwner of(Designation post) {
    return new ToDoOwner(Optional.empty(), Optional.of(post));
  }

  @Override
  public String toString() {
    return staff.map(StaffId::value).orElseGet(() -> post.orElseThrow().name());
  }
}
