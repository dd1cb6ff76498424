package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.HostileJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten thousand hostile documents per JSON entry point, made by mutating a valid document with a seeded generator:
 * wrong types, missing and duplicated fields, unknown fields and enum values, huge strings and collections, deep
 * nesting, Unicode edge cases, control characters and polymorphic-type tricks. Every document must either be read
 * as a valid value or be refused with {@link LiaisonValidationException}; no other exception may escape, and no
 * message may echo the confidential marker. The figures go to RELIABILITY.md.
 */
class HostileJsonCorpusTest {
  static final int DOCUMENTS = 10_000;
  static final long SEED = 20261124L;
  private static final ObjectMapper MAPPER = LiaisonJson.mapper();

  static Stream<Arguments> entryPoints() throws Exception {
    StatedRequest request =
        StatedRequest.builder()
            .pupil(PupilId.of("UPN-1"))
            .topic(Topic.ATTENDANCE)
            .level(ConfidentialityLevel.SCHOOL_INTERNAL)
            .originService(ServiceId.of("school"))
            .requester(StaffId.of("T-1"))
            .requesterDesignation(Designation.TEACHER)
            .recipient(RecipientKind.PARENT_WITH_RESPONSIBILITY)
            .purpose(Purpose.ROUTINE_LIAISON)
            .build();
    return Stream.of(
        Arguments.of(
            "LiaisonPlan",
            LiaisonJson.write(Fixtures.plan(ResidenceContext.CARE_HOME)),
            (Consumer<String>) json -> LiaisonJson.read(json, LiaisonPlan.class)),
        Arguments.of(
            "ContactRecord",
            LiaisonJson.write(Fixtures.record("r-1", ResidenceContext.BOARDING, Fixtures.MORNING)),
            (Consumer<String>) json -> LiaisonJson.read(json, ContactRecord.class)),
        Arguments.of(
            "StatedRequest",
            LiaisonJson.write(request),
            (Consumer<String>) json -> LiaisonJson.read(json, StatedRequest.class)),
        // The facade's own inputs: what an MIS passes on from its callers.
        Arguments.of(
            "SharingRequest",
            LiaisonJson.write(
                SharingRequest.builder()
                    .requester(StaffId.of("T-1"))
                    .pupil(PupilId.of("UPN-1"))
                    .topic(Topic.RISKS)
                    .recipient(Recipient.staff(StaffId.of("T-2")))
                    .purpose(Purpose.ROUTINE_LIAISON)
                    .raisedLevel(ConfidentialityLevel.RESTRICTED)
                    .addConsultations(ConsultationId.of("C-1"))
                    .build()),
            (Consumer<String>) json -> LiaisonJson.read(json, SharingRequest.class)),
        Arguments.of(
            "ConsultationRecord",
            LiaisonJson.write(
                ConsultationRecord.builder()
                    .id(ConsultationId.of("C-1"))
                    .pupil(PupilId.of("UPN-1"))
                    .topic(Topic.RISKS)
                    .consultedBy(StaffId.of("T-1"))
                    .recordedBy(StaffId.of("T-2"))
                    .role(ConsulteeRole.HEADSHIP)
                    .consultee(StaffId.of("T-2"))
                    .consultedAt(Fixtures.MORNING)
                    .outcome(ConsultationOutcome.AGREED)
                    .classifiedAs(ConfidentialityLevel.SCHOOL_INTERNAL)
                    .build()),
            (Consumer<String>) json -> LiaisonJson.read(json, ConsultationRecord.class)),
        Arguments.of(
            "PolicyPack",
            MAPPER.readTree(StandardPacks.json("clare-hsl")).toString(),
            (Consumer<String>) json -> PolicyPackLoader.create().load(json)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  @Timeout(300)
  @DisplayName(
      "10,000 hostile documents per entry point: accepted or refused with the validation exception, nothing else")
  void hostileCorpus(String entryPoint, String valid, Consumer<String> read) throws Exception {
    JsonNode base = MAPPER.readTree(valid);
    SplittableRandom random = new SplittableRandom(SEED ^ entryPoint.hashCode());
    int accepted = 0;
    int refused = 0;
    List<String> escapes = new ArrayList<>();
    int leaks = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      String document = HostileJson.mutate(base, random);
      try {
        read.accept(document);
        accepted++;
      } catch (LiaisonValidationException e) {
        refused++;
        if (e.getMessage().contains(Fixtures.MARKER)
            || e.getMessage().contains(HostileJson.ECHO_MARKER)) {
          leaks++;
        }
      } catch (RuntimeException | StackOverflowError e) {
        if (escapes.size() < 5) {
          escapes.add(e.getClass().getName() + " for document " + i);
        }
      }
    }
    System.out.printf(
        "RELIABILITY %s: %d documents, %d accepted, %d refused, %d escapes, %d leaks (seed %d)%n",
        entryPoint,
        DOCUMENTS,
        accepted,
        refused,
        escapes.size(),
        leaks,
        SEED ^ entryPoint.hashCode());
    assertThat(escapes)
        .as(entryPoint + ": exceptions other than LiaisonValidationException")
        .isEmpty();
    assertThat(leaks).as(entryPoint + ": messages that echo confidential text").isZero();
    assertThat(accepted + refused).isEqualTo(DOCUMENTS);
    assertThat(refused)
        .as("the corpus is hostile: most documents must be refused")
        .isGreaterThan(DOCUMENTS / 2);
  }
}
