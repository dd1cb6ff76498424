package io.github.liaisonsdk.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stable JSON form of every Liaison SDK value, and the one door bad JSON comes through.
 *
 * <p>Reading is strict: unknown fields, duplicate keys, wrong types, unknown enum values, trailing content and
 * documents beyond the size limits are all rejected. Every failure becomes a {@link LiaisonValidationException}
 * whose violations name the JSON path and the rule; the offending text is never echoed. Polymorphic default typing
 * is never enabled. Top-level documents carry a {@code schemaVersion} (currently {@value #SCHEMA_VERSION}).
 *
 * <p>Thread-safe: the mapper is configured once and shared.
 */
public final class LiaisonJson {

  /** The version of the JSON form written by this release. */
  public static final int SCHEMA_VERSION = 1;

  /** The oldest version of the JSON form this release still reads (and upcasts to {@link #SCHEMA_VERSION}). */
  public static final int OLDEST_READABLE_VERSION = 1;

  /** The rule a value's {@code schemaVersion} is held to, for validation messages. */
  public static final String SCHEMA_RULE =
      "must be a version this release reads, " + OLDEST_READABLE_VERSION + " to " + SCHEMA_VERSION;

  /** The largest document read, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 4_000_000L;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string value read. */
  public static final int MAX_STRING_LENGTH = 100_000;

  private static final ObjectMapper MAPPER = newMapper();

  private LiaisonJson() {}

  /**
   * Whether this release reads documents of a schema version. Stored rows written by an older release stay
   * readable: {@link #read} upcasts them to the current form before binding.
   *
   * @param version a document's {@code schemaVersion}
   * @return {@code true} from {@link #OLDEST_READABLE_VERSION} to {@link #SCHEMA_VERSION}
   */
  public static boolean supports(int version) {
    return version >= OLDEST_READABLE_VERSION && version <= SCHEMA_VERSION;
  }

  /**
   * A mapper configured like the one this class uses, for callers that embed our values in their own documents.
   *
   * @return a new mapper; changing it does not affect this class
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Reads a value.
   *
   * @param json the document
   * @param type the value type, for example {@code LiaisonPlan.class}
   * @param <T> the value type
   * @return the value, validated
   * @throws LiaisonValidationException naming the path and rule of every problem found
   */
  public static <T> T read(String json, Class<T> type) {
    if (type == null) {
      throw new LiaisonValidationException(
          "LiaisonJson", Violation.of("type", "the value type to read is required"));
    }
    if (json == null) {
      throw new LiaisonValidationException(
          type.getSimpleName(), Violation.of("$", "a JSON document is required"));
    }
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new LiaisonValidationException(
          type.getSimpleName(),
          Violation.of("$", "the document is longer than " + MAX_DOCUMENT_LENGTH + " characters"));
    }
    try {
      // Parse the whole document first, so every size limit is enforced before any value is bound.
      JsonNode tree = Upcasts.toCurrent(MAPPER.readTree(json), type);
      T value = tree == null ? null : MAPPER.treeToValue(tree, type);
      if (value == null) {
        throw new LiaisonValidationException(
            type.getSimpleName(), Violation.of("$", "must not be null"));
      }
      return value;
    } catch (JacksonException e) {
      throw translate(type.getSimpleName(), e);
    }
  }

  /**
   * Writes a value in its stable JSON form.
   *
   * @param value the value
   * @return the document
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new LiaisonException(
          "could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as indented JSON, for people to read.
   *
   * @param value the value
   * @return the document
   */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new LiaisonException(
          "could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(40)
                    .maxNameLength(200)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
  }

  private static LiaisonValidationException translate(String subject, JacksonException e) {
    LiaisonValidationException nested = nestedValidation(e);
    String path =
        e instanceof UnrecognizedPropertyException
            ? unknownFieldPath((UnrecognizedPropertyException) e)
            : e instanceof JsonMappingException ? path((JsonMappingException) e) : "$";
    if (nested != null) {
      List<Violation> prefixed = new ArrayList<>();
      for (Violation v : nested.violations()) {
        prefixed.add(new Violation(join(path, v.path()), v.rule(), v.clause()));
      }
      return new LiaisonValidationException(subject, prefixed);
    }
    return new LiaisonValidationException(subject, Violation.of(path, rule(e)));
  }

  private static String rule(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return "the document exceeds a size limit (depth "
          + MAX_NESTING_DEPTH
          + ", string "
          + MAX_STRING_LENGTH
          + " characters, document "
          + MAX_DOCUMENT_LENGTH
          + " characters)";
    }
    if (e instanceof StreamReadException
        && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
      return "has a field twice";
    }
    if (e instanceof StreamReadException) {
      return "is not well-formed JSON" + location((StreamReadException) e);
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof InvalidFormatException
        && ((InvalidFormatException) e).getTargetType() != null
        && ((InvalidFormatException) e).getTargetType().isEnum()) {
      return "must be one of "
          + Arrays.toString(((InvalidFormatException) e).getTargetType().getEnumConstants());
    }
    if (e instanceof MismatchedInputException
        && ((MismatchedInputException) e).getTargetType() != null) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      if (target.isEnum()) {
        return "must be one of " + Arrays.toString(target.getEnumConstants());
      }
      return "must be " + describe(target);
    }
    if (e.getCause() instanceof StreamConstraintsException) {
      return rule((StreamConstraintsException) e.getCause());
    }
    return "is not valid here";
  }

  private static String describe(Class<?> target) {
    if (target == int.class
        || target == Integer.class
        || target == long.class
        || target == Long.class) {
      return "a whole number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
      return "an ISO-8601 " + target.getSimpleName();
    }
    return "a valid " + target.getSimpleName().replaceFirst("^Immutable", "");
  }

  private static String location(StreamReadException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static LiaisonValidationException nestedValidation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LiaisonValidationException) {
        return (LiaisonValidationException) t;
      }
    }
    return null;
  }

  /**
   * Where an unknown field is, without its name: the name is the caller's text and may be anything, a pasted
   * note included. The fields on the way to it are known ones.
   */
  private static String unknownFieldPath(UnrecognizedPropertyException e) {
    String known = path(e);
    int last = known.lastIndexOf('.');
    return (last > 0 ? known.substring(0, last) : "$") + ".<unknown field>";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        path.append('.').append(fieldName(ref.getFieldName()));
      }
    }
    return path.toString();
  }

  /**
   * A field name as a path may show it: the document's keys are the caller's text, and a key is not always a
   * name (a confidential note pasted into the wrong place is one too), so only identifier-like keys are echoed.
   */
  private static String fieldName(String key) {
    return IDENTIFIER.matcher(key).matches() ? key : "<a key that is not a field name>";
  }

  private static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private static String join(String jsonPath, String fieldPath) {
    if (fieldPath.isEmpty() || "value".equals(fieldPath) && !"$".equals(jsonPath)) {
      return jsonPath;
    }
    return fieldPath.startsWith("[") ? jsonPath + fieldPath : jsonPath + "." + fieldPath;
  }
}
