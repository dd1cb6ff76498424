package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.liaisonsdk.json.LiaisonJson;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code GET /openapi.json}, held to the service that serves it: it parses as OpenAPI 3.1
 * without a message; it documents exactly the routes the service's route table holds (no more, no fewer, each with
 * the security of its identity); every example request body is valid against its schema and is accepted by its
 * route over real HTTP with a real token; every success answer fits its documented schema; and the schemas that
 * refuse unknown fields describe routes that refuse them too.
 */
class OpenApiDocumentTest {
  private static final String HEAD = "S-head";
  private static final String TEACHER = "S-teacher";

  /** Who calls an operation in the scenario: a staff id, {@link #DIRECTORY}, or {@link #ANYONE} (no token). */
  private static final String DIRECTORY = "<directory>";

  private static final String ANYONE = "<anyone>";

  /** One call of the scenario: an operation of the document, who calls it, and the concrete path. */
  record Step(String operationId, String caller, String path) {}

  /**
   * Every documented operation in an order in which each example finds the records it needs: the directory first
   * (the head is written by the fixture, the teacher by the example), then the plan, then what rests on it. The
   * concrete paths carry the ids the examples use (pupil P-1, record r-1, case OOH-1).
   */
  private static final List<Step> SCENARIO =
      List.of(
          new Step("openApiDocument", ANYONE, "/openapi.json"),
          new Step("synchroniseStaff", DIRECTORY, "/directory/staff/" + TEACHER),
          new Step("synchronisePupil", DIRECTORY, "/directory/pupils/P-1"),
          new Step("approvePlan", HEAD, "/plans"),
          new Step("recordConsultation", HEAD, "/consultations"),
          new Step("recordContact", TEACHER, "/contacts"),
          new Step("readContact", TEACHER, "/contacts/r-1"),
          new Step("chronology", TEACHER, "/pupils/P-1/chronology"),
          new Step("decide", TEACHER, "/decisions"),
          new Step("discloseExternalContact", TEACHER, "/external-contacts"),
          new Step("reviewExternalContact", HEAD, "/external-contacts/OOH-1/review"),
          new Step("logExternalContact", TEACHER, "/external-contacts/OOH-1/log"),
          new Step("monitoringReport", HEAD, "/reports/monitoring?from=2026-09-01&to=2026-11-24"));

  private static final Map<MisRoutes.Access, List<String>> SECURITY =
      Map.of(
          MisRoutes.Access.PUBLIC, List.of(),
          MisRoutes.Access.DIRECTORY, List.of("directoryBearer"),
          MisRoutes.Access.STAFF, List.of("staffBearer"));

  MisFixture mis;

  /** The document as served, read back. */
  JsonNode document;

  @BeforeEach
  void start() throws Exception {
    mis = MisFixture.inMemory();
    MisFixture.Reply served = mis.call("GET", null, "/openapi.json", null);
    assertThat(served.status()).isEqualTo(200);
    document = served.body();
  }

  @AfterEach
  void stop() {
    mis.close();
  }

  @Test
  @DisplayName(
      "GET /openapi.json is public, application/json, the checked-in resource, and parses as OpenAPI 3.1 with no message")
  void parsesAsOpenApi31() throws Exception {
    try (InputStream in = MisRoutes.class.getResourceAsStream("openapi.json")) {
      assertThat(document).isEqualTo(LiaisonJson.mapper().readTree(in));
    }
    MisFixture.Reply withBadToken = mis.call("GET", "not-a-jwt", "/openapi.json", null);
    assertThat(withBadToken.status())
        .as("a token sent to the public document is ignored")
        .isEqualTo(200);
    MisFixture.Reply posted = mis.call("POST", mis.staff(HEAD), "/openapi.json", "{}");
    assertThat(posted.status()).isEqualTo(405);
    assertThat(posted.response().headers().firstValue("Allow")).contains("GET");
    assertThat(mis.call("GET", null, "/openapiXjson", null).status())
        .as("the path is literal: its dot is a dot")
        .isEqualTo(401);

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(document.toString(), null, options);
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api).isNotNull();
    assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(api.getOpenapi()).startsWith("3.1.");
    assertThat(api.getComponents().getSecuritySchemes())
        .containsOnlyKeys("staffBearer", "directoryBearer");
    api.getComponents()
        .getSecuritySchemes()
        .values()
        .forEach(
            scheme -> {
              assertThat(scheme.getScheme()).isEqualTo("bearer");
              assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
            });
  }

  @Test
  @DisplayName(
      "HSL-2, HSL-9: the document describes exactly the routes the service's route table serves, each with its identity's bearer scheme")
  void everyRouteDocumentedAndEveryDocumentedRouteServed() {
    Map<String, MisRoutes.Route> served = new LinkedHashMap<>();
    for (MisRoutes.Route route : mis.service.routes()) {
      served.put(route.method() + " " + route.template(), route);
    }
    Map<String, JsonNode> documented = operations();
    assertThat(new TreeSet<>(documented.keySet()))
        .as("documented operations")
        .isEqualTo(new TreeSet<>(served.keySet()));
    for (Map.Entry<String, MisRoutes.Route> entry : served.entrySet()) {
      JsonNode operation = documented.get(entry.getKey());
      List<String> schemes = new ArrayList<>();
      operation
          .get("security")
          .forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
      assertThat(schemes)
          .as(entry.getKey() + " security")
          .isEqualTo(SECURITY.get(entry.getValue().access()));
      assertThat(operation.get("responses").has(String.valueOf(entry.getValue().success())))
          .as(entry.getKey() + " documents its success status " + entry.getValue().success())
          .isTrue();
      if (entry.getValue().access() != MisRoutes.Access.PUBLIC) {
        assertThat(operation.get("responses").has("401"))
            .as(entry.getKey() + " documents 401")
            .isTrue();
        assertThat(operation.get("responses").has("403"))
            .as(entry.getKey() + " documents 403")
            .isTrue();
      }
    }
    Set<String> scenario =
        SCENARIO.stream().map(Step::operationId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> operationIds =
        documented.values().stream()
            .map(op -> op.get("operationId").asText())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(scenario)
        .as("the scenario calls every documented operation")
        .isEqualTo(operationIds);
  }

  @Test
  @DisplayName(
      "every example request body is valid against its JSON Schema (2020-12), and one unknown field makes it invalid where the schema is strict")
  void examplesFitTheirSchemas() {
    int checked = 0;
    for (Map.Entry<String, JsonNode> entry : operations().entrySet()) {
      JsonNode media =
          entry.getValue().path("requestBody").path("content").path("application/json");
      if (media.isMissingNode()) {
        continue;
      }
      assertThat(media.path("examples").size())
          .as(entry.getKey() + " has an example body")
          .isPositive();
      Schema schema = schema(media.get("schema"));
      for (JsonNode example : media.get("examples")) {
        JsonNode value = example.get("value");
        List<Error> errors = schema.validate(value.toString(), InputFormat.JSON);
        assertThat(errors).as(entry.getKey() + " example").isEmpty();
        ObjectNode extra = ((ObjectNode) value.deepCopy()).put("colour", "red");
        assertThat(schema.validate(extra.toString(), InputFormat.JSON))
            .as(entry.getKey() + " with an unknown field")
            .isNotEmpty();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(9);
  }

  @Test
  @DisplayName(
      "LP36-4, HSL-6, HSL-7, HSL-8: every example body is accepted by its route over HTTP with a valid token, refused without any field its schema requires or with one it does not know; every success answer fits its documented schema")
  void examplesAreAcceptedByTheService() throws Exception {
    // The one record no example writes: the head, whom the teacher's example names as line manager.
    assertThat(mis.syncStaff(HEAD, "{\"misRoles\":[\"Head Teacher\"]}").status()).isEqualTo(200);
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    Map<String, String> templates = new LinkedHashMap<>();
    operations()
        .forEach(
            (key, op) -> {
              byId.put(op.get("operationId").asText(), op);
              templates.put(op.get("operationId").asText(), key);
            });
    for (Step step : SCENARIO) {
      JsonNode operation = byId.get(step.operationId());
      assertThat(operation).as(step.operationId()).isNotNull();
      String key = templates.get(step.operationId());
      String method = key.substring(0, key.indexOf(' '));
      String template = key.substring(key.indexOf(' ') + 1);
      assertThat(step.path().replaceFirst("\\?.*", ""))
          .as(step.operationId() + " path")
          .matches(template.replaceAll("\\{[^/}]+}", "[^/]+"));
      JsonNode media = operation.path("requestBody").path("content").path("application/json");
      String body =
          media.isMissingNode()
              ? null
              : media.get("examples").elements().next().get("value").toString();
      if (body != null) {
        // What the schema requires, the route requires: the example without any one of them is a
        // 400, before the
        // example itself is sent (so nothing it would conflict with exists yet).
        for (JsonNode required : resolve(media.get("schema")).path("required")) {
          ObjectNode missing = (ObjectNode) LiaisonJson.mapper().readTree(body);
          missing.remove(required.asText());
          MisFixture.Reply refused =
              mis.call(method, token(step.caller()), step.path(), missing.toString());
          assertThat(refused.status())
              .as(step.operationId() + " without " + required.asText() + ": " + refused.body())
              .isEqualTo(400);
          assertThat(refused.body().get("error").asText()).isEqualTo("validation");
        }
      }
      MisFixture.Reply reply = mis.call(method, token(step.caller()), step.path(), body);
      String success = successCode(operation);
      assertThat(reply.status())
          .as(step.operationId() + " answered " + reply.body())
          .isEqualTo(Integer.parseInt(success));
      JsonNode answerSchema =
          operation
              .get("responses")
              .get(success)
              .path("content")
              .path("application/json")
              .get("schema");
      List<Error> errors = schema(answerSchema).validate(reply.body().toString(), InputFormat.JSON);
      assertThat(errors).as(step.operationId() + " answer against its schema").isEmpty();
      if (body != null && isStrict(media.get("schema"))) {
        // The schema says additionalProperties: false; the route must refuse an unknown field, by
        // name.
        ObjectNode extra = ((ObjectNode) LiaisonJson.mapper().readTree(body)).put("colour", "red");
        MisFixture.Reply refused =
            mis.call(method, token(step.caller()), step.path(), extra.toString());
        assertThat(refused.status())
            .as(step.operationId() + " with an unknown field")
            .isEqualTo(400);
        assertThat(refused.body().get("violations").get(0).get("path").asText())
            .isEqualTo("$.colour");
        Schema errorSchema =
            schema(
                LiaisonJson.mapper().createObjectNode().put("$ref", "#/components/schemas/Error"));
        assertThat(errorSchema.validate(refused.body().toString(), InputFormat.JSON)).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("every refusal documented is the JSON error shape, and a real 401 and 403 fit it")
  void errorsFitTheErrorShape() throws Exception {
    Schema error =
        schema(LiaisonJson.mapper().createObjectNode().put("$ref", "#/components/schemas/Error"));
    for (JsonNode response : document.get("components").get("responses")) {
      assertThat(
              response
                  .path("content")
                  .path("application/json")
                  .path("schema")
                  .path("$ref")
                  .asText())
          .isEqualTo("#/components/schemas/Error");
      assertThat(
              error.validate(
                  response.get("content").get("application/json").get("example").toString(),
                  InputFormat.JSON))
          .isEmpty();
    }
    MisFixture.Reply unauthenticated = mis.call("GET", null, "/contacts/r-1", null);
    assertThat(unauthenticated.status()).isEqualTo(401);
    assertThat(error.validate(unauthenticated.body().toString(), InputFormat.JSON)).isEmpty();
    MisFixture.Reply forbidden = mis.call("PUT", mis.staff(HEAD), "/directory/staff/" + HEAD, "{}");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(error.validate(forbidden.body().toString(), InputFormat.JSON)).isEmpty();
  }

  // ---- helpers ----

  /** "METHOD /template" to its operation, for every operation of the document. */
  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .properties()
          .forEach(
              op -> {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                    .contains(op.getKey())) {
                  operations.put(
                      op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                      op.getValue());
                }
              });
    }
    return operations;
  }

  private static String successCode(JsonNode operation) {
    List<String> codes = new ArrayList<>();
    operation
        .get("responses")
        .fieldNames()
        .forEachRemaining(
            code -> {
              if (code.startsWith("2")) {
                codes.add(code);
              }
            });
    assertThat(codes)
        .as(operation.get("operationId").asText() + " has one success status")
        .hasSize(1);
    return codes.get(0);
  }

  private String token(String caller) throws Exception {
    switch (caller) {
      case ANYONE:
        return null;
      case DIRECTORY:
        return mis.directory();
      default:
        return mis.staff(caller);
    }
  }

  private JsonNode resolve(JsonNode schema) {
    return schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
  }

  private boolean isStrict(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    return resolved.path("additionalProperties").isBoolean()
        && !resolved.get("additionalProperties").asBoolean();
  }

  /** A schema of the document as a standalone JSON Schema 2020-12, the document's components as its $defs. */
  private Schema schema(JsonNode schema) {
    ObjectNode root = LiaisonJson.mapper().createObjectNode();
    root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
    root.setAll((ObjectNode) schema.deepCopy());
    root.set("$defs", document.get("components").get("schemas"));
    String text = root.toString().replace("#/components/schemas/", "#/$defs/");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
  }
}
