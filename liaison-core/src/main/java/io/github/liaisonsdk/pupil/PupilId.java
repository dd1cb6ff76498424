package io.github.liaisonsdk.pupil;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.internal.Ids;

/**
 * The MIS's own opaque identifier of a pupil. The MIS owns the pupil record: Liaison SDK needs no name.
 *
 * <p>Value-based and immutable; serialises as a bare JSON string.
 *
 * @param value the identifier: 1 to 128 characters, no surrounding whitespace, no control characters
 */
public record PupilId(@JsonValue String value) {

  /**
   * Checks the identifier.
   *
   * @param value the identifier
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if it is empty, too long or holds control characters
   */
  public PupilId {
    Ids.check(value, "PupilId");
  }

  /**
   * Wraps an identifier.
   *
   * @param value the identifier
   * @return the pupil id
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PupilId of(String value) {
    return new PupilId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
