package io.github.liaisonsdk.pupil;

/** The kinds of individual support plan that LP36-5.1 names. */
public enum SupportPlanKind {
  /** An Individual Education Plan. */
  IEP,
  /** An Education, Health and Care Plan. */
  EHCP
}
