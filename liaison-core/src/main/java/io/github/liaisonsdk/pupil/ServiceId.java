package io.github.liaisonsdk.pupil;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of a service of the group (a school, a children's home, a college), as the group names it.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record ServiceId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is empty, too long or holds control characters
   */
  public ServiceId {
    Ids.check(value, "ServiceId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
