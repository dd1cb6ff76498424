package io.github.liaisonsdk.basics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The vendor's identifier of one school (or of a group of schools, for the group's own records): the key every
 * stored row, every chain and every port call leads with. A database that keeps many schools keeps each school's
 * rows apart by this value, and a distributed database places them by it.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string. Stricter than other identifiers because it also
 * travels as a database session setting and a distribution key: ASCII letters, digits and {@code . _ : -}.
 *
 * @param value 1 to 64 characters: ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or a digit
 */
public record SchoolId(@JsonValue String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  // Before DEFAULT, which is checked against it when the class initialises.

  /** The school of a database that was kept for one school only, before schools were told apart. */
  public static final SchoolId DEFAULT = new SchoolId("default");

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws LiaisonValidationException if it is missing or breaks the rule; the message does not quote it
   */
  public SchoolId {
    if (value == null) {
      throw new LiaisonValidationException("SchoolId", Violation.of("value", "is required"));
    }
    if (!SHAPE.matcher(value).matches()) {
      throw new LiaisonValidationException(
          "SchoolId",
          Violation.of(
              "value",
              "must be 1 to 64 ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or a digit"));
    }
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the school id
   * @throws LiaisonValidationException if it breaks the rule
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SchoolId of(String value) {
    return new SchoolId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
