package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of a family-side contact person within a plan.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record ContactPersonId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is empty, too long or holds control characters
   */
  public ContactPersonId {
    Ids.check(value, "ContactPersonId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ContactPersonId of(String value) {
    return new ContactPersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
