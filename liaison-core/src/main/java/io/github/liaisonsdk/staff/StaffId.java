package io.github.liaisonsdk.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of a member of staff, as the MIS knows them.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record StaffId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is empty, too long or holds control characters
   */
  public StaffId {
    Ids.check(value, "StaffId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static StaffId of(String value) {
    return new StaffId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
