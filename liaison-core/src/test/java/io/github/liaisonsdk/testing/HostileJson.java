package io.github.liaisonsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes hostile JSON documents from a valid one with a seeded generator: truncation, deep nesting, duplicated and
 * unknown fields, trailing content, polymorphic-type tricks, wrong types, nulls, huge strings and collections,
 * control characters, lone surrogates, bidirectional overrides, injection strings and the confidential marker.
 * Shared by the JSON corpus of the core and the HTTP corpus of the examples.
 */
public final class HostileJson {
  /**
   * Put into any string position, ids included. Validation messages must never quote it; ids may reach a log or
   * a "not found" message, which is why it is not the confidential marker: that one goes only where confidential
   * text belongs.
   */
  public static final String ECHO_MARKER = "HOSTILE-ECHO-9b1e";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings that have broken parsers, databases, logs and terminals. */
  private static final String[] STRANGE = {
    "",
    " ",
    "\u0000",
    "\u202Eevil",
    "\ud800",
    "👩‍👧‍👦",
    "'; DROP TABLE x; --",
    "${jndi:ldap://127.0.0.1/a}",
    "<script>alert(1)</script>",
    "\n\r\t",
    "null",
    "NaN",
    "9".repeat(60),
    "java.net.URL",
    "x".repeat(200_000),
    ECHO_MARKER,
    "\\u0000",
    "SAFEGUARDING ",
    "safeguarding"
  };

  private HostileJson() {}

  /**
   * One to three mutations of the valid document, or a structural attack on the whole text.
   *
   * @param base the valid document
   * @param random the seeded generator
   * @return the hostile document
   */
  public static String mutate(JsonNode base, SplittableRandom random) {
    int kind = random.nextInt(20);
    String text = base.toString();
    switch (kind) {
      case 0:
        return text.substring(0, random.nextInt(text.length()));
      case 1:
        return "[".repeat(200 + random.nextInt(2000)) + "]".repeat(10);
      case 2:
        return text.replaceFirst("\\{", "{\"schemaVersion\":1,");
      case 3:
        return "{\"@class\":\"java.net.URL\"," + text.substring(1);
      case 4:
        return text + (random.nextBoolean() ? "{}" : " garbage");
      default:
        JsonNode copy = base.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
          mutateNode(copy, random);
        }
        return copy.toString();
    }
  }

  private static void mutateNode(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) target;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String field = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
      switch (random.nextInt(9)) {
        case 0 -> object.remove(field);
        case 1 -> object.putNull(field);
        case 2 -> object.put(field, STRANGE[random.nextInt(STRANGE.length)]);
        case 3 ->
            object.put(field, random.nextInt() * (random.nextBoolean() ? 1L : 1_000_000_007L));
        case 4 -> object.put(field, random.nextBoolean());
        case 5 -> object.set(field, hugeArray(random));
        case 6 -> object.put("unknown" + random.nextInt(5), "value");
        case 7 -> object.set(field, NODES.objectNode().put("@type", "java.lang.ProcessBuilder"));
        default -> object.put(field, 1.5);
      }
    } else if (target instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) target;
      switch (random.nextInt(4)) {
        case 0 -> array.removeAll();
        case 1 -> array.addNull();
        case 2 -> array.add(STRANGE[random.nextInt(STRANGE.length)]);
        default -> {
          for (int i = 0; i < 1 + random.nextInt(3); i++) {
            array.add(array.size() > 0 ? array.get(0).deepCopy() : NODES.textNode("x"));
          }
        }
      }
    }
  }

  private static ArrayNode hugeArray(SplittableRandom random) {
    ArrayNode array = NODES.arrayNode();
    int size = 1 + random.nextInt(random.nextBoolean() ? 10 : 20_000);
    for (int i = 0; i < size; i++) {
      array.add(STRANGE[random.nextInt(STRANGE.length)].length() < 100 ? "item" + (i % 7) : "x");
    }
    return array;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      Iterator<JsonNode> children = node.elements();
      while (children.hasNext()) {
        collect(children.next(), containers);
      }
    }
  }
}
