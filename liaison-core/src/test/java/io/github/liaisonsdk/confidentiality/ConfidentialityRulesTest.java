package io.github.liaisonsdk.confidentiality;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.testing.Fixtures;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfidentialityRulesTest {

  @Test
  @DisplayName("HSL-3: levels are ordered, so 'confidential or above' is a comparison")
  void hsl3_levelsOrdered() {
    ConfidentialityLevel[] levels = ConfidentialityLevel.values();
    for (int i = 0; i < levels.length; i++) {
      for (int j = 0; j < levels.length; j++) {
        assertThat(levels[i].isAtLeast(levels[j])).isEqualTo(i >= j);
      }
    }
    assertThat(ConfidentialityLevel.SAFEGUARDING.isAtLeast(ConfidentialityLevel.CONFIDENTIAL))
        .isTrue();
    assertThat(ConfidentialityLevel.SCHOOL_INTERNAL.isAtLeast(ConfidentialityLevel.CONFIDENTIAL))
        .isFalse();
  }

  @Test
  @DisplayName("LP36-5: the ten topics of the procedure plus support-plan information")
  void lp36_5_topics() {
    assertThat(Topic.values()).hasSize(11);
    assertThat(java.util.Arrays.stream(Topic.values()).filter(Topic::isLiaisonContent)).hasSize(10);
  }

  @Test
  @DisplayName(
      "LP36-5 / HSL-3: exhaustively, every topic needs a level, and safeguarding topics are confidential or above")
  void lp36_5_classification() {
    Map<Topic, ConfidentialityLevel> all = new EnumMap<>(Topic.class);
    for (Topic topic : Topic.values()) {
      all.put(topic, ConfidentialityLevel.SAFEGUARDING);
    }
    assertThat(TopicClassification.builder().defaults(all).build().levelOf(Topic.ATTENDANCE))
        .isEqualTo(ConfidentialityLevel.SAFEGUARDING);

    for (Topic topic : Topic.values()) {
      Map<Topic, ConfidentialityLevel> missing = new EnumMap<>(all);
      missing.remove(topic);
      expectViolation(
          () -> TopicClassification.builder().defaults(missing).build(),
          "defaults." + topic,
          "LP36-5");
      for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
        Map<Topic, ConfidentialityLevel> one = new EnumMap<>(all);
        one.put(topic, level);
        boolean mustBeConfidential =
            topic == Topic.CONCERNS_AND_SAFEGUARDING || topic == Topic.SUPPORT_PLAN;
        if (mustBeConfidential && !level.isAtLeast(ConfidentialityLevel.CONFIDENTIAL)) {
          expectViolation(
              () -> TopicClassification.builder().defaults(one).build(),
              "defaults." + topic,
              "HSL-3");
        } else {
          assertThat(TopicClassification.builder().defaults(one).build().levelOf(topic))
              .isEqualTo(level);
        }
      }
    }
  }

  @Test
  @DisplayName(
      "LP36-4e: confidential text is never shown by toString, and bad text is refused without echoing it")
  void lp36_4e_confidentialText() {
    ConfidentialText text = ConfidentialText.of(Fixtures.MARKER);
    assertThat(text.toString())
        .isEqualTo("ConfidentialText[" + Fixtures.MARKER.length() + " chars]");
    assertThat(text)
        .isEqualTo(ConfidentialText.of(Fixtures.MARKER))
        .hasSameHashCodeAs(ConfidentialText.of(Fixtures.MARKER));

    expectViolation(() -> ConfidentialText.of(Fixtures.MARKER + "\u0000"), "text", null);
    expectViolation(() -> ConfidentialText.of(Fixtures.MARKER + "\u001b[31m"), "text", null);
    expectViolation(() -> ConfidentialText.of(Fixtures.MARKER + "\ud800"), "text", null);
    expectViolation(
        () -> ConfidentialText.of(Fixtures.MARKER + "x".repeat(ConfidentialText.MAX_LENGTH)),
        "text",
        null);
    assertThat(ConfidentialText.of("tabs\tand\r\nbreaks and emoji 🏫").length()).isEqualTo(29);
  }
}
