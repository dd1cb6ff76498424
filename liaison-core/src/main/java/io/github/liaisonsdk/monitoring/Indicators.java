package io.github.liaisonsdk.monitoring;

import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.FamilyContact;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.port.ContactParties;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The aims of LP36-2 as indicators, each defined from what liaison records hold: who took part in a contact, as the
 * plan in force names them. What those records cannot show is listed as not measured, with the reason, rather than
 * guessed at. Stateless.
 */
final class Indicators {
  static final String PARTICIPATION = "participation";
  static final String COOPERATION = "cooperation of home, school and agencies";
  static final String CAPACITY = "parents' capacity to support";
  static final String OUTCOMES = "uptake, retention and progression";
  static final String DISSEMINATION = "dissemination";
  static final String ALL = "all pupils";
  static final String AT_RISK = "at risk of failure";

  private Indicators() {}

  /**
   * The indicators of a period's contacts.
   *
   * @param all who took part in each contact of the period
   * @param planVersion the plan version a contact was recorded under, if the school still holds it
   * @param pupils the school's pupils
   * @param acknowledged how many of the school's staff acknowledged the policy version in force (HSL-10)
   * @param staff how many staff the school has
   */
  static List<Indicator> of(
      List<ContactParties> all,
      BiFunction<PlanId, Integer, Optional<LiaisonPlan>> planVersion,
      Map<PupilId, Pupil> pupils,
      long acknowledged,
      long staff) {
    // A contact whose plan is no longer held cannot say who took part: it counts in no share, above
    // or below.
    List<ContactParties> inPeriod =
        all.stream().filter(c -> planVersion.apply(c.plan(), c.planVersion()).isPresent()).toList();
    List<ContactParties> routine =
        inPeriod.stream().filter(r -> r.kind() == ContactKind.ROUTINE).toList();
    Predicate<ContactParties> withFamily = r -> involves(r, planVersion, false);
    Predicate<ContactParties> atRisk =
        r -> Optional.ofNullable(pupils.get(r.pupil())).map(Pupil::atRiskOfFailure).orElse(false);
    String participation =
        "routine contacts in the period with a family member (parent, carer, foster carer or"
            + " relative), as the plan version the contact was recorded under names them, among those contacted, out of"
            + " all routine contacts";
    return List.of(
        Indicator.share(
            PARTICIPATION,
            ALL,
            participation,
            routine.stream().filter(withFamily).count(),
            routine.size()),
        Indicator.share(
            PARTICIPATION,
            AT_RISK,
            participation + ", for pupils the MIS flags as at risk of failure",
            routine.stream().filter(atRisk).filter(withFamily).count(),
            routine.stream().filter(atRisk).count()),
        Indicator.share(
            COOPERATION,
            ALL,
            "contacts of any kind in the period with someone of another service or"
                + " agency (key worker, residential, ward or FE accommodation staff, house parent, social worker), as the"
                + " contact's plan version names them, among those contacted, out of all contacts",
            inPeriod.stream().filter(r -> involves(r, planVersion, true)).count(),
            inPeriod.size()),
        Indicator.outOfReach(
            CAPACITY,
            "liaison records say who was contacted, how and about what, not what a"
                + " family is able to do to support the child: that needs the school's own assessment or a survey"),
        Indicator.outOfReach(
            OUTCOMES,
            "uptake, retention and progression are outcomes the MIS holds (enrolment,"
                + " attendance, destinations), not liaison records"),
        Indicator.share(
            DISSEMINATION,
            "all staff",
            "members of staff who have acknowledged reading and"
                + " understanding the policy version in force (HSL-10), out of all staff",
            acknowledged,
            staff));
  }

  /** Whether anyone contacted is, on the contact's plan version, a professional (or, if not, a family member). */
  private static boolean involves(
      ContactParties record,
      BiFunction<PlanId, Integer, Optional<LiaisonPlan>> plans,
      boolean professional) {
    Optional<LiaisonPlan> recordedUnder = plans.apply(record.plan(), record.planVersion());
    if (recordedUnder.isEmpty()) {
      return false;
    }
    LiaisonPlan plan = recordedUnder.get();
    for (ContactPersonId counterpart : record.counterparts()) {
      Optional<FamilyContact> contact = plan.familyContact(counterpart);
      if (contact.isPresent() && contact.get().relationship().isProfessional() == professional) {
        return true;
      }
    }
    return false;
  }
}
