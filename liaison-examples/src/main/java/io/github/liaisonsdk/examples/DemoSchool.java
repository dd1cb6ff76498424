package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.FamilyContact;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.Relationship;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.pupil.SupportPlan;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo's small school: staff in every post, a pupil in every residence context, a plan each. */
final class DemoSchool {
  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
  static final LocalDate TERM_END = LocalDate.of(2026, 12, 18);
  static final ServiceId SCHOOL = ServiceId.of("coxlease-school");
  static final ServiceId CHILDRENS_HOME = ServiceId.of("group-childrens-home");

  /** A relative on the family plan who does not hold parental responsibility. */
  static final ContactPersonId RELATIVE = ContactPersonId.of("day-with-family-grandparent");

  final Map<Designation, StaffId> staff = new EnumMap<>(Designation.class);
  final List<Pupil> pupils = new ArrayList<>();
  final List<LiaisonPlan> plans;

  DemoSchool() {
    for (Designation post : Designation.values()) {
      staff.put(post, StaffId.of("S-" + post.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    plans = new ArrayList<>();
    for (LiaisonPlan plan : QuickStart.plansForEveryResidenceContext(TERM_START)) {
      // The plan's named school-side person is the teacher and the support assistant, approved by
      // the head.
      ResidenceContext context = plan.residence();
      var approved =
          LiaisonPlan.builder()
              .from(plan)
              .schoolSide(
                  List.of(staff.get(Designation.TEACHER), staff.get(Designation.SUPPORT_ASSISTANT)))
              .approvedBy(staff.get(Designation.HEADTEACHER));
      var pupil =
          Pupil.builder()
              .id(plan.pupil())
              .residence(context)
              .dateOfBirth(LocalDate.of(2011, 5, 1))
              .homeService(SCHOOL);
      if (context == ResidenceContext.DAY_WITH_FAMILY) {
        approved.addFamilySide(
            FamilyContact.builder()
                .id(RELATIVE)
                .relationship(Relationship.RELATIVE)
                .parentalResponsibility(false)
                .addReachableBy(ContactMethod.TELEPHONE)
                .build());
        // LP36-5.1: the pupil has an EHCP; the plan's named persons have access to it.
        pupil.addSupportPlan(
            SupportPlan.builder()
                .kind(SupportPlanKind.EHCP)
                .reference("EHCP-2026-001")
                .addAccessibleTo(
                    staff.get(Designation.TEACHER), staff.get(Designation.SUPPORT_ASSISTANT))
                .build());
      }
      plans.add(approved.build());
      if (context == ResidenceContext.DAY_IN_CHILDRENS_HOME
          || context == ResidenceContext.CARE_HOME) {
        pupil.addOtherService(CHILDRENS_HOME);
      }
      pupils.add(pupil.build());
    }
  }

  void register(Liaison liaison) {
    StaffId head = staff.get(Designation.HEADTEACHER);
    StaffId lineManager = staff.get(Designation.LINE_MANAGER);
    for (Map.Entry<Designation, StaffId> post : staff.entrySet()) {
      var member =
          StaffMember.builder()
              .id(post.getValue())
              .addDesignation(post.getKey())
              .displayName(
                  post.getKey().name().charAt(0)
                      + post.getKey()
                          .name()
                          .substring(1)
                          .toLowerCase(Locale.ROOT)
                          .replace('_', ' '));
      if (post.getKey() == Designation.TEACHER || post.getKey() == Designation.SUPPORT_ASSISTANT) {
        member.lineManager(lineManager);
      } else if (post.getKey() != Designation.HEADTEACHER) {
        member.lineManager(head);
      }
      liaison.school().synchroniseStaff(member.build());
    }
    pupils.forEach(liaison.school()::synchronisePupil);
    // LP36-1: each plan is checked against the pack's checklist, the site's own item included,
    // except one plan
    // the monitoring report then shows as not yet checked.
    for (int i = 0; i < plans.size(); i++) {
      LiaisonPlan checked =
          LiaisonPlan.builder()
              .from(plans.get(i))
              .checklistConfirmed(
                  i == plans.size() - 1
                      ? liaison.pack().checklist().subList(0, 2)
                      : liaison.pack().checklist())
              .build();
      plans.set(i, checked);
      liaison.school().approvePlan(checked);
    }
  }

  /**
   * A term of routine contact: each plan's frequency is kept until half term, after which two pupils' contact
   * lapses, so monitoring has something to report.
   */
  int recordTerm(Liaison liaison, SteppingClock clock) {
    int recorded = 0;
    for (LiaisonPlan plan : plans) {
      boolean lapses =
          plan.residence() == ResidenceContext.BOARDING
              || plan.residence() == ResidenceContext.FE_ACCOMMODATION;
      int step = plan.routine().frequency().nominalDays();
      int n = 0;
      for (LocalDate day = TERM_START.plusDays(3);
          !day.isAfter(TERM_END.minusDays(1));
          day = day.plusDays(step)) {
        if (lapses && day.isAfter(LocalDate.of(2026, 10, 23))) {
          break;
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        var at = day.atTime(LocalTime.of(15, 30)).atZone(ZONE).toInstant();
        clock.set(at.plusSeconds(3600));
        Topic topic = List.of(Topic.ATTENDANCE, Topic.PROGRESS, Topic.BEHAVIOUR).get(n++ % 3);
        liaison
            .records()
            .record(
                ContactRecord.builder()
                    .id(ContactRecordId.of(plan.pupil().value() + "-" + day))
                    .pupil(plan.pupil())
                    .plan(plan.id())
                    .planVersion(plan.version())
                    .staff(staff.get(Designation.TEACHER))
                    .addCounterpart(plan.familySide().get(0).id())
                    .occurredAt(at)
                    .recordedAt(at.plusSeconds(3600))
                    .method(plan.routine().method())
                    .kind(ContactKind.ROUTINE)
                    .addTopic(topic)
                    .summary(
                        ConfidentialText.of(
                            "Routine call about " + topic.name().toLowerCase(Locale.ROOT)))
                    .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                    .location(plan.recording().location())
                    .build());
        recorded++;
      }
    }
    LiaisonPlan ward =
        plans.stream()
            .filter(p -> p.residence() == ResidenceContext.INPATIENT_UNIT)
            .findFirst()
            .orElseThrow();
    var raised = LocalDate.of(2026, 11, 12).atTime(LocalTime.of(10, 5)).atZone(ZONE).toInstant();
    clock.set(raised.plusSeconds(3600));
    liaison
        .records()
        .record(
            ContactRecord.builder()
                .id(ContactRecordId.of(ward.pupil().value() + "-emergency"))
                .pupil(ward.pupil())
                .plan(ward.id())
                .planVersion(ward.version())
                .staff(staff.get(Designation.TEACHER))
                .addCounterpart(ward.emergencyCallOrder().get(0).contact())
                .occurredAt(raised.plusSeconds(9 * 60))
                .recordedAt(raised.plusSeconds(3600))
                .emergencyRaisedAt(raised)
                .method(ContactMethod.TELEPHONE)
                .kind(ContactKind.EMERGENCY)
                .addTopic(Topic.ATTENDANCE)
                .summary(ConfidentialText.of("Pupil unwell; ward nurse reached by telephone"))
                .level(ConfidentialityLevel.SCHOOL_INTERNAL)
                .location(ward.recording().location())
                .build());
    return recorded + 1;
  }
}
