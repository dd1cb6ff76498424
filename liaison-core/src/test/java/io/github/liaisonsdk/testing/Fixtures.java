package io.github.liaisonsdk.testing;

import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
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
import io.github.liaisonsdk.policy.PolicyMetadata;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.policy.ReviewDue;
import io.github.liaisonsdk.policy.Signatory;
import io.github.liaisonsdk.policy.TermReference;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Valid example values for tests, one per residence context where that matters. Every test that stores
 * confidential text uses {@link #MARKER}, so a leak check can look for it.
 */
public final class Fixtures {
  /** Text that must never appear in a log line or an exception message. */
  public static final String MARKER = "CONFIDENTIAL-MARKER-7f3a";

  public static final StaffId TEACHER = StaffId.of("staff-teacher");
  public static final StaffId HEAD = StaffId.of("staff-head");
  public static final LocalDate START = LocalDate.of(2026, 9, 1);
  public static final Instant MORNING = Instant.parse("2026-09-14T08:30:00Z");

  private Fixtures() {}

  public static PupilId pupilId(ResidenceContext context) {
    return PupilId.of("pupil-" + context.name().toLowerCase(java.util.Locale.ROOT));
  }

  public static Pupil pupil(ResidenceContext context) {
    return Pupil.builder()
        .id(pupilId(context))
        .residence(context)
        .dateOfBirth(LocalDate.of(2012, 3, 4))
        .homeService(ServiceId.of("school"))
        .build();
  }

  public static StaffMember staff(StaffId id, Designation... posts) {
    return StaffMember.builder().id(id).designations(Set.of(posts)).build();
  }

  /** The counterpart the pupil's residence context calls for, named "counterpart". */
  public static FamilyContact counterpart(ResidenceContext context) {
    Relationship relationship = Relationship.counterpartsFor(context).iterator().next();
    return FamilyContact.builder()
        .id(ContactPersonId.of("counterpart"))
        .relationship(relationship)
        .parentalResponsibility(!relationship.isProfessional())
        .addReachableBy(ContactMethod.TELEPHONE, ContactMethod.EMAIL)
        .build();
  }

  public static LiaisonPlan.Builder planBuilder(ResidenceContext context) {
    return LiaisonPlan.builder()
        .id(PlanId.of("plan-" + context.name().toLowerCase(java.util.Locale.ROOT)))
        .version(1)
        .pupil(pupilId(context))
        .residence(context)
        .addSchoolSide(TEACHER)
        .addFamilySide(counterpart(context))
        .routine(RoutineArrangement.of(ContactMethod.EMAIL, Frequency.WEEKLY))
        .addEmergencyCallOrder(
            EmergencyCall.of(ContactPersonId.of("counterpart"), ContactMethod.TELEPHONE))
        .recording(
            RecordingPlan.builder()
                .location(RecordLocation.MIS_CONTACT_LOG)
                .recordWithinHours(24)
                .build())
        .addTopics(Topic.ATTENDANCE, Topic.PROGRESS, Topic.CONCERNS_AND_SAFEGUARDING)
        .dataProtection(DataProtectionBasis.publicTask())
        .effectiveFrom(START)
        .reviewDue(START.plusYears(1))
        .approvedBy(HEAD)
        .approvedOn(START.minusDays(7));
  }

  public static LiaisonPlan plan(ResidenceContext context) {
    return planBuilder(context).build();
  }

  public static ContactRecord.Builder recordBuilder(
      String id, ResidenceContext context, Instant at) {
    return ContactRecord.builder()
        .id(ContactRecordId.of(id))
        .pupil(pupilId(context))
        .plan(PlanId.of("plan-" + context.name().toLowerCase(java.util.Locale.ROOT)))
        .planVersion(1)
        .staff(TEACHER)
        .addCounterpart(ContactPersonId.of("counterpart"))
        .occurredAt(at)
        .recordedAt(at.plusSeconds(3600))
        .method(ContactMethod.TELEPHONE)
        .kind(ContactKind.ROUTINE)
        .addTopic(Topic.ATTENDANCE)
        .summary(ConfidentialText.of(MARKER + " attendance discussed"))
        .level(ConfidentialityLevel.CONFIDENTIAL)
        .location(RecordLocation.MIS_CONTACT_LOG);
  }

  public static ContactRecord record(String id, ResidenceContext context, Instant at) {
    return recordBuilder(id, context, at).build();
  }

  /** The HSL policy's own metadata (HSL-11). */
  public static PolicyMetadata hslMetadata() {
    return PolicyMetadata.builder()
        .id(PolicyPackId.of("clare-hsl"))
        .version(1)
        .title("Home/School Liaison Policy")
        .site("The Clare School")
        .reviewDue(ReviewDue.in(TermReference.parse("Spring Term 2023")))
        .addSignatories(
            Signatory.of("Acting Headteacher", Designation.HEADTEACHER),
            Signatory.of("Assistant Headteacher", Designation.ASSISTANT_HEADTEACHER))
        .build();
  }

  /** The LP36 local procedure's own metadata (LP36-0). */
  public static PolicyMetadata lp36Metadata() {
    return PolicyMetadata.builder()
        .id(PolicyPackId.of("coxlease-lp36"))
        .version(1)
        .title("Home-School/College Liaison")
        .site("Coxlease School")
        .policyNumber("ECS 36 Home-School/College Liaison")
        .templateReference("ECS LP 36")
        .issued(LocalDate.of(2021, 6, 1))
        .reviewDue(ReviewDue.by(LocalDate.of(2024, 1, 31)))
        .addAuthor("CP")
        .ratification("Checked and Approved by: SLT")
        .addReferences("Care Standards Act 2000", "Children Act 2004")
        .build();
  }

  /** A freshly disclosed out-of-hours contact case (HSL-6). */
  public static io.github.liaisonsdk.contact.ExternalContactCase disclosedCase(
      String id, ResidenceContext context) {
    return io.github.liaisonsdk.contact.ExternalContactCase.builder()
        .id(io.github.liaisonsdk.contact.CaseId.of(id))
        .version(1)
        .pupil(pupilId(context))
        .staff(TEACHER)
        .onSchoolBusiness(false)
        .circumstances(ConfidentialText.of(MARKER + " neighbours; met at a weekend club"))
        .disclosedAt(MORNING)
        .state(io.github.liaisonsdk.contact.CaseState.DISCLOSED)
        .build();
  }
}
