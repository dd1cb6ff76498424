package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyPackLoader;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ten thousand hostile documents per JSON entry point, made by mutating a valid document with a seeded generator:
 * wrong types, missing and duplicated fields, unknown fields and enum values, huge strings and collections, deep
 * nesting, Unicode edge cases, control characters and polymorphic-type tricks. Every document must either be read
 * as a valid value or be refused with {@link LiaisonValidationException}; no other exception may escape, and no
 * message may echo the confidential marker. The figures go to RELIABILITY.md.
 */
class HostileJsonCorpusTest {
  static final int DOCUMENTS = 10_000;
  static final long SEED = 20261124L;
  private static final ObjectMapper MAPPER = LiaisonJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] STRANGE = {"", " ", "\u0000", "\u202Eevil", "\ud800", "👩‍👧‍👦", "'; DROP TABLE x; --",
      "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "\n\r\t", "null", "NaN", "9".repeat(60),
      "java.net.URL", "x".repeat(200_000), Fixtures.MARKER, "\\u0000", "SAFEGUARDING ", "safeguarding"};

  static Stream<Arguments> entryPoints() throws Exception {
    SharingRequest request = SharingRequest.builder().pupil(PupilId.of("UPN-1")).topic(Topic.ATTENDANCE)
        .level(ConfidentialityLevel.SCHOOL_INTERNAL).originService(ServiceId.of("school"))
        .requester(StaffId.of("T-1")).requesterDesignation(Designation.TEACHER)
        .recipient(RecipientKind.PARENT_WITH_RESPONSIBILITY).purpose(Purpose.ROUTINE_LIAISON).build();
    return Stream.of(
        Arguments.of("LiaisonPlan", LiaisonJson.write(Fixtures.plan(ResidenceContext.CARE_HOME)),
            (Consumer<String>) json -> LiaisonJson.read(json, LiaisonPlan.class)),
        Arguments.of("ContactRecord", LiaisonJson.write(Fixtures.record("r-1", ResidenceContext.BOARDING,
            Fixtures.MORNING)), (Consumer<String>) json -> LiaisonJson.read(json, ContactRecord.class)),
        Arguments.of("SharingRequest", LiaisonJson.write(request),
            (Consumer<String>) json -> LiaisonJson.read(json, SharingRequest.class)),
        Arguments.of("PolicyPack", MAPPER.readTree(StandardPacks.json("clare-hsl")).toString(),
            (Consumer<String>) json -> PolicyPackLoader.create().load(json)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  @Timeout(300)
  @DisplayName("10,000 hostile documents per entry point: accepted or refused with the validation exception, nothing else")
  void hostileCorpus(String entryPoint, String valid, Consumer<String> read) throws Exception {
    JsonNode base = MAPPER.readTree(valid);
    SplittableRandom random = new SplittableRandom(SEED ^ entryPoint.hashCode());
    int accepted = 0;
    int refused = 0;
    List<String> escapes = new ArrayList<>();
    int leaks = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      String document = mutate(base, random);
      try {
        read.accept(document);
        accepted++;
      } catch (LiaisonValidationException e) {
        refused++;
        if (e.getMessage().contains(Fixtures.MARKER)) {
          leaks++;
        }
      } catch (RuntimeException | StackOverflowError e) {
        if (escapes.size() < 5) {
          escapes.add(e.getClass().getName() + " for document " + i);
        }
      }
    }
    System.out.printf("RELIABILITY %s: %d documents, %d accepted, %d refused, %d escapes, %d leaks (seed %d)%n",
        entryPoint, DOCUMENTS, accepted, refused, escapes.size(), leaks, SEED ^ entryPoint.hashCode());
    assertThat(escapes).as(entryPoint + ": exceptions other than LiaisonValidationException").isEmpty();
    assertThat(leaks).as(entryPoint + ": messages that echo confidential text").isZero();
    assertThat(accepted + refused).isEqualTo(DOCUMENTS);
    assertThat(refused).as("the corpus is hostile: most documents must be refused").isGreaterThan(DOCUMENTS / 2);
  }

  /** One to three mutations of the valid document, or a structural attack on the whole text. */
  static String mutate(JsonNode base, SplittableRandom random) {
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
        case 3 -> object.put(field, random.nextInt() * (random.nextBoolean() ? 1L : 1_000_000_007L));
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
