package io.github.liaisonsdk.testing;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.dataprotection.DisposalDecision;
import io.github.liaisonsdk.dataprotection.RetentionReason;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.publication.RequesterKind;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A school under test beside a neighbour that holds the test school's staff, pupils, plans, records and a case, under
 * the same ids the contract's own tests use: a statement that forgets its school returns the neighbour's rows, or
 * collides with them, and the contract fails.
 */
public final class Neighbours {
  /** The school whose store the contract tests. */
  public static final SchoolId UNDER_TEST = SchoolId.of("school-under-test");

  /** The school next door. */
  public static final SchoolId NEIGHBOUR = SchoolId.of("school-next-door");

  private Neighbours() {}

  /**
   * Fills the neighbour's records through its facade, then gives the store of the school under test.
   *
   * @param stores every school's stores, empty
   * @return the (empty) store of the school under test
   */
  public static LiaisonStore besideANeighbour(SchoolStores stores) {
    Liaison neighbour =
        TestSchool.open(
            StandardPacks.lp36(),
            stores.school(NEIGHBOUR),
            Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC));
    for (int i = 0; i < 12; i++) {
      ResidenceContext context = ResidenceContext.values()[i % ResidenceContext.values().length];
      neighbour
          .records()
          .record(
              Fixtures.record(
                  "record-" + i, context, Fixtures.MORNING.minusSeconds(86_400L * (i + 1))));
    }
    neighbour
        .outOfHours()
        .disclose(
            CaseId.of("case-1"),
            Fixtures.pupilId(ResidenceContext.BOARDING),
            Fixtures.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER + " neighbours"),
            Optional.empty());
    neighbour
        .outOfHours()
        .disclose(
            CaseId.of("case-open"),
            Fixtures.pupilId(ResidenceContext.CARE_HOME),
            Fixtures.TEACHER,
            false,
            ConfidentialText.of(Fixtures.MARKER + " neighbours"),
            Optional.empty());
    // The to-do list's sources, under the ids ToDoContract uses: an LP36-6.2 follow-up, a leaver, a
    // retained file.
    neighbour
        .sharing()
        .recordConsultation(
            ConsultationRecord.builder()
                .id(ConsultationId.of("c-la-open"))
                .pupil(Fixtures.pupilId(ResidenceContext.DAY_IN_CHILDRENS_HOME))
                .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                .consultedBy(TestSchool.SITE_MANAGER)
                .recordedBy(TestSchool.DSL)
                .role(ConsulteeRole.LA_SAFEGUARDING_TEAM)
                .consultedAt(Fixtures.MORNING)
                .outcome(ConsultationOutcome.AGREED)
                .build());
    stores
        .school(NEIGHBOUR)
        .contacts()
        .append(
            Fixtures.recordBuilder(
                    "cp-DAY_WITH_FAMILY",
                    ResidenceContext.DAY_WITH_FAMILY,
                    Fixtures.MORNING.minusSeconds(3_600))
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .build());
    neighbour
        .childProtectionFiles()
        .recordLeaving(
            TransferId.of("t-in-year"),
            Fixtures.pupilId(ResidenceContext.DAY_WITH_FAMILY),
            Fixtures.START,
            "Next Door Academy",
            TestSchool.DSL);
    PupilId old = PupilId.of("pupil-old-file");
    neighbour
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(ResidenceContext.DAY_WITH_FAMILY))
                .id(old)
                .dateOfBirth(LocalDate.of(1980, 1, 15))
                .build());
    // Written to the store as an old file would be: no plan of this pupil exists to record it under
    // now.
    stores
        .school(NEIGHBOUR)
        .contacts()
        .append(
            Fixtures.recordBuilder(
                    "r-old-file",
                    ResidenceContext.DAY_WITH_FAMILY,
                    Fixtures.MORNING.minusSeconds(86_400))
                .pupil(old)
                .addTopic(Topic.CONCERNS_AND_SAFEGUARDING)
                .location(RecordLocation.SAFEGUARDING_RECORD)
                .build());
    neighbour
        .childProtectionFiles()
        .reviewDisposal(
            "review-1",
            old,
            DisposalDecision.RETAIN,
            Optional.of(LocalDate.of(2030, 1, 1)),
            Optional.of(RetentionReason.RELATED_CASE),
            TestSchool.DSL);
    // HSL-10: the neighbour's staff acknowledged its policy, and a parent asked it for a copy.
    TestSchool.staff().forEach(member -> neighbour.publication().acknowledge(member.id()));
    neighbour
        .publication()
        .recordCopyRequest("request-1", "A. Parent", RequesterKind.PARENT, TestSchool.OFFICE);
    // LP36-9: the neighbour drafted, signed and published version 3 of the same pack, in force from
    // the next day.
    neighbour.policyReview().propose(Drafts.of("coxlease-lp36", 3, json -> {}), TestSchool.HEAD);
    neighbour.policyReview().ratify(3, TestSchool.HEAD);
    neighbour
        .policyReview()
        .publish(
            3,
            Fixtures.MORNING.atZone(ZoneOffset.UTC).toLocalDate().plusDays(2),
            "Reviewed next door",
            TestSchool.HEAD);
    return stores.school(UNDER_TEST);
  }
}
