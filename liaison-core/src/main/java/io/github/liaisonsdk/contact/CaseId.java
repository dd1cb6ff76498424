package io.github.liaisonsdk.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of an out-of-hours contact case.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record CaseId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   */
  public CaseId {
    Ids.check(value, "CaseId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
