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

  /**
   * Whether fewer people may see information at this level than at {@code other}. This is the order a level may
   * only ever move in without a headship check (HSL-5): PUBLIC, SCHOOL_INTERNAL, CONFIDENTIAL, SAFEGUARDING, and
   * narrowest of all RESTRICTED, which exactly the posts HSL-9 names may read.
   *
   * @param other the level to compare with
   * @return {@code true} if this level lets strictly fewer people see the information
   */
  public boolean isNarrowerThan(ConfidentialityLevel other) {
    return narrowness() > other.narrowness();
  }

  /**
   * The narrower of two levels: what information is treated as when two sources classify it.
   *
   * @param other the other level
   * @return this level or {@code other}, whichever lets fewer people see it
   */
  public ConfidentialityLevel narrowest(ConfidentialityLevel other) {
    return other.isNarrowerThan(this) ? other : this;
  }

  private int narrowness() {
    return this == RESTRICTED ? Integer.MAX_VALUE : ordinal();
  }
}
