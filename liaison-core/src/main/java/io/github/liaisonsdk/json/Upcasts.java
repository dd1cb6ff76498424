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
    return toCurrent(
        document,
        type.getSimpleName(),
        STEPS,
        LiaisonJson.OLDEST_READABLE_VERSION,
        LiaisonJson.SCHEMA_VERSION);
  }

  /**
   * Applies the steps from the document's version up to {@code current}. A version outside the readable range is
   * left as it is, for the value's own check to refuse by name.
   */
  static JsonNode toCurrent(
      JsonNode document,
      String type,
      Map<String, List<UnaryOperator<ObjectNode>>> steps,
      int oldest,
      int current) {
    if (!(document instanceof ObjectNode)
        || !document.has("schemaVersion")
        || !document.get("schemaVersion").canConvertToInt()) {
      return document;
    }
    ObjectNode node = (ObjectNode) document;
    int version = node.get("schemaVersion").intValue();
    if (version >= current || version < oldest) {
      return node;
    }
    List<UnaryOperator<ObjectNode>> forType = steps.getOrDefault(type, List.of());
    ObjectNode upgraded = node.deepCopy();
    for (int from = version; from < current; from++) {
      int index = from - oldest;
      if (index < forType.size()) {
        upgraded = forType.get(index).apply(upgraded);
      }
    }
    upgraded.put("schemaVersion", current);
    return upgraded;
  }
}
