package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The opaque identifier of a policy pack, stable across its versions.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record PolicyPackId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is empty, too long or holds control characters
   */
  public PolicyPackId {
    Ids.check(value, "PolicyPackId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the identifier
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PolicyPackId of(String value) {
    return new PolicyPackId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
