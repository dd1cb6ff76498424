package io.github.liaisonsdk.plan;

/** Where liaison is recorded, as the plan's recording arrangement says (LP36-4d). */
public enum RecordLocation {
  /** The MIS's contact log for the pupil. */
  MIS_CONTACT_LOG,
  /** The home-school book, transcribed into the MIS. */
  HOME_SCHOOL_BOOK,
  /** The child's safeguarding record, kept apart from the main pupil file. */
  SAFEGUARDING_RECORD,
  /** The parent/liaison form held in the school office (HSL-8), readable only by the headship (HSL-9). */
  LIAISON_FORM
}
