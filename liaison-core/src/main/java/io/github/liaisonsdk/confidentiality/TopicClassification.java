package io.github.liaisonsdk.confidentiality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The default confidentiality level of each topic (LP36-5), as a policy pack sets it. Information whose level is
 * not otherwise known takes its topic's default.
 *
 * <p>Every topic must be classified, and concerns/safeguarding and support-plan information can never be below
 * {@link ConfidentialityLevel#CONFIDENTIAL}. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableTopicClassification.class)
@JsonDeserialize(as = ImmutableTopicClassification.class)
public abstract class TopicClassification {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  TopicClassification() {}

  private static final Set<Topic> ALWAYS_CONFIDENTIAL =
      EnumSet.of(Topic.CONCERNS_AND_SAFEGUARDING, Topic.SUPPORT_PLAN);

  /**
   * The default level of each topic.
   *
   * @return a map holding every {@link Topic}
   */
  public abstract Map<Topic, ConfidentialityLevel> defaults();

  /**
   * The default level of a topic.
   *
   * @param topic the topic
   * @return its level
   */
  public ConfidentialityLevel levelOf(Topic topic) {
    return defaults().get(topic);
  }

  /**
   * Starts a classification.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TopicClassification}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableTopicClassification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(this, "TopicClassification");
    for (Topic topic : Topic.values()) {
      ConfidentialityLevel level = defaults().get(topic);
      checks.require(
          level != null, "defaults." + topic, "every topic needs a default level", Clause.LP36_5);
      if (level != null && ALWAYS_CONFIDENTIAL.contains(topic)) {
        checks.require(
            level.isAtLeast(ConfidentialityLevel.CONFIDENTIAL),
            "defaults." + topic,
            "must be CONFIDENTIAL or above",
            Clause.HSL_3);
      }
    }
    checks.done();
  }
}
