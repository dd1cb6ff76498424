package io.github.liaisonsdk.internal;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;

/** The one rule every opaque identifier follows, whichever system issued it. */
public final class Ids {
  /** The longest identifier accepted; MIS identifiers are far shorter. */
  public static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Checks an identifier: 1 to {@value #MAX_LENGTH} characters, no surrounding whitespace, no control characters,
   * and none of the invisible characters that can disguise an identifier or split a log line (line and paragraph
   * separators, format characters such as bidirectional overrides and zero-width joiners).
   *
   * @param value the identifier
   * @param type the identifier's type, for the message
   * @return the identifier
   * @throws LiaisonValidationException if it breaks the rule
   */
  public static String check(String value, String type) {
    String rule = null;
    if (value == null) {
      rule = "is required";
    } else if (value.isEmpty() || value.length() > MAX_LENGTH) {
      rule = "must be 1 to " + MAX_LENGTH + " characters";
    } else if (!value.strip().equals(value)) {
      rule = "must not start or end with whitespace";
    } else if (!Text.storable(value)
        || !Text.wellFormed(value)
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0
        || value.indexOf('\t') >= 0) {
      rule = "must not contain control characters or unpaired surrogates";
    } else if (hasInvisibleStructure(value)) {
      rule =
          "must not contain line or paragraph separators or format characters such as bidirectional overrides";
    }
    if (rule != null) {
      throw new LiaisonValidationException(type, Violation.of("value", rule));
    }
    return value;
  }

  private static boolean hasInvisibleStructure(String value) {
    return value
        .codePoints()
        .map(Character::getType)
        .anyMatch(
            type ->
                type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT);
  }
}
