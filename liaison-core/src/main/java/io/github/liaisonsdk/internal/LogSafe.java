package io.github.liaisonsdk.internal;

/**
 * Makes a value safe to put in a log line or an exception message. Values that reach a log come from other systems
 * (identifiers issued by an MIS, pack ids read from JSON); a line break or a bidirectional override in one of them
 * would let it forge or disguise log lines. Such characters are shown as {@code \}{@code uXXXX} escapes, and long
 * values are cut short, so one value can neither span lines nor flood a log.
 */
public final class LogSafe {
  /** The longest value shown in full. */
  public static final int MAX_LENGTH = 160;

  private LogSafe() {}

  /**
   * The value as one printable line.
   *
   * @param value any value, may be {@code null}
   * @return its string form with control, separator and format characters escaped, at most {@value #MAX_LENGTH}
   *     characters of it followed by an ellipsis if longer
   */
  public static String of(Object value) {
    String text = String.valueOf(value);
    int shown = Math.min(text.length(), MAX_LENGTH);
    StringBuilder out = null;
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < shown
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (needsEscape(c)) {
        if (out == null) {
          out = new StringBuilder(shown + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    if (out == null && shown == text.length()) {
      return text;
    }
    if (out == null) {
      out = new StringBuilder(text.substring(0, shown));
    }
    if (shown < text.length()) {
      out.append("…(").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /**
   * Whether a character could break or disguise a line of log: C0 and C1 controls (line feed, carriage return,
   * escape), the Unicode line and paragraph separators, format characters such as the bidirectional overrides,
   * and surrogates (called only for those not in a pair).
   */
  static boolean needsEscape(char c) {
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT;
  }
}
