package io.github.liaisonsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.Frequency;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.plan.RecordingPlan;
import io.github.liaisonsdk.plan.RoutineArrangement;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.instancio.junit.WithSettings;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.instancio.settings.StringType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Property tests over generated inputs. Instancio generates them from a fixed seed, so every run tries the same
 * inputs, and a failure prints the seed to reproduce it. (The project does not use jqwik: see README, "Testing".)
 */
@ExtendWith(InstancioExtension.class)
class GeneratedValuesPropertyTest {

  @WithSettings
  static final Settings SETTINGS =
      Settings.create()
          .set(Keys.STRING_TYPE, StringType.UNICODE)
          .set(Keys.STRING_MIN_LENGTH, 0)
          .set(Keys.STRING_MAX_LENGTH, 300)
          .set(Keys.COLLECTION_MIN_SIZE, 1)
          .set(Keys.COLLECTION_MAX_SIZE, 6);

  /** The inputs a vendor's MIS supplies for a plan. */
  record PlanInput(
      ResidenceContext residence,
      ContactMethod routineMethod,
      Frequency frequency,
      Set<Topic> topics,
      int recordWithinHours,
      boolean namedPersonsOnly,
      int reviewAfterDays) {}

  /** The inputs of a contact record, with free text from the whole of Unicode. */
  record RecordInput(
      ResidenceContext residence,
      ContactMethod method,
      Set<Topic> topics,
      String summary,
      ConfidentialityLevel level,
      int delaySeconds,
      boolean pupilPresent) {}

  @ParameterizedTest
  @InstancioSource(samples = 300)
  @Seed(20261124L)
  @DisplayName(
      "LP36-4b / LP36-4d / LP36-5: any plan built from valid inputs round-trips through JSON unchanged")
  void plansRoundTrip(PlanInput input) {
    LiaisonPlan plan =
        Fixtures.planBuilder(input.residence())
            .routine(RoutineArrangement.of(input.routineMethod(), input.frequency()))
            .topics(input.topics())
            .recording(
                RecordingPlan.builder()
                    .location(RecordLocation.MIS_CONTACT_LOG)
                    .recordWithinHours(1 + Math.floorMod(input.recordWithinHours(), 168))
                    .namedPersonsOnly(input.namedPersonsOnly())
                    .build())
            .reviewDue(Fixtures.START.plusDays(1 + Math.floorMod(input.reviewAfterDays(), 3650)))
            .build();

    LiaisonPlan read = LiaisonJson.read(LiaisonJson.write(plan), LiaisonPlan.class);
    assertThat(read).isEqualTo(plan);
    assertThat(read.topics()).containsExactlyInAnyOrderElementsOf(input.topics());
  }

  @ParameterizedTest
  @InstancioSource(samples = 500)
  @Seed(4242L)
  @DisplayName(
      "LP36-4d / LP36-4e: any summary is either stored exactly or refused without being echoed")
  void summariesStoredExactlyOrRefusedQuietly(RecordInput input) {
    String summary = Fixtures.MARKER + input.summary();
    boolean storable = Text.storable(summary) && Text.wellFormed(summary);
    var build =
        Fixtures.recordBuilder("r-1", input.residence(), Fixtures.MORNING)
            .method(input.method())
            .topics(input.topics())
            .level(input.level())
            .pupilPresent(input.pupilPresent())
            .recordedAt(
                Fixtures.MORNING.plus(
                    Duration.ofSeconds(Math.floorMod(input.delaySeconds(), 86_400))));
    if (storable) {
      ContactRecord record = build.summary(ConfidentialText.of(summary)).build();
      ContactRecord read = LiaisonJson.read(LiaisonJson.write(record), ContactRecord.class);
      assertThat(read).isEqualTo(record);
      assertThat(read.summary().reveal()).isEqualTo(summary);
      assertThat(read.toString()).doesNotContain(Fixtures.MARKER);
    } else {
      LiaisonValidationException e =
          catchThrowableOfType(
              LiaisonValidationException.class, () -> ConfidentialText.of(summary));
      assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER).doesNotContain(input.summary());
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = 500)
  @Seed(7L)
  @DisplayName(
      "identifiers: any string is either a valid id that round-trips or refused with a rule, never echoed")
  void identifiers(String candidate) {
    String id = candidate.length() > 3 ? candidate : candidate + "abc";
    boolean valid =
        id.length() <= 128
            && id.strip().equals(id)
            && Text.label(id, 128)
            && id.codePoints()
                .map(Character::getType)
                .noneMatch(
                    t ->
                        t == Character.FORMAT
                            || t == Character.LINE_SEPARATOR
                            || t == Character.PARAGRAPH_SEPARATOR);
    if (valid) {
      PupilId pupil = PupilId.of(id);
      assertThat(LiaisonJson.read(LiaisonJson.write(pupil), PupilId.class)).isEqualTo(pupil);
    } else {
      LiaisonValidationException e =
          catchThrowableOfType(LiaisonValidationException.class, () -> PupilId.of(id));
      assertThat(e.violations())
          .singleElement()
          .satisfies(v -> assertThat(v.path()).isEqualTo("value"));
      assertThat(e.getMessage()).doesNotContain(id);
    }
  }

  @ParameterizedTest
  @InstancioSource(samples = 200)
  @Seed(99L)
  @DisplayName(
      "LP36-4c: an emergency record is valid exactly when it reaches a person at once after the emergency arose")
  void emergencyRecords(ContactMethod method, int raisedSecondsBefore) {
    Instant raised = Fixtures.MORNING.minusSeconds(raisedSecondsBefore % 100_000);
    var build =
        Fixtures.recordBuilder("r-e", ResidenceContext.BOARDING, Fixtures.MORNING)
            .kind(ContactKind.EMERGENCY)
            .method(method)
            .emergencyRaisedAt(raised);
    boolean valid = method.reachesPersonAtOnce() && !raised.isAfter(Fixtures.MORNING);
    if (valid) {
      assertThat(build.build().emergencyRaisedAt()).contains(raised);
    } else {
      LiaisonValidationException e =
          catchThrowableOfType(LiaisonValidationException.class, build::build);
      assertThat(e.cites(Clause.LP36_4C)).isTrue();
    }
  }
}
