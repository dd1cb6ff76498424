package io.github.liaisonsdk.contact;

import static io.github.liaisonsdk.testing.Fixtures.MORNING;
import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.ContactMethod;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContactRecordRulesTest {

  private static ContactRecord.Builder record() {
    return Fixtures.recordBuilder("r-1", ResidenceContext.DAY_WITH_FAMILY, MORNING);
  }

  @Test
  @DisplayName("LP36-4d: a contact cannot be recorded before it happened")
  void lp36_4d_recordedAfterOccurrence() {
    expectViolation(
        () -> record().recordedAt(MORNING.minusSeconds(1)).build(), "recordedAt", "LP36-4d");
    assertThat(record().recordedAt(MORNING).build().recordedAt()).isEqualTo(MORNING);
  }

  @Test
  @DisplayName("LP36-5: a contact record names at least one topic")
  void lp36_5_topicRequired() {
    expectViolation(() -> record().topics(List.of()).build(), "topics", "LP36-5");
  }

  @Test
  @DisplayName("LP36-4a: a contact involves the pupil or a family-side contact")
  void lp36_4a_someoneInvolved() {
    expectViolation(() -> record().counterparts(List.of()).build(), "counterparts", "LP36-4a");
    assertThat(record().counterparts(List.of()).pupilPresent(true).build().pupilPresent()).isTrue();
  }

  @Test
  @DisplayName(
      "LP36-4c: an emergency contact records when the emergency arose and reaches a person at once")
  void lp36_4c_emergencyContacts() {
    expectViolation(
        () -> record().kind(ContactKind.EMERGENCY).build(), "emergencyRaisedAt", "LP36-4c");
    expectViolation(
        () -> record().emergencyRaisedAt(MORNING).build(), "emergencyRaisedAt", "LP36-4c");
    expectViolation(
        () ->
            record().kind(ContactKind.EMERGENCY).emergencyRaisedAt(MORNING.plusSeconds(5)).build(),
        "emergencyRaisedAt",
        "LP36-4c");
    for (ContactMethod method : ContactMethod.values()) {
      var build =
          record()
              .kind(ContactKind.EMERGENCY)
              .emergencyRaisedAt(MORNING.minusSeconds(600))
              .method(method);
      if (method.reachesPersonAtOnce()) {
        assertThat(build.build().emergencyRaisedAt()).contains(MORNING.minusSeconds(600));
      } else {
        expectViolation(build::build, "method", "LP36-4c");
      }
    }
  }

  /**
   * Every kind x location x level: the liaison form takes only out-of-hours contact (HSL-8), and out-of-hours
   * contact is restricted to the headship (HSL-9).
   */
  @Test
  @DisplayName(
      "HSL-8 / HSL-9: exhaustively, only out-of-hours contact goes on the liaison form, and it is restricted")
  void hsl8_hsl9_liaisonForm() {
    int accepted = 0;
    for (ContactKind kind : ContactKind.values()) {
      for (RecordLocation location : RecordLocation.values()) {
        for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
          var build = record().kind(kind).location(location).level(level);
          if (kind == ContactKind.EMERGENCY) {
            build.emergencyRaisedAt(MORNING);
          }
          boolean formOk =
              location != RecordLocation.LIAISON_FORM || kind == ContactKind.OUT_OF_HOURS;
          boolean levelOk =
              kind != ContactKind.OUT_OF_HOURS || level.isAtLeast(ConfidentialityLevel.RESTRICTED);
          if (formOk && levelOk) {
            assertThatCode(build::build).doesNotThrowAnyException();
            accepted++;
          } else if (!formOk) {
            expectViolation(build::build, "location", "HSL-8");
          } else {
            expectViolation(build::build, "level", "HSL-9");
          }
        }
      }
    }
    assertThat(accepted).isEqualTo(2 * 3 * 5 + 4 * 2);
  }

  @Test
  @DisplayName(
      "LP36-4d: an amendment changes something, says why on one line, and leaves the original intact")
  void lp36_4d_amendments() {
    ContactRecord original = record().build();
    var amendment =
        Amendment.builder()
            .record(original.id())
            .author(Fixtures.HEAD)
            .amendedAt(MORNING.plus(Duration.ofDays(1)))
            .reason("topic missed");
    expectViolation(amendment::build, "amendment", "LP36-4d");
    expectViolation(
        () -> amendment.addTopic(Topic.RISKS).reason("two\nlines").build(), "reason", "LP36-4d");

    Amendment fix =
        Amendment.builder()
            .record(original.id())
            .author(Fixtures.HEAD)
            .amendedAt(MORNING.plus(Duration.ofDays(1)))
            .reason("topic missed")
            .addTopics(Topic.RISKS, Topic.BEHAVIOUR)
            .occurredAt(MORNING.minusSeconds(60))
            .build();
    ContactRecord corrected = fix.applyTo(original);
    assertThat(corrected.topics())
        .as("a record keeps every topic it ever had")
        .containsExactlyInAnyOrder(Topic.ATTENDANCE, Topic.RISKS, Topic.BEHAVIOUR);
    assertThat(corrected.occurredAt()).isEqualTo(MORNING.minusSeconds(60));
    assertThat(corrected.summary()).isEqualTo(original.summary());
    assertThat(original.topics()).containsExactly(Topic.ATTENDANCE);
  }

  @Test
  @DisplayName(
      "HSL-9 / HSL-5: an amended record keeps the highest level it ever had; a lower level never applies")
  void hsl9_levelsOnlyRise() {
    ContactRecord confidential = record().level(ConfidentialityLevel.CONFIDENTIAL).build();
    var amendment =
        Amendment.builder()
            .record(confidential.id())
            .author(Fixtures.HEAD)
            .amendedAt(MORNING.plus(Duration.ofDays(1)))
            .reason("reclassified");
    assertThat(
            amendment.level(ConfidentialityLevel.RESTRICTED).build().applyTo(confidential).level())
        .isEqualTo(ConfidentialityLevel.RESTRICTED);
    assertThat(amendment.level(ConfidentialityLevel.PUBLIC).build().applyTo(confidential).level())
        .isEqualTo(ConfidentialityLevel.CONFIDENTIAL);
  }

  @Test
  @DisplayName("LP36-4e: a record's toString never shows the confidential summary")
  void lp36_4e_summaryNeverInToString() {
    ContactRecord record = record().summary(ConfidentialText.of(Fixtures.MARKER)).build();
    assertThat(record.toString()).doesNotContain(Fixtures.MARKER).contains("ConfidentialText[");
    assertThat(record.summary().reveal()).isEqualTo(Fixtures.MARKER);
    assertThat(Optional.of(record).toString()).doesNotContain(Fixtures.MARKER);
  }
}
