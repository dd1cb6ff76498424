package io.github.liaisonsdk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import java.util.BitSet;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine decides on requests packed into an int and caches answers by table cell. Both encodings are checked
 * exhaustively over the request space: a slip in either would make two different requests share an answer.
 */
class FactsEncodingTest {
  private static final int SAMPLE_STRIDE = 397;

  @Test
  @DisplayName(
      "HSL-1: every request of the space unpacks to fields that pack back to the same request")
  void packingRoundTrips() {
    long[] wrong = new long[1];
    BitSet seen = new BitSet();
    RequestSpace.forEach(
        f -> {
          int again =
              Facts.pack(
                  Facts.topic(f),
                  Facts.level(f),
                  Facts.requester(f),
                  Facts.recipient(f),
                  Facts.recipientDesignation(f),
                  Facts.relevance(f),
                  Facts.otherServices(f),
                  Facts.atRisk(f),
                  Facts.lineManager(f),
                  Facts.headship(f),
                  Facts.dsl(f),
                  Facts.laTeam(f));
          if (again != f || seen.get(f)) {
            wrong[0]++;
          }
          seen.set(f);
        });
    assertThat(wrong[0]).isZero();
    assertThat((long) seen.cardinality()).isEqualTo(PolicyVerifier.requestSpaceSize());
  }

  @Test
  @DisplayName(
      "HSL-1: requests differing in anything but the requester's post never share a table cell, and every cell is used")
  void tableCellsAreOneToOne() {
    int[] owner = new int[DecisionTable.CELLS];
    java.util.Arrays.fill(owner, -1);
    int requesterBits = Facts.pack(0, 0, 0xF, 0, 0, 0, false, false, 0, 0, 0, 0);
    long[] problems = new long[2];
    RequestSpace.forEach(
        f -> {
          int cell = DecisionTable.cell(f);
          if (cell < 0 || cell >= DecisionTable.CELLS) {
            problems[0]++;
            return;
          }
          int withoutRequester = f & ~requesterBits;
          if (owner[cell] == -1) {
            owner[cell] = withoutRequester;
          } else if (owner[cell] != withoutRequester) {
            problems[1]++;
          }
        });
    assertThat(problems[0]).as("requests outside the table").isZero();
    assertThat(problems[1]).as("different requests sharing a cell").isZero();
    assertThat(java.util.Arrays.stream(owner).filter(o -> o == -1).count())
        .as("unused cells")
        .isZero();
  }

  @Test
  @DisplayName(
      "HSL-1: facts outside the table's space (consultation state 3 for a non-LA role) are decided by the rules")
  void factsOutsideTheTableFallBackToTheRules() {
    DecisionEngine engine = DecisionEngine.compile(StandardPacks.lp36());
    for (int role = 0; role < 3; role++) {
      int f =
          Facts.pack(
              Facts.CONCERNS,
              Facts.SAFEGUARDING,
              0,
              Facts.OTHER_SERVICE,
              Facts.NO_DESIGNATION,
              0,
              true,
              false,
              role == 0 ? 3 : 0,
              role == 1 ? 3 : 0,
              role == 2 ? 3 : 0,
              Facts.AGREED);
      assertThat(DecisionTable.cell(f)).isEqualTo(-1);
      assertThat(engine.decide(f)).isEqualTo(engine.decideByRules(f));
    }
    int staffWithoutPost =
        Facts.pack(0, 0, 0, Facts.STAFF, Facts.NO_DESIGNATION, 0, false, false, 0, 0, 0, 0);
    assertThat(DecisionTable.cell(staffWithoutPost)).isEqualTo(-1);
    assertThat(engine.decide(staffWithoutPost)).isEqualTo(engine.decideByRules(staffWithoutPost));
  }

  @Test
  @DisplayName(
      "HSL-1: after answering the whole space, the engine's table holds an answer for every cell")
  void tableFillsAsTheEngineAnswers() {
    DecisionEngine engine = DecisionEngine.compile(StandardPacks.hsl());
    assertThat(engine.cellsAnswered()).isZero();
    RequestSpace.forEach(engine::decide);
    assertThat(engine.cellsAnswered()).isEqualTo(DecisionTable.CELLS);
    assertThat(engine.distinctDecisions()).isBetween(2, 255);
  }

  @Test
  @DisplayName(
      "HSL-1: a request's public facts say exactly what the request says, for a sample of the whole space")
  void requestFactsDescribeTheRequest() {
    int[] counter = new int[2];
    RequestSpace.forEach(
        f -> {
          if (counter[0]++ % SAMPLE_STRIDE != 0) {
            return;
          }
          counter[1]++;
          RequestFacts expected = new RequestFacts(f);
          StatedRequest request = requestWith(expected);
          RequestFacts facts = request.requestFacts();
          assertThat(facts.packed()).isEqualTo(f);
          assertThat(facts)
              .isEqualTo(expected)
              .hasSameHashCodeAs(expected)
              .hasToString(expected.toString());
          assertThat(facts.topic()).isEqualTo(request.topic());
          assertThat(facts.level()).isEqualTo(request.level());
          assertThat(facts.effectiveLevel())
              .isEqualTo(request.level().orElse(ConfidentialityLevel.CONFIDENTIAL));
          assertThat(facts.requesterDesignation()).isEqualTo(request.requesterDesignation());
          assertThat(facts.recipient()).isEqualTo(request.recipient());
          assertThat(facts.recipientDesignation()).isEqualTo(request.recipientDesignation());
          assertThat(facts.relevance()).isEqualTo(request.recipientRelevance());
          assertThat(facts.pupilInOtherServices()).isEqualTo(request.pupilInOtherServices());
          assertThat(facts.childAtRisk()).isEqualTo(request.urgency() == Urgency.CHILD_AT_RISK);
          assertThat(Facts.safeguardingInformation(f))
              .isEqualTo(
                  request.topic() == Topic.CONCERNS_AND_SAFEGUARDING
                      || request
                          .level()
                          .filter(l -> l == ConfidentialityLevel.SAFEGUARDING)
                          .isPresent());
          for (ConsulteeRole role : ConsulteeRole.values()) {
            assertThat(facts.consultation(role))
                .isEqualTo(
                    request
                        .latestConsultation(role)
                        .map(Consultation::state)
                        .orElse(ConsultationState.NONE));
          }
        });
    assertThat(counter[1]).isGreaterThan(15_000);
    assertThat(new RequestFacts(1)).isNotEqualTo(new RequestFacts(2)).isNotEqualTo("1");
  }

  /** Builds the request whose facts these are. */
  private static StatedRequest requestWith(RequestFacts facts) {
    StatedRequest.Builder b =
        StatedRequest.builder()
            .pupil(PupilId.of("UPN-1"))
            .topic(facts.topic())
            .level(facts.level())
            .originService(ServiceId.of("school"))
            .requester(StaffId.of("T-1"))
            .requesterDesignation(facts.requesterDesignation())
            .recipient(facts.recipient())
            .recipientDesignation(facts.recipientDesignation())
            .recipientRelevance(facts.relevance())
            .pupilInOtherServices(facts.pupilInOtherServices())
            .urgency(facts.childAtRisk() ? Urgency.CHILD_AT_RISK : Urgency.ROUTINE)
            .purpose(Purpose.INFORMATION_REQUEST);
    for (ConsulteeRole role : EnumSet.allOf(ConsulteeRole.class)) {
      ConsultationState state = facts.consultation(role);
      if (state != ConsultationState.NONE) {
        Consultation.Builder c =
            Consultation.builder()
                .role(role)
                .consulteeName("A. Person")
                .consulteeDesignation("Consultee")
                .consultedAt(Instant.parse("2026-10-01T10:00:00Z"))
                .outcome(
                    state == ConsultationState.DECLINED
                        ? ConsultationOutcome.DECLINED
                        : ConsultationOutcome.AGREED);
        if (state == ConsultationState.AGREED && role == ConsulteeRole.LA_SAFEGUARDING_TEAM) {
          c.whoInformsOtherServices(WhoInforms.LA_SAFEGUARDING_TEAM);
        }
        b.addConsultations(c.build());
      }
    }
    return b.build();
  }
}
