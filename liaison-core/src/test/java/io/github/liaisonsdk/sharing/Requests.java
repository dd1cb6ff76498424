package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;

/** Concise sharing requests for tests. */
final class Requests {
  private Requests() {}

  static StatedRequest.Builder about(Topic topic, ConfidentialityLevel level) {
    StatedRequest.Builder b =
        StatedRequest.builder()
            .pupil(PupilId.of("UPN-1"))
            .topic(topic)
            .originService(ServiceId.of("school"))
            .requester(StaffId.of("T-1"))
            .requesterDesignation(Designation.TEACHER)
            .recipient(RecipientKind.PARENT_WITH_RESPONSIBILITY)
            .purpose(Purpose.ROUTINE_LIAISON);
    return level == null ? b : b.level(level);
  }

  static StatedRequest.Builder toStaff(
      StatedRequest.Builder b, Designation post, Relevance relevance) {
    return b.recipient(RecipientKind.STAFF_IN_SCHOOL)
        .recipientDesignation(post)
        .recipientRelevance(relevance);
  }

  static Consultation consultation(ConsulteeRole role, ConsultationOutcome outcome) {
    return Consultation.builder()
        .role(role)
        .consulteeName("A. Person")
        .consulteeDesignation("Consultee")
        .consultedAt(Instant.parse("2026-10-01T10:00:00Z"))
        .outcome(outcome)
        .build();
  }

  static Consultation laAgreed(WhoInforms who) {
    return Consultation.builder()
        .from(consultation(ConsulteeRole.LA_SAFEGUARDING_TEAM, ConsultationOutcome.AGREED))
        .consulteeDesignation("LA safeguarding officer")
        .whoInformsOtherServices(who)
        .build();
  }
}
