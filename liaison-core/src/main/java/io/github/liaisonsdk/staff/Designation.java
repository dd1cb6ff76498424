package io.github.liaisonsdk.staff;

/**
 * The posts the policies name. A policy pack maps an MIS's own role names onto these.
 *
 * <p>HSL-2 expects staff to keep to their role (teacher or support assistant); HSL-4 routes consultation to the
 * line manager; HSL-5, HSL-7 and HSL-9 name the headteacher and assistant headteacher; LP36-5.1, LP36-6.1 and
 * LP36-7 name the site/service manager.
 */
public enum Designation {
  /** A teacher. */
  TEACHER,
  /** A support assistant. */
  SUPPORT_ASSISTANT,
  /** A line manager of other staff. */
  LINE_MANAGER,
  /** The headteacher (or acting headteacher). */
  HEADTEACHER,
  /** An assistant headteacher. */
  ASSISTANT_HEADTEACHER,
  /** The designated safeguarding lead. */
  DESIGNATED_SAFEGUARDING_LEAD,
  /** The site or service manager. */
  SITE_MANAGER,
  /** School office staff. */
  OFFICE,
  /**
   * The chair of governors: by default, the one who reviews the headteacher's own disclosures of contact outside
   * school (HSL-7), since no one reviews their own.
   */
  CHAIR_OF_GOVERNORS;

  /**
   * Whether this post is one of the two the HSL policy trusts with checks and restricted logs (HSL-5, HSL-9).
   *
   * @return {@code true} for the headteacher and the assistant headteacher
   */
  public boolean isHeadship() {
    return this == HEADTEACHER || this == ASSISTANT_HEADTEACHER;
  }

  /**
   * Whether the post is one of the school's staff. The chair of governors is not: governors are outside the school
   * for sharing (HSL-3), read no pupil's records and count in no staff figure; their powers are the HSL-7 review
   * of the headteacher's own disclosures and, where the policy names the post as a signatory, signing a new version
   * of it (HSL-11).
   *
   * @return {@code false} for the chair of governors
   */
  public boolean isStaffPost() {
    return this != CHAIR_OF_GOVERNORS;
  }
}
