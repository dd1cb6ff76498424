package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.basics.Clause;

import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.policy.StandardPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.contact.WorkflowException;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an MIS talks to Liaison SDK over HTTP and JSON, on the JDK's own HTTP server. The MIS names the member of
 * staff acting in the {@code X-MIS-User} header and registers its staff with its own role names, which the policy
 * pack maps onto the posts the policies name. Bad requests get a JSON error with the right 4xx status and the
 * violated rule; a request for something the caller may not see gets 403 with the clause.
 *
 * <pre>
 * POST /staff                         {"id", "misRole", "lineManager"?, "displayName"?}   (headship only)
 * POST /consultations                 a ConsultationRecord, consulted by the caller
 * POST /pupils                        a Pupil   (headship only: stands in for the MIS synchronisation)
 * POST /plans                         a LiaisonPlan version approved by the caller, a headship member
 * POST /contacts                      a ContactRecord (checked against its plan)
 * GET  /contacts/{id}                 the record as the caller may see it
 * GET  /pupils/{id}/chronology        the chronology as the caller may see it
 * POST /decisions                     a SharingRequest made by the caller (facts come from the records)
 * POST /external-contacts             {"caseId", "pupil", "onSchoolBusiness", "circumstances", "plannedFor"?}
 * POST /external-contacts/{id}/review a HeadReview by the caller
 * POST /external-contacts/{id}/log    the liaison-form ContactRecord
 * GET  /reports/monitoring?from=&amp;to=  the monitoring report, for the headship
 * </pre>
 */
public final class MisIntegrationService implements AutoCloseable {
  /** The largest request body accepted. */
  public static final int MAX_BODY = 1 << 20;
  private static final Logger LOG = LoggerFactory.getLogger(MisIntegrationService.class);
  private static final Pattern CONTACT = Pattern.compile("/contacts/([^/]+)");
  private static final Pattern CHRONOLOGY = Pattern.compile("/pupils/([^/]+)/chronology");
  private static final Pattern CASE_ACTION = Pattern.compile("/external-contacts/([^/]+)/(review|log)");

  static {
    // The JDK's server leaves Nagle's algorithm on, holding each small JSON answer back for the client's delayed
    // acknowledgement (about 40 ms a request). It reads the switch once, when its classes load.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Liaison liaison;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ObjectMapper mapper = LiaisonJson.mapper();

  private MisIntegrationService(Liaison liaison, InetSocketAddress address) throws IOException {
    this.liaison = liaison;
    this.server = HttpServer.create(address, 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  /**
   * Starts the service.
   *
   * @param liaison the facade to serve
   * @param address where to listen, for example {@code 127.0.0.1:0} for any free loopback port
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  public static MisIntegrationService start(Liaison liaison, InetSocketAddress address) throws IOException {
    MisIntegrationService service = new MisIntegrationService(liaison, address);
    service.server.start();
    return service;
  }

  /**
   * Runs the service on loopback port 8080 (or {@code -Dliaison.port=N}) over an in-memory store and the LP36 pack,
   * until the process is stopped.
   *
   * @param args unused
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    Liaison liaison = Liaison.builder().pack(io.github.liaisonsdk.policy.StandardPacks.lp36())
        .store(io.github.liaisonsdk.memory.InMemoryStore.create()).build();
    // The MIS synchronisation writes the headteacher first; nobody bootstraps a post over HTTP.
    StaffId head = StaffId.of(System.getProperty("liaison.head", "S-head"));
    liaison.school().synchroniseStaff(StaffMember.builder().id(head).addDesignation(Designation.HEADTEACHER).build());
    int port = Integer.getInteger("liaison.port", 8080);
    MisIntegrationService service = start(liaison, new InetSocketAddress("127.0.0.1", port));
    System.out.println("MIS integration service listening on " + service.baseUri() + " — the headteacher " + head
        + " registers the other staff with POST /staff; stop with Ctrl-C.");
  }

  /**
   * Where the service listens.
   *
   * @return the base URI
   */
  public URI baseUri() {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        Object result = route(exchange);
        // A decision, a replay or a read creates nothing: 200. Everything else posted is a new record: 201.
        boolean creates = "POST".equals(exchange.getRequestMethod())
            && !exchange.getRequestURI().getPath().equals("/decisions");
        respond(exchange, creates ? 201 : 200, result);
      } catch (LiaisonValidationException e) {
        ObjectNode error = error("validation", e.getMessage());
        var violations = error.putArray("violations");
        for (Violation v : e.violations()) {
          ObjectNode node = violations.addObject().put("path", v.path()).put("rule", v.rule());
          v.clauseId().ifPresent(clause -> node.put("clause", clause));
        }
        respond(exchange, 400, error);
      } catch (AccessDeniedException e) {
        ObjectNode error = error("forbidden", e.getMessage());
        com.fasterxml.jackson.databind.node.ArrayNode clauses = error.putArray("clauses");
        e.clauses().forEach(clause -> clauses.add(clause.id()));
        respond(exchange, 403, error);
      } catch (NotFoundException e) {
        respond(exchange, 404, error("not found", e.getMessage()));
      } catch (WorkflowException e) {
        respond(exchange, 409, error("workflow", e.getMessage()).put("clause", e.clause().id()));
      } catch (ConcurrentUpdateException e) {
        respond(exchange, 409, error("conflict", e.getMessage()));
      } catch (HttpError e) {
        respond(exchange, e.status, error(e.kind, e.getMessage()));
      } catch (RuntimeException e) {
        // The message may come from a library: log the type only, answer without details.
        LOG.warn("request failed with {}", e.getClass().getName());
        respond(exchange, 500, error("internal", "the request could not be completed"));
      }
    }
  }

  private Object route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    StaffMember caller = caller(exchange);
    Matcher m;
    if ("POST".equals(method)) {
      switch (path) {
        case "/staff":
          return registerStaff(caller, body(exchange));
        case "/pupils":
          if (caller.designations().stream().noneMatch(Designation::isHeadship)) {
            throw new AccessDeniedException("pupils are registered by the headship's MIS synchronisation",
                List.of(Clause.LP36_3));
          }
          Pupil pupil = read(exchange, Pupil.class);
          liaison.school().synchronisePupil(pupil);
          return pupil;
        case "/plans":
          LiaisonPlan plan = read(exchange, LiaisonPlan.class);
          requireSelf(caller, plan.approvedBy());
          liaison.school().approvePlan(plan);
          return plan;
        case "/contacts":
          ContactRecord record = read(exchange, ContactRecord.class);
          requireSelf(caller, record.staff());
          return liaison.records().record(record).departures();
        case "/decisions":
          SharingRequest request = read(exchange, SharingRequest.class);
          requireSelf(caller, request.requester());
          return liaison.sharing().decide(request);
        case "/consultations":
          ConsultationRecord consultation = read(exchange, ConsultationRecord.class);
          requireSelf(caller, consultation.consultedBy());
          return liaison.sharing().recordConsultation(consultation);
        case "/external-contacts":
          JsonNode disclosure = body(exchange);
          onlyFields(disclosure, java.util.Set.of("caseId", "pupil", "onSchoolBusiness", "circumstances",
              "plannedFor"));
          return liaison.outOfHours().disclose(CaseId.of(text(disclosure, "caseId")),
              PupilId.of(text(disclosure, "pupil")), caller.id(), flag(disclosure, "onSchoolBusiness"),
              ConfidentialText.of(text(disclosure, "circumstances")), optionalDate(disclosure, "plannedFor"))
              .state();
        default:
          if ((m = CASE_ACTION.matcher(path)).matches()) {
            CaseId id = CaseId.of(m.group(1));
            if ("review".equals(m.group(2))) {
              HeadReview review = read(exchange, HeadReview.class);
              requireSelf(caller, review.reviewer());
              return liaison.outOfHours().review(id, review).state();
            }
            ContactRecord form = read(exchange, ContactRecord.class);
            requireSelf(caller, form.staff());
            return liaison.outOfHours().log(id, form).state();
          }
      }
    } else if ("GET".equals(method)) {
      if ((m = CHRONOLOGY.matcher(path)).matches()) {
        return liaison.records().chronology(PupilId.of(m.group(1)), caller.id());
      }
      if ((m = CONTACT.matcher(path)).matches()) {
        return liaison.records().read(ContactRecordId.of(m.group(1)), caller.id());
      }
      if ("/reports/monitoring".equals(path)) {
        Map<String, String> query = query(exchange.getRequestURI());
        return liaison.monitoring().report(caller.id(), date(query, "from"), date(query, "to"));
      }
    } else {
      throw new HttpError(405, "method", "use GET or POST");
    }
    throw new HttpError(404, "not found", "no such resource");
  }

  /**
   * Stands in for the MIS directory synchronisation: only the headship registers staff, and no one writes their
   * own posts. A production integration runs the synchronisation as its own system identity instead.
   */
  private StaffMember registerStaff(StaffMember caller, JsonNode body) {
    if (caller.designations().stream().noneMatch(Designation::isHeadship)) {
      throw new AccessDeniedException("staff are registered by the headship's MIS synchronisation",
          List.of(Clause.HSL_9, Clause.HSL_4));
    }
    if (caller.id().equals(StaffId.of(text(body, "id")))) {
      throw new AccessDeniedException("no member of staff writes their own posts", List.of(Clause.HSL_9, Clause.HSL_4));
    }
    String misRole = text(body, "misRole");
    Designation designation = liaison.pack().designationOf(misRole).orElseThrow(() ->
        new LiaisonValidationException("StaffRegistration", Violation.of("$.misRole",
            "is not a role the policy pack maps; known roles: " + liaison.pack().roles().keySet())));
    var member = StaffMember.builder().id(StaffId.of(text(body, "id"))).addDesignation(designation);
    if (body.hasNonNull("lineManager")) {
      member.lineManager(StaffId.of(text(body, "lineManager")));
    }
    if (body.hasNonNull("displayName")) {
      member.displayName(text(body, "displayName"));
    }
    StaffMember built = member.build();
    liaison.school().synchroniseStaff(built);
    return built;
  }

  private StaffMember caller(HttpExchange exchange) {
    String user = exchange.getRequestHeaders().getFirst("X-MIS-User");
    if (user == null) {
      throw new HttpError(401, "unauthenticated", "name the member of staff acting in X-MIS-User");
    }
    StaffId id = StaffId.of(user);
    return liaison.school().staffMember(id)
        .orElseThrow(() -> new HttpError(401, "unauthenticated", "unknown member of staff"));
  }

  private static void requireSelf(StaffMember caller, StaffId actor) {
    if (!caller.id().equals(actor)) {
      throw new AccessDeniedException("a member of staff acts only in their own name", List.of(Clause.HSL_2));
    }
  }

  private String bodyText(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new HttpError(413, "too large", "request bodies are at most " + MAX_BODY + " bytes");
      }
      try {
        // Strict: a body that is not UTF-8 is refused, never read with replacement characters.
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException notUtf8) {
        throw new LiaisonValidationException("request", Violation.of("$", "is not valid UTF-8"));
      }
    }
  }

  private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
    return LiaisonJson.read(bodyText(exchange), type);
  }

  private JsonNode body(HttpExchange exchange) throws IOException {
    String text = bodyText(exchange);
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || !node.isObject()) {
        throw new LiaisonValidationException("request", Violation.of("$", "must be a JSON object"));
      }
      return node;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new LiaisonValidationException("request", Violation.of("$", "is not well-formed JSON"));
    }
  }

  /** Strict JSON: a field the route does not know is refused by name, like the value types refuse theirs. */
  private static void onlyFields(JsonNode node, java.util.Set<String> known) {
    java.util.Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new LiaisonValidationException("request", Violation.of("$." + (name.length() > 64
            ? name.substring(0, 64) + "…" : name).replaceAll("[^A-Za-z0-9_.-]", "?"), "is not a field of this request"));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new LiaisonValidationException("request", Violation.of("$." + field, "is required, as a string"));
    }
    return value.asText();
  }

  private static boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new LiaisonValidationException("request", Violation.of("$." + field, "is required, as true or false"));
    }
    return value.booleanValue();
  }

  private static Optional<LocalDate> optionalDate(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(parseDate(text(node, field), "$." + field)) : Optional.empty();
  }

  private static LocalDate date(Map<String, String> query, String name) {
    return parseDate(query.getOrDefault(name, ""), name);
  }

  private static LocalDate parseDate(String value, String path) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new LiaisonValidationException("request", Violation.of(path, "must be a date such as 2026-09-01"));
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new java.util.HashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private ObjectNode error(String kind, String message) {
    return mapper.createObjectNode().put("error", kind).put("message", message);
  }

  private void respond(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = (body instanceof JsonNode ? body.toString() : LiaisonJson.write(body))
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A protocol-level refusal: wrong method, unknown caller, oversized body. */
  private static final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String kind;

    HttpError(int status, String kind, String message) {
      super(message);
      this.status = status;
      this.kind = kind;
    }
  }
}
