package io.github.liaisonsdk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings a stored document written by an older release to the current JSON form before it is bound, so a change
 * of shape never makes stored rows unreadable. Each step takes a type's documents from one schema version to the
 * next; a document already at the current version, or of a type no step names, passes through unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class Upcasts {
  /**
   * The steps, by the simple name of the abstract type and the version they upgrade from. Version 1 is the first
   * release's form, and every type is still written in it, so there are no steps yet; a release that changes a
   * shape bumps {@link LiaisonJson#SCHEMA_VERSION} and adds the step here, with a test reading a row of the old
   * form (see the JDBC adapter's legacy-database tests).
   */
  private static final Map<String, List<UnaryOperator<ObjectNode>>> STEPS = Map.of();

  private Upcasts() {}

  static JsonNode toCurrent(JsonNode document, Class<?> type) {
    if (!(document instanceof ObjectNode) || !document.has("schemaVersion")
        || !document.get("schemaVersion").canConvertToInt()) {
      return document;
    }
    ObjectNode node = (ObjectNode) document;
    int version = node.get("schemaVersion").intValue();
    if (version >= LiaisonJson.SCHEMA_VERSION || version < LiaisonJson.OLDEST_READABLE_VERSION) {
      return node;
    }
    List<UnaryOperator<ObjectNode>> steps = STEPS.getOrDefault(type.getSimpleName(), List.of());
    ObjectNode upgraded = node.deepCopy();
    for (int from = version; from < LiaisonJson.SCHEMA_VERSION; from++) {
      int index = from - LiaisonJson.OLDEST_READABLE_VERSION;
      if (index < steps.size()) {
        upgraded = steps.get(index).apply(upgraded);
      }
    }
    upgraded.put("schemaVersion", LiaisonJson.SCHEMA_VERSION);
    return upgraded;
  }
}
