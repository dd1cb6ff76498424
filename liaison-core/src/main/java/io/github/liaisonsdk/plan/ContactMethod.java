package io.github.liaisonsdk.plan;

/** How school and family communicate, routinely or in an emergency. */
public enum ContactMethod {
  /** A meeting in person. */
  IN_PERSON,
  /** A telephone call. */
  TELEPHONE,
  /** A video call. */
  VIDEO_CALL,
  /** A text message. */
  TEXT_MESSAGE,
  /** An email. */
  EMAIL,
  /** A message through the MIS's parent app. */
  APP_MESSAGE,
  /** A home-school book carried by the pupil. */
  HOME_SCHOOL_BOOK,
  /** A letter. */
  LETTER;

  /**
   * Whether the method reaches a person at once, as an emergency needs (LP36-4c): a call or a meeting does, a
   * message that waits to be read does not.
   *
   * @return {@code true} for in-person, telephone and video contact
   */
  public boolean reachesPersonAtOnce() {
    return this == IN_PERSON || this == TELEPHONE || this == VIDEO_CALL;
  }
}
