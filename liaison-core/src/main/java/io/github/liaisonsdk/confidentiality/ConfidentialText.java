package io.github.liaisonsdk.confidentiality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Text;

/**
 * Free text that may be confidential: the summary of a contact, the notes of a concern.
 *
 * <p>Its {@link #toString()} never shows the text, so it cannot leak into a log line or an exception message by
 * accident; only {@link #reveal()} does, and only code that has been granted the content should call it.
 * Immutable and value-based; serialises as a bare JSON string.
 */
public final class ConfidentialText {
  /** The longest text accepted, in UTF-16 units. */
  public static final int MAX_LENGTH = 20_000;

  private final String text;

  private ConfidentialText(String text) {
    this.text = text;
  }

  /**
   * Wraps text, checking it can be stored anywhere: at most {@value #MAX_LENGTH} characters, no NUL or other
   * control character except tab and line breaks, no unpaired surrogate.
   *
   * @param text the text; not {@code null}, may be empty
   * @return the wrapped text
   * @throws LiaisonValidationException naming the rule broken, never the text
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ConfidentialText of(String text) {
    String rule = null;
    if (text == null) {
      rule = "is required";
    } else if (text.length() > MAX_LENGTH) {
      rule = "must be at most " + MAX_LENGTH + " characters";
    } else if (!Text.storable(text)) {
      rule = "must not contain NUL or control characters other than tab and line breaks";
    } else if (!Text.wellFormed(text)) {
      rule = "must not contain unpaired surrogate characters";
    }
    if (rule != null) {
      throw new LiaisonValidationException("ConfidentialText", Violation.of("text", rule));
    }
    return new ConfidentialText(text);
  }

  /**
   * The text itself. Call only after the reader has been granted the content.
   *
   * @return the text
   */
  @JsonValue
  public String reveal() {
    return text;
  }

  /**
   * The length of the text, which reveals nothing of its content.
   *
   * @return the number of UTF-16 units
   */
  public int length() {
    return text.length();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfidentialText && ((ConfidentialText) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Never the text. */
  @Override
  public String toString() {
    return "ConfidentialText[" + text.length() + " chars]";
  }
}
