package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.AccessDeniedException;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.RecordView;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.SharingRequest;
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

  @Test
  @DisplayName("HSL-4 / HSL-9: every designation x level x topic read is decided by the engine, and sensitive reads are audited")
  void everyReadIsDecided() {
    PolicyPack pack = StandardPacks.lp36();
    DecisionEngine engine = DecisionEngine.compile(pack);
    InMemoryStore store = InMemoryStore.create();
    store.staff().save(Fixtures.staff(Fixtures.TEACHER, Designation.TEACHER));
    for (Designation post : Designation.values()) {
      store.staff().save(Fixtures.staff(reader(post), post));
    }
    store.plans().save(Fixtures.plan(ResidenceContext.BOARDING));
    Liaison liaison = Liaison.builder().pack(pack).store(store).zone(ZoneOffset.UTC)
        .clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC)).build();

    int reads = 0;
    int granted = 0;
    int invisible = 0;
    for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
      for (Topic topic : Fixtures.plan(ResidenceContext.BOARDING).topics()) {
        ContactRecord record = Fixtures.recordBuilder("r-" + level + "-" + topic, ResidenceContext.BOARDING,
            Fixtures.MORNING).level(level).topics(List.of(topic)).build();
        store.contacts().append(record);
        for (Designation post : Designation.values()) {
          boolean relevant = post.isHeadship() || post == Designation.DESIGNATED_SAFEGUARDING_LEAD;
          boolean permits = engine.decide(SharingRequest.builder().pupil(record.pupil()).topic(topic).level(level)
              .originService(io.github.liaisonsdk.pupil.ServiceId.of("school")).requester(reader(post))
              .requesterDesignation(post).recipient(RecipientKind.STAFF_IN_SCHOOL).recipientDesignation(post)
              .recipientRelevance(relevant ? Relevance.RELEVANT_PARTY : Relevance.NOT_RELEVANT)
              .purpose(Purpose.INFORMATION_REQUEST).build()).permits();
          long auditBefore = store.audit().head().orElseThrow().sequence();
          reads++;
          try {
            RecordView view = liaison.readContact(record.id(), reader(post));
            assertThat(view.contentGranted()).as(post + " reads " + level + " " + topic).isEqualTo(permits);
            granted += view.contentGranted() ? 1 : 0;
            assertThat(view.withheldBy().isEmpty()).isEqualTo(permits);
          } catch (AccessDeniedException denied) {
            invisible++;
            assertThat(permits).isFalse();
            assertThat(level).isEqualTo(ConfidentialityLevel.RESTRICTED);
            assertThat(denied.clauses()).containsExactly("HSL-9");
          }
          boolean audited = store.audit().read(auditBefore + 1, 10).stream()
              .anyMatch(e -> e.type() == AuditEventType.RESTRICTED_READ
                  && e.details().get("record").equals(record.id().value()));
          assertThat(audited).as("audited: " + post + " reads " + level)
              .isEqualTo(level.isAtLeast(ConfidentialityLevel.RESTRICTED));
        }
        assertThat(liaison.readContact(record.id(), Fixtures.TEACHER).contentGranted())
            .as("the author reads their own record").isTrue();
      }
    }
    System.out.printf(Locale.ROOT, "RELIABILITY reads: %d decided, %d granted, %d withheld, %d invisible%n", reads,
        granted, reads - granted - invisible, invisible);
    assertThat(reads).isEqualTo(ConfidentialityLevel.values().length * 3 * Designation.values().length);
    assertThat(granted).isPositive();
    assertThat(invisible).isPositive();
  }

  private static StaffId reader(Designation post) {
    return StaffId.of("reader-" + post.name().toLowerCase(Locale.ROOT));
  }
}
