package io.github.liaisonsdk.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Drafts;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LP36-9 / HSL-11: "was this share right when it was made?" — a recorded decision answered again. */
class DecisionReplayTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-09T10:00:00Z"), LONDON);

  private static long lastDecision(InMemoryStore store) {
    List<AuditEvent> trail = store.audit().read(1, 10_000);
    return trail.stream()
        .filter(e -> e.type() == AuditEventType.DECISION)
        .reduce((a, b) -> b)
        .orElseThrow()
        .sequence();
  }

  @Test
  @DisplayName(
      "LP36-9 / HSL-11: a decision replayed under the version then in force reproduces its outcome, clauses and explanation; under today's it is answered anew, and why")
  void replayedUnderThenAndToday() throws Exception {
    InMemoryStore store = InMemoryStore.create();
    Liaison v1 =
        Liaison.builder().pack(StandardPacks.hsl()).store(store).zone(LONDON).clock(CLOCK).build();
    TestSchool.populate(v1);
    ResidenceContext context = ResidenceContext.DAY_WITH_FAMILY;
    Decision recorded =
        v1.sharing()
            .decide(
                SharingRequest.builder()
                    .requester(Fixtures.TEACHER)
                    .pupil(Fixtures.pupilId(context))
                    .topic(Topic.ATTENDANCE)
                    .recipient(Recipient.familyContact(ContactPersonId.of("counterpart")))
                    .purpose(Purpose.ROUTINE_LIAISON)
                    .build());
    assertThat(recorded.outcome()).isEqualTo(Outcome.PERMIT);
    long sequence = lastDecision(store);

    DecisionReplay same = v1.sharing().replay(sequence, Fixtures.HEAD);
    assertThat(same.reproduced()).isTrue();
    assertThat(same.sameToday()).isTrue();
    assertThat(same.underPackThen()).contains(recorded);
    assertThat(same.recordedClauses()).containsExactlyElementsOf(recorded.clauses());

    Liaison v2 =
        Liaison.builder()
            .pack(Drafts.hslWithoutFamilyLiaison(2))
            .store(store)
            .zone(LONDON)
            .clock(CLOCK)
            .build();
    DecisionReplay later = v2.sharing().replay(sequence, Fixtures.HEAD);
    assertThat(later.packThen()).isEqualTo("clare-hsl@1");
    assertThat(later.reproduced())
        .as("the old version is held by its hash and answers as recorded")
        .isTrue();
    assertThat(later.underPackThen().orElseThrow().explanation()).isEqualTo(recorded.explanation());
    assertThat(later.sameToday()).isFalse();
    assertThat(later.underToday().outcome()).isEqualTo(Outcome.DENY);
    assertThat(later.why())
        .contains("answered as recorded: PERMIT")
        .contains("clare-hsl@2")
        .contains("answers it DENY");
    assertThat(v2.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-9: only the headship replays decisions, audited; an unknown event is not found")
  void headshipOnly() {
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison =
        Liaison.builder().pack(StandardPacks.hsl()).store(store).zone(LONDON).clock(CLOCK).build();
    TestSchool.populate(liaison);
    assertThat(
            catchThrowableOfType(
                AccessDeniedException.class, () -> liaison.sharing().replay(1, Fixtures.TEACHER)))
        .isNotNull();
    assertThat(store.audit().read(1, 10_000))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).contains(Fixtures.TEACHER);
              assertThat(e.details())
                  .containsEntry("event", "decision replayed")
                  .containsEntry("granted", "false");
            });
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> liaison.sharing().replay(999_999, Fixtures.HEAD)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> liaison.sharing().replay(1, Fixtures.HEAD)))
        .as("event 1 is the pack's registration")
        .isNotNull();
  }
}
