package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.lawfulbasis.DataProtectionBasis;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.EmergencyCall;
import io.github.liaisonsdk.plan.FamilyContact;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.plan.RecordingPlan;
import io.github.liaisonsdk.plan.Relationship;
import io.github.liaisonsdk.plan.RoutineArrangement;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.StaffId;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The quick start: builds a liaison plan (LP36-4) for a pupil in each residence context of LP36-3 and prints each
 * as a readable summary, or with {@code --json} as the stable JSON form.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests package} from the repository root.
 */
public final class QuickStart {

  private static final Frequency[] CADENCES = {
    Frequency.DAILY,
    Frequency.WEEKLY,
    Frequency.FORTNIGHTLY,
    Frequency.MONTHLY,
    Frequency.HALF_TERMLY,
    Frequency.WEEKLY,
    Frequency.DAILY
  };

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args {@code --json} for machine-readable output
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through jboss-logging; route it to SLF4J so one logging setup
    // governs everything.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    boolean json = List.of(args).contains("--json");
    run(json, System.out);
  }

  static void run(boolean json, PrintStream out) {
    List<LiaisonPlan> plans = plansForEveryResidenceContext(LocalDate.of(2026, 9, 1));
    if (json) {
      out.println(LiaisonJson.writePretty(plans));
      return;
    }
    out.println(
        "Liaison SDK quick start: one liaison plan for a pupil in each residence context (LP36-3)");
    out.println();
    for (LiaisonPlan plan : plans) {
      out.println(summary(plan));
    }
    out.println(
        "Run again with --json for the stable JSON form (schemaVersion "
            + LiaisonJson.SCHEMA_VERSION
            + ").");
  }

  /**
   * A plan for a pupil in each residence context, each with the counterpart that context calls for.
   *
   * @param start the first day the plans apply
   * @return one plan per residence context
   */
  static List<LiaisonPlan> plansForEveryResidenceContext(LocalDate start) {
    List<LiaisonPlan> plans = new ArrayList<>();
    StaffId head = StaffId.of("T-HEAD");
    for (ResidenceContext context : ResidenceContext.values()) {
      String key = context.name().toLowerCase(Locale.ROOT).replace('_', '-');
      Relationship counterpartRole = Relationship.counterpartsFor(context).iterator().next();
      ContactPersonId counterpart = ContactPersonId.of(key + "-counterpart");
      ContactPersonId parent = ContactPersonId.of(key + "-parent");
      List<FamilyContact> family = new ArrayList<>();
      family.add(
          FamilyContact.builder()
              .id(counterpart)
              .relationship(counterpartRole)
              .parentalResponsibility(!counterpartRole.isProfessional())
              .addReachableBy(ContactMethod.TELEPHONE, ContactMethod.EMAIL)
              .build());
      if (!context.livesWithFamily()) {
        family.add(
            FamilyContact.builder()
                .id(parent)
                .relationship(Relationship.PARENT)
                .parentalResponsibility(true)
                .addReachableBy(ContactMethod.TELEPHONE, ContactMethod.LETTER)
                .build());
      }
      plans.add(
          LiaisonPlan.builder()
              .id(PlanId.of("PLAN-" + key))
              .version(1)
              .pupil(PupilId.of("UPN-" + key))
              .residence(context)
              .addSchoolSide(StaffId.of("T-" + key + "-tutor"))
              .familySide(family)
              .routine(RoutineArrangement.of(ContactMethod.TELEPHONE, CADENCES[context.ordinal()]))
              .addEmergencyCallOrder(EmergencyCall.of(counterpart, ContactMethod.TELEPHONE))
              .recording(
                  RecordingPlan.builder()
                      .location(RecordLocation.MIS_CONTACT_LOG)
                      .recordWithinHours(24)
                      .build())
              .addTopics(
                  Topic.ATTENDANCE,
                  Topic.PROGRESS,
                  Topic.BEHAVIOUR,
                  Topic.CONCERNS_AND_SAFEGUARDING)
              .dataProtection(DataProtectionBasis.publicTask())
              .effectiveFrom(start)
              .reviewDue(start.plusYears(1))
              .approvedBy(head)
              .approvedOn(start.minusDays(7))
              .build());
    }
    return plans;
  }

  private static String summary(LiaisonPlan plan) {
    String family =
        plan.familySide().stream()
            .map(
                c ->
                    c.relationship().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (c.parentalResponsibility() ? " (parental responsibility)" : ""))
            .collect(Collectors.joining(", "));
    EmergencyCall first = plan.emergencyCallOrder().get(0);
    return String.format(
        Locale.ROOT,
        "%s — pupil %s, %s%n"
            + "  school side (LP36-4a): %s%n"
            + "  family side (LP36-4a): %s%n"
            + "  routine (LP36-4b):     %s, %s%n"
            + "  emergency (LP36-4c):   first call %s by %s%n"
            + "  recording (LP36-4d):   %s within %d h%n"
            + "  lawful basis (LP36-4e): %s; review due %s%n",
        plan.id(),
        plan.pupil(),
        plan.residence(),
        plan.schoolSide(),
        family,
        plan.routine().method(),
        plan.routine().frequency(),
        first.contact(),
        first.method(),
        plan.recording().location(),
        plan.recording().recordWithinHours(),
        plan.dataProtection().lawfulBasis(),
        plan.reviewDue());
  }
}
