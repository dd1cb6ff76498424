package io.github.liaisonsdk.examples;

/**
 * A bearer token refused: answered 401 with the rule it broke. The message names the rule only, never the token
 * or anything read from it, so it is safe in a response and in a log.
 */
final class TokenRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String rule;
  private final boolean missing;

  private TokenRefused(String rule, String message, boolean missing) {
    super(message, null, false, false);
    this.rule = rule;
    this.missing = missing;
  }

  static TokenRefused because(String rule, String message) {
    return new TokenRefused(rule, message, false);
  }

  static TokenRefused missing() {
    return new TokenRefused("missing", "present a bearer token: Authorization: Bearer <JWT>", true);
  }

  /** The short name of the rule broken, such as {@code expired}, for the JSON error. */
  String rule() {
    return rule;
  }

  /** No credentials at all: RFC 6750 answers those without an error code. */
  boolean isMissing() {
    return missing;
  }
}
