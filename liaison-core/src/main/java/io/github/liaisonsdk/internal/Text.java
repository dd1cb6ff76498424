package io.github.liaisonsdk.internal;

/** Rules for free text that must survive every store we support. */
public final class Text {
  private Text() {}

  /**
   * Whether the text holds a character a database cannot store or a log would misread: NUL and the other C0/C1
   * control characters except tab, line feed and carriage return.
   *
   * @param text the text, may be {@code null}
   * @return {@code true} if no such character is present
   */
  public static boolean storable(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is a well-formed UTF-16 string: no lone surrogate, which no UTF-8 database can store.
   *
   * @param text the text, may be {@code null}
   * @return {@code true} if every surrogate is paired
   */
  public static boolean wellFormed(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is a label: one line of 1 to {@code max} characters, not blank, with no control character.
   *
   * @param text the text, may be {@code null}
   * @param max the longest label accepted
   * @return {@code true} if it is a label
   */
  public static boolean label(String text, int max) {
    return text != null
        && !text.isBlank()
        && text.length() <= max
        && storable(text)
        && wellFormed(text)
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0
        && text.indexOf('\t') < 0;
  }
}
