package io.github.liaisonsdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.json.LiaisonJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request bodies read strictly, the same on every route: valid UTF-8 or nothing (never replacement characters),
 * one JSON document with no trailing content, no key twice, the library's size limits, and a field the route does
 * not know refused by name. Value types are read by the library ({@link LiaisonJson}), which refuses the rest:
 * numbers out of range, wrong types, broken rules, each naming the path and the rule.
 *
 * <p>Stateless and thread-safe.
 */
final class StrictJson {
  /** Field names a path may echo: a key that is not a name could be pasted text, confidential perhaps. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private static final ObjectMapper MAPPER = LiaisonJson.mapper();

  private StrictJson() {}

  /** The body as text, refused unless it is valid UTF-8. */
  static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new LiaisonValidationException("request", Violation.of("$", "is not valid UTF-8"));
    }
  }

  /** A value type, read and validated by the library; an unknown field is named when its name is a name. */
  static <T> T read(byte[] body, Class<T> type) {
    String text = utf8(body);
    try {
      return LiaisonJson.read(text, type);
    } catch (LiaisonValidationException e) {
      throw e.violations().stream().anyMatch(v -> v.path().endsWith("<unknown field>"))
          ? unknownFieldNamed(text, type).orElse(e)
          : e;
    }
  }

  /** A JSON object holding only the given fields (the library's strictness, by parsing it as a tree). */
  static ObjectNode object(byte[] body, Set<String> known) {
    JsonNode node = LiaisonJson.read(utf8(body), JsonNode.class);
    if (!node.isObject()) {
      throw new LiaisonValidationException("request", Violation.of("$", "must be a JSON object"));
    }
    onlyFields(node, known);
    return (ObjectNode) node;
  }

  /** A value type read from a tree the route has checked or completed first. */
  static <T> T read(JsonNode tree, Class<T> type) {
    return read(tree.toString().getBytes(StandardCharsets.UTF_8), type);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new LiaisonValidationException(
          "request", Violation.of("$." + field, "is required, as a string"));
    }
    return value.asText();
  }

  static Optional<String> optionalText(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(text(node, field)) : Optional.empty();
  }

  static boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new LiaisonValidationException(
          "request", Violation.of("$." + field, "is required, as true or false"));
    }
    return value.booleanValue();
  }

  static Optional<LocalDate> optionalDate(JsonNode node, String field) {
    return node.hasNonNull(field)
        ? Optional.of(date(text(node, field), "$." + field))
        : Optional.empty();
  }

  static LocalDate date(String value, String path) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new LiaisonValidationException(
          "request", Violation.of(path, "must be a date such as 2026-09-01"));
    }
    // The years the library's term calendar knows: a date far outside them is refused here, not by
    // a 500.
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new LiaisonValidationException(
          "request", Violation.of(path, "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR));
    }
    return date;
  }

  private static final int FIRST_YEAR = io.github.liaisonsdk.policy.TermReference.FIRST_YEAR;
  private static final int LAST_YEAR = io.github.liaisonsdk.policy.TermReference.LAST_YEAR;

  /** How a path shows a key: by name when it is one. */
  static String shown(String key) {
    return NAME.matcher(key).matches() ? key : "<a key that is not a field name>";
  }

  private static void onlyFields(JsonNode node, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new LiaisonValidationException(
            "request", Violation.of("$." + shown(name), "is not a field of this request"));
      }
    }
  }

  /**
   * The library does not echo an unknown field's name; this example does, when the key is name-like, so a vendor
   * sees at once which field it sent wrong. Bound again without the library's translation to learn the name.
   */
  private static Optional<LiaisonValidationException> unknownFieldNamed(
      String text, Class<?> type) {
    try {
      MAPPER.readValue(text, type);
      return Optional.empty();
    } catch (UnrecognizedPropertyException e) {
      StringBuilder path = new StringBuilder("$");
      // The last reference is the unknown field itself; the ones before it lead there.
      for (var ref : e.getPath().subList(0, Math.max(0, e.getPath().size() - 1))) {
        if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        } else if (ref.getFieldName() != null) {
          path.append('.').append(shown(ref.getFieldName()));
        }
      }
      String name = e.getPropertyName() == null ? "<unknown field>" : shown(e.getPropertyName());
      return Optional.of(
          new LiaisonValidationException(
              type.getSimpleName(), Violation.of(path + "." + name, "is not a known field")));
    } catch (Exception other) {
      return Optional.empty();
    }
  }
}
