package io.github.liaisonsdk.plan;

import io.github.liaisonsdk.pupil.ResidenceContext;
import java.util.EnumSet;
import java.util.Set;

/** Who a family-side contact is to the pupil. */
public enum Relationship {
  /** A parent. */
  PARENT,
  /** A carer in the family home. */
  CARER,
  /** A foster carer. */
  FOSTER_CARER,
  /** A grandparent or other relative. */
  RELATIVE,
  /** The key worker at a children's home or care home. */
  KEY_WORKER,
  /** Residential care staff of the school's own care accommodation or of a care home. */
  RESIDENTIAL_STAFF,
  /** A house parent of a boarding house. */
  HOUSE_PARENT,
  /** Staff of further-education accommodation. */
  FE_ACCOMMODATION_STAFF,
  /** The named nurse or key clinician of an inpatient unit. */
  WARD_STAFF,
  /** The child's social worker. */
  SOCIAL_WORKER;

  /**
   * Whether this is a professional counterpart (a key worker, residential or ward staff, a house parent), who acts
   * for the child but never holds parental responsibility as such.
   *
   * @return {@code true} for professional counterparts
   */
  public boolean isProfessional() {
    return this != PARENT && this != CARER && this != FOSTER_CARER && this != RELATIVE;
  }

  /**
   * The relationships that count as the day-to-day counterpart for a pupil living in the given context: the
   * person who must be reachable when the pupil does not live with their family.
   *
   * @param context where the pupil lives
   * @return the counterpart relationships for that context
   */
  public static Set<Relationship> counterpartsFor(ResidenceContext context) {
    switch (context) {
      case DAY_WITH_FAMILY:
        return EnumSet.of(PARENT, CARER, FOSTER_CARER, RELATIVE);
      case DAY_IN_CHILDRENS_HOME:
      case CARE_HOME:
        return EnumSet.of(KEY_WORKER, RESIDENTIAL_STAFF);
      case SCHOOL_CARE_ACCOMMODATION:
        return EnumSet.of(RESIDENTIAL_STAFF, KEY_WORKER);
      case FE_ACCOMMODATION:
        return EnumSet.of(FE_ACCOMMODATION_STAFF);
      case INPATIENT_UNIT:
        return EnumSet.of(WARD_STAFF);
      case BOARDING:
        return EnumSet.of(HOUSE_PARENT);
      default:
        throw new AssertionError(context);
    }
  }
}
