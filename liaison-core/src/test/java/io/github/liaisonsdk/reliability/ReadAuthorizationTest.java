package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every read of a contact record, by every post, of every level and topic, goes through a decision: content is
 * granted exactly when the engine permits it (or the reader wrote the record), restricted records are not even
 * shown to exist otherwise, and every read of a restricted or safeguarding record is audited (ASVS V8, HSL-9).
 */
class ReadAuthorizationTest {
  static final Consultation HEAD_HAS_NO_LINE_MANAGER =
      Consultation.builder()
          .role(ConsulteeRole.LINE_MANAGER)
          .consulteeName("n")
          .consulteeDesignation("d")
          .consultedAt(Fixtures.MORNING)
          .outcome(ConsultationOutcome.AGREED)
          .build();

  @Test
  @DisplayName(
      "HSL-4 / HSL-9: every designation x level x topic read is decided by the engine, and sensitive reads are audited")
  void everyReadIsDecided() {
    PolicyPack pack = StandardPacks.lp36();
    DecisionEngine engine = DecisionEngine.compile(pack);
    InMemoryStore store = InMemoryStore.create();
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    for (Designation post : Designation.values()) {
      store.staff().save(Fixtures.staff(reader(post), post));
    }
    store.pupils().save(Fixtures.pupil(ResidenceContext.BOARDING));
    store.plans().save(Fixtures.plan(ResidenceContext.BOARDING));
    Liaison liaison =
        Liaison.builder()
            .pack(pack)
            .store(store)
            .zone(ZoneOffset.UTC)
            .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC))
            .build();

    int reads = 0;
    int granted = 0;
    int invisible = 0;
    for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
      for (Topic topic : Fixtures.plan(ResidenceContext.BOARDING).topics()) {
        ContactRecord record =
            Fixtures.recordBuilder(
                    "r-" + level + "-" + topic, ResidenceContext.BOARDING, Fixtures.MORNING)
                .level(level)
                .topics(List.of(topic))
                .build();
        store.contacts().append(record);
        for (Designation post : Designation.values()) {
          boolean relevant = pack.relevantPosts(topic).contains(post);
          ConfidentialityLevel effective = level.narrowest(pack.levelOf(topic));
          // A governor on the directory is not staff: the facade shows them no record (HSL-3).
          boolean permits =
              post.isStaffPost()
                  && engine
                      .decide(
                          StatedRequest.builder()
                              .pupil(record.pupil())
                              .topic(topic)
                              .level(effective)
                              .originService(io.github.liaisonsdk.pupil.ServiceId.of("school"))
                              .requester(reader(post))
                              .requesterDesignation(post)
                              .recipient(RecipientKind.STAFF_IN_SCHOOL)
                              .recipientDesignation(post)
                              .recipientRelevance(
                                  relevant ? Relevance.RELEVANT_PARTY : Relevance.NOT_RELEVANT)
                              .purpose(Purpose.INFORMATION_REQUEST)
                              // HSL-4: the headteacher, with no line manager on their staff record,
                              // has no one to consult.
                              .consultations(
                                  post == Designation.HEADTEACHER
                                      ? List.of(HEAD_HAS_NO_LINE_MANAGER)
                                      : List.of())
                              .build())
                      .permits();
          long auditBefore = store.audit().head().orElseThrow().sequence();
          reads++;
          try {
            RecordView view = liaison.records().read(record.id(), reader(post));
            assertThat(view.contentGranted())
                .as(post + " reads " + level + " " + topic)
                .isEqualTo(permits);
            granted += view.contentGranted() ? 1 : 0;
            assertThat(view.withheldBy().isEmpty()).isEqualTo(permits);
          } catch (NotFoundException hidden) {
            invisible++;
            assertThat(permits).isFalse();
            assertThat(level == ConfidentialityLevel.RESTRICTED || !post.isStaffPost()).isTrue();
            assertThat(hidden.getMessage())
                .isEqualTo("contact record " + record.id() + " is not held");
          }
          boolean audited =
              store.audit().read(auditBefore + 1, 10).stream()
                  .anyMatch(
                      e ->
                          e.type() == AuditEventType.RESTRICTED_READ
                              && e.details().get("record").equals(record.id().value()));
          assertThat(audited)
              .as("audited: " + post + " reads " + level)
              .isEqualTo(level.isAtLeast(ConfidentialityLevel.RESTRICTED));
        }
        assertThat(liaison.records().read(record.id(), Fixtures.TEACHER).contentGranted())
            .as("the author reads their own record, except a restricted one (HSL-9)")
            .isEqualTo(level != ConfidentialityLevel.RESTRICTED);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "RELIABILITY reads: %d decided, %d granted, %d withheld, %d invisible%n",
        reads,
        granted,
        reads - granted - invisible,
        invisible);
    assertThat(reads)
        .isEqualTo(ConfidentialityLevel.values().length * 3 * Designation.values().length);
    assertThat(granted).isPositive();
    assertThat(invisible).isPositive();
  }

  private static StaffId reader(Designation post) {
    return StaffId.of("reader-" + post.name().toLowerCase(Locale.ROOT));
  }
}
