package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of an consultation on record (HSL-4, HSL-5, LP36-6.1).
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record ConsultationId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   */
  public ConsultationId {
    Ids.check(value, "ConsultationId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ConsultationId of(String value) {
    return new ConsultationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
