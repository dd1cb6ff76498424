package io.github.liaisonsdk.pupil;

/**
 * Where a pupil lives, as the scope of the liaison procedure lists it (LP36-3). Every pupil in scope needs a
 * liaison plan, and who the family-side counterpart is depends on this context.
 */
public enum ResidenceContext {
  /** A day pupil or learner living with their family. */
  DAY_WITH_FAMILY,
  /** A day pupil living in a children's home. */
  DAY_IN_CHILDRENS_HOME,
  /** A pupil living in the school's own care accommodation. */
  SCHOOL_CARE_ACCOMMODATION,
  /** A pupil living in a care home. */
  CARE_HOME,
  /** A learner living in further-education accommodation. */
  FE_ACCOMMODATION,
  /** A pupil in an inpatient unit. */
  INPATIENT_UNIT,
  /** A boarding pupil. */
  BOARDING;

  /**
   * Whether the pupil lives with their own family, so a parent or carer with parental responsibility is the
   * natural counterpart; in every other context a residential counterpart is needed too.
   *
   * @return {@code true} for {@link #DAY_WITH_FAMILY}
   */
  public boolean livesWithFamily() {
    return this == DAY_WITH_FAMILY;
  }
}
