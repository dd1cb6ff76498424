package io.github.liaisonsdk.basics;

/**
 * The root of every exception Liaison SDK throws on purpose.
 *
 * <p>Messages name fields, rules and clause ids; they never contain confidential text. Unchecked, because the
 * caller can rarely recover from a policy or data error other than by reporting it.
 */
public class LiaisonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that must not contain confidential text.
   *
   * @param message what went wrong, naming fields and rules, never values
   */
  public LiaisonException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause. The cause's message is not copied into this one.
   *
   * @param message what went wrong, naming fields and rules, never values
   * @param cause the underlying failure
   */
  public LiaisonException(String message, Throwable cause) {
    super(message, cause);
  }
}
