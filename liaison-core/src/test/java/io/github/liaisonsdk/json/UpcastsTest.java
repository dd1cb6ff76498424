package io.github.liaisonsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Violations;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stored documents of an older schema version are brought to the current form before they are bound. */
class UpcastsTest {

  @Test
  @DisplayName(
      "LP36-4e: a version-1 document goes through every step up to the current version, and is not changed in place")
  void stepsApplyInOrder() throws Exception {
    UnaryOperator<ObjectNode> renameName =
        node -> {
          node.set("displayName", node.remove("name"));
          return node;
        };
    UnaryOperator<ObjectNode> addPosts =
        node -> node.set("designations", LiaisonJson.mapper().createArrayNode().add("TEACHER"));
    Map<String, List<UnaryOperator<ObjectNode>>> steps =
        Map.of("StaffMember", List.of(renameName, addPosts));
    JsonNode stored =
        LiaisonJson.mapper()
            .readTree("{\"id\":\"T-1\",\"name\":\"A. Teacher\",\"schemaVersion\":1}");

    JsonNode current = Upcasts.toCurrent(stored, "StaffMember", steps, 1, 3);
    assertThat(current.get("schemaVersion").asInt()).isEqualTo(3);
    assertThat(current.get("displayName").asText()).isEqualTo("A. Teacher");
    assertThat(current.has("name")).isFalse();
    assertThat(current.get("designations").get(0).asText()).isEqualTo("TEACHER");
    assertThat(stored.get("name").asText())
        .as("the stored document is left alone")
        .isEqualTo("A. Teacher");

    JsonNode fromTwo =
        Upcasts.toCurrent(
            LiaisonJson.mapper()
                .readTree("{\"id\":\"T-1\",\"displayName\":\"B\",\"schemaVersion\":2}"),
            "StaffMember",
            steps,
            1,
            3);
    assertThat(fromTwo.get("designations")).isNotNull();
    assertThat(fromTwo.get("displayName").asText())
        .as("only the steps after its own version")
        .isEqualTo("B");
  }

  @Test
  @DisplayName("a version this release does not read is refused by name, not guessed at")
  void unreadableVersionsAreRefused() {
    Violations.expectViolation(
        () ->
            LiaisonJson.read(
                "{\"id\":\"T-1\",\"designations\":[\"TEACHER\"],\"schemaVersion\":99}",
                StaffMember.class),
        "$.schemaVersion",
        null);
    Violations.expectViolation(
        () ->
            LiaisonJson.read(
                "{\"id\":\"T-1\",\"designations\":[\"TEACHER\"],\"schemaVersion\":0}",
                StaffMember.class),
        "$.schemaVersion",
        null);
    assertThat(
            LiaisonJson.read(
                    "{\"id\":\"T-1\",\"designations\":[\"TEACHER\"],\"schemaVersion\":1}",
                    StaffMember.class)
                .schemaVersion())
        .isEqualTo(LiaisonJson.SCHEMA_VERSION);
  }
}
