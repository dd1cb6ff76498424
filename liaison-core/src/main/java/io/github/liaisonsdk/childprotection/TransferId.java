package io.github.liaisonsdk.childprotection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The id of a child protection file transfer. Value-based and immutable.
 *
 * @param value the id
 */
public record TransferId(@JsonValue String value) {

  /**
   * Checks the id.
   *
   * @param value the id
   */
  public TransferId {
    Ids.check(value, "TransferId");
  }

  /**
   * An id from its text.
   *
   * @param value the id
   * @return the id
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TransferId of(String value) {
    return new TransferId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
