package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;

/** Turns facts into a concrete request, with placeholder identities, so a counterexample can be replayed. */
final class Examples {
  private static final Instant WHEN = Instant.parse("2026-01-01T09:00:00Z");

  private Examples() {}

  static StatedRequest request(RequestFacts facts) {
    StatedRequest.Builder request =
        StatedRequest.builder()
            .pupil(PupilId.of("example-pupil"))
            .topic(facts.topic())
            .level(facts.level())
            .originService(ServiceId.of("example-service"))
            .requester(StaffId.of("example-requester"))
            .requesterDesignation(facts.requesterDesignation())
            .recipient(facts.recipient())
            .recipientDesignation(facts.recipientDesignation())
            .recipientRelevance(facts.relevance())
            .pupilInOtherServices(facts.pupilInOtherServices())
            .purpose(Purpose.INFORMATION_REQUEST)
            .urgency(facts.childAtRisk() ? Urgency.CHILD_AT_RISK : Urgency.ROUTINE);
    for (ConsulteeRole role : ConsulteeRole.values()) {
      ConsultationState state = facts.consultation(role);
      if (state != ConsultationState.NONE) {
        Consultation.Builder consultation =
            Consultation.builder()
                .role(role)
                .consulteeName("Example consultee")
                .consulteeDesignation(role.name())
                .consultedAt(WHEN)
                .outcome(
                    state == ConsultationState.DECLINED
                        ? ConsultationOutcome.DECLINED
                        : ConsultationOutcome.AGREED);
        if (state == ConsultationState.AGREED && role == ConsulteeRole.LA_SAFEGUARDING_TEAM) {
          consultation.whoInformsOtherServices(WhoInforms.LA_SAFEGUARDING_TEAM);
        }
        request.addConsultation(consultation.build());
      }
    }
    return request.build();
  }
}
