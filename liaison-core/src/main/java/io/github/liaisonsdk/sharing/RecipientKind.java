package io.github.liaisonsdk.sharing;

/** Who would receive the information. */
public enum RecipientKind {
  /** A member of staff of the school. */
  STAFF_IN_SCHOOL,
  /** A parent or carer with parental responsibility. */
  PARENT_WITH_RESPONSIBILITY,
  /** A parent or carer without parental responsibility. */
  PARENT_WITHOUT_RESPONSIBILITY,
  /** Another service of the same group, such as the children's home the child lives in. */
  OTHER_GROUP_SERVICE,
  /** The Local Authority safeguarding team. */
  LA_SAFEGUARDING_TEAM,
  /** An agency outside the group. */
  EXTERNAL_AGENCY,
  /** The governing body. */
  GOVERNORS,
  /** Anyone else. */
  PUBLIC;

  /**
   * Whether the recipient is inside the school, where HSL-4 rather than HSL-3 governs confidential information.
   *
   * @return {@code true} for staff of the school
   */
  public boolean insideSchool() {
    return this == STAFF_IN_SCHOOL;
  }
}
