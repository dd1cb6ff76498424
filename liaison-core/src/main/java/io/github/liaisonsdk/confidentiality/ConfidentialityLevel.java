package io.github.liaisonsdk.confidentiality;

/**
 * How confidential a piece of information is, in increasing order: the declaration order is the ordering, so
 * {@code compareTo} and {@link #isAtLeast} compare sensitivity.
 */
public enum ConfidentialityLevel {
  /** May be given to anyone who asks, like the policy itself (HSL-10). */
  PUBLIC,
  /** For the school's staff, not for outsiders. */
  SCHOOL_INTERNAL,
  /** Not shared outside school; inside only with relevant parties after consulting the line manager (HSL-3, HSL-4). */
  CONFIDENTIAL,
  /** Readable only by named posts, such as the liaison form of HSL-9. */
  RESTRICTED,
  /** Safeguarding information: the most sensitive, with its own sharing route (LP36-6.1). */
  SAFEGUARDING;

  /**
   * Compares sensitivity.
   *
   * @param other the level to compare with
   * @return {@code true} if this level is as sensitive as {@code other} or more
   */
  public boolean isAtLeast(ConfidentialityLevel other) {
    return compareTo(other) >= 0;
  }
}
