package io.github.liaisonsdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.CaseState;
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
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's routes over the facade, free of HTTP plumbing: a verified caller, a method, a path and a body in,
 * a status and a JSON document out. Every refusal is a JSON error naming the rule (and the clause where one
 * applies); nothing from a request body is quoted back but ids and name-like field names.
 *
 * <p>Two identities call it. The directory synchronisation writes staff (their posts) and pupils, and nothing else.
 * Staff act in their own name only, on everything else; no staff token reaches the directory routes, so no one,
 * the headteacher included, changes a post, their own or anyone's.
 *
 * <p>Every route is one row of {@link #routes()}: its method, its path template, who calls it and the status of
 * its success. The OpenAPI document ({@value #OPENAPI_PATH}, public) describes each row, and a test holds the two
 * to each other.
 *
 * <p>Thread-safe: holds only the facade, which is, and immutable rows.
 */
final class MisRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(MisRoutes.class);

  /** Where the OpenAPI document is served, to anyone: it describes the routes, never a record. */
  static final String OPENAPI_PATH = "/openapi.json";

  private static final String OPENAPI_RESOURCE = "openapi.json";

  /** Posts decide who reads the HSL-9 form and who is a relevant party (HSL-4): they come from the MIS only. */
  private static final List<Clause> POSTS = List.of(Clause.HSL_9, Clause.HSL_4);

  /** What a route answers. */
  record Answer(int status, String json) {}

  /** Who may call a route. */
  enum Access {
    /** Anyone, without a token: the OpenAPI document only. */
    PUBLIC,
    /** The MIS directory synchronisation's token only. */
    DIRECTORY,
    /** A staff token only; the caller is its subject, a member of staff the directory holds. */
    STAFF
  }

  /** What a route does with a verified call: the caller (null but for staff routes), the path's values, the body. */
  @FunctionalInterface
  interface Handler {
    Object handle(
        @Nullable StaffMember me, List<String> values, @Nullable String rawQuery, byte[] body);
  }

  /**
   * One route: a method, a path template whose {@code {name}} parts each match one non-empty path segment, who may
   * call it, and the status of its success (200, or 201 for a record created).
   */
  record Route(
      String method,
      String template,
      Access access,
      int success,
      Pattern pattern,
      Handler handler) {
    static Route of(String method, String template, Access access, int success, Handler handler) {
      // The literal parts quoted (the document's "." is a dot), each {name} one non-empty segment.
      String[] literals = template.split("\\{[^/}]+}", -1);
      StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
      for (int i = 1; i < literals.length; i++) {
        regex.append("([^/]+)").append(Pattern.quote(literals[i]));
      }
      return new Route(
          method, template, access, success, Pattern.compile(regex.toString()), handler);
    }

    /** The path's values for the template's parts, or null when the path is not this route's. */
    @Nullable List<String> match(String path) {
      Matcher m = pattern.matcher(path);
      if (!m.matches()) {
        return null;
      }
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= m.groupCount(); i++) {
        values.add(m.group(i));
      }
      return List.copyOf(values);
    }
  }

  private final Liaison liaison;
  private final String directorySubject;
  private final JsonNode openApi;
  private final List<Route> routes;

  MisRoutes(Liaison liaison, String directorySubject) {
    this.liaison = liaison;
    this.directorySubject = directorySubject;
    this.openApi = openApiDocument();
    this.routes =
        List.of(
            Route.of("GET", OPENAPI_PATH, Access.PUBLIC, 200, (me, v, q, body) -> openApi),
            // the directory synchronisation: posts and pupils, from the MIS only
            Route.of(
                "PUT",
                "/directory/staff/{id}",
                Access.DIRECTORY,
                200,
                (me, v, q, body) -> synchroniseStaff(StaffId.of(v.get(0)), body)),
            Route.of(
                "PUT",
                "/directory/pupils/{id}",
                Access.DIRECTORY,
                200,
                (me, v, q, body) -> synchronisePupil(v.get(0), body)),
            // staff, each in their own name
            Route.of(
                "POST",
                "/plans",
                Access.STAFF,
                201,
                (me, v, q, body) -> liaison.school().approvePlan(approvedByCaller(self(me), body))),
            Route.of(
                "POST",
                "/consultations",
                Access.STAFF,
                201,
                (me, v, q, body) -> {
                  ConsultationRecord consultation = StrictJson.read(body, ConsultationRecord.class);
                  // The one consulted records their own answer (HSL-4): a requester never writes
                  // another's
                  // agreement, which would turn a CONSULT into a PERMIT.
                  requireSelf(self(me), consultation.recordedBy());
                  return liaison.sharing().recordConsultation(consultation);
                }),
            Route.of(
                "POST",
                "/contacts",
                Access.STAFF,
                201,
                (me, v, q, body) -> {
                  ContactRecord record = StrictJson.read(body, ContactRecord.class);
                  requireSelf(self(me), record.staff());
                  return liaison.records().record(record).departures();
                }),
            Route.of(
                "GET",
                "/contacts/{id}",
                Access.STAFF,
                200,
                (me, v, q, body) ->
                    liaison.records().read(ContactRecordId.of(v.get(0)), self(me).id())),
            Route.of(
                "GET",
                "/pupils/{id}/chronology",
                Access.STAFF,
                200,
                (me, v, q, body) ->
                    liaison.records().chronology(PupilId.of(v.get(0)), self(me).id())),
            // A decision creates nothing new: 200.
            Route.of(
                "POST",
                "/decisions",
                Access.STAFF,
                200,
                (me, v, q, body) -> {
                  SharingRequest request = StrictJson.read(body, SharingRequest.class);
                  requireSelf(self(me), request.requester());
                  return liaison.sharing().decide(request);
                }),
            Route.of(
                "POST",
                "/external-contacts",
                Access.STAFF,
                201,
                (me, v, q, body) -> disclose(self(me), body)),
            Route.of(
                "POST",
                "/external-contacts/{id}/review",
                Access.STAFF,
                201,
                (me, v, q, body) -> {
                  HeadReview review = StrictJson.read(body, HeadReview.class);
                  requireSelf(self(me), review.reviewer());
                  return liaison.outOfHours().review(CaseId.of(v.get(0)), review).state();
                }),
            Route.of(
                "POST",
                "/external-contacts/{id}/log",
                Access.STAFF,
                201,
                (me, v, q, body) -> {
                  ContactRecord form = StrictJson.read(body, ContactRecord.class);
                  requireSelf(self(me), form.staff());
                  return liaison.outOfHours().log(CaseId.of(v.get(0)), form).state();
                }),
            Route.of(
                "GET",
                "/reports/monitoring",
                Access.STAFF,
                200,
                (me, v, q, body) -> {
                  Map<String, String> query = query(q);
                  return liaison
                      .monitoring()
                      .report(
                          self(me).id(),
                          StrictJson.date(query.getOrDefault("from", ""), "from"),
                          StrictJson.date(query.getOrDefault("to", ""), "to"));
                }));
  }

  /** Every route the service serves, the public document's included, in the order the document lists them. */
  List<Route> routes() {
    return routes;
  }

  /** The public route at a path, if it is one; it is answered before any token is read. */
  Optional<Route> publicRoute(String path) {
    return routes.stream()
        .filter(r -> r.access() == Access.PUBLIC && r.match(path) != null)
        .findFirst();
  }

  /** Answers a public route: the document, to a GET; a 405 to any other method. */
  Answer answerPublic(Route route, String method) {
    if (!route.method().equals(method)) {
      return refusal(new HttpRefusal(405, "method", route.template() + " takes " + route.method()));
    }
    return new Answer(route.success(), openApi.toString());
  }

  private static JsonNode openApiDocument() {
    try (InputStream in = MisRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI document " + OPENAPI_RESOURCE + " is missing from the class path");
      }
      return LiaisonJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the OpenAPI document cannot be read", e);
    }
  }

  /** Whether a path is one of the directory synchronisation's. */
  static boolean isDirectoryPath(String path) {
    return path.startsWith("/directory/");
  }

  /**
   * Answers a request of a verified caller.
   *
   * @param caller who the token speaks for
   * @param method GET, POST or PUT
   * @param path the decoded path
   * @param rawQuery the raw query string, or null
   * @param body the request body, empty for none
   * @return the answer; never throws for a refusal
   */
  Answer answer(Caller caller, String method, String path, String rawQuery, byte[] body) {
    try {
      StaffMember me = null;
      Access access;
      if (isDirectoryPath(path)) {
        directoryCaller(caller, method, path);
        access = Access.DIRECTORY;
      } else {
        me = staffCaller(caller, method);
        access = Access.STAFF;
      }
      for (Route route : routes) {
        List<String> values =
            route.access() == access && route.method().equals(method) ? route.match(path) : null;
        if (values != null) {
          Object result = route.handler().handle(me, values, rawQuery, body);
          return new Answer(
              route.success(),
              result instanceof JsonNode ? result.toString() : LiaisonJson.write(result));
        }
      }
      throw new HttpRefusal(404, "not found", "no such resource");
    } catch (RuntimeException e) {
      return refusal(e);
    }
  }

  /** A refusal as its status and JSON error: the one place exceptions become answers. */
  static Answer refusal(RuntimeException e) {
    if (e instanceof LiaisonValidationException) {
      ObjectNode error = error("validation", e.getMessage());
      ArrayNode violations = error.putArray("violations");
      for (Violation v : ((LiaisonValidationException) e).violations()) {
        ObjectNode node = violations.addObject().put("path", v.path()).put("rule", v.rule());
        v.clauseId().ifPresent(clause -> node.put("clause", clause));
      }
      return new Answer(400, error.toString());
    }
    if (e instanceof AccessDeniedException) {
      return forbidden(e.getMessage(), ((AccessDeniedException) e).clauses());
    }
    if (e instanceof HttpRefusal) {
      HttpRefusal refusal = (HttpRefusal) e;
      if (refusal.status == 403) {
        return forbidden(e.getMessage(), refusal.clauses);
      }
      return new Answer(refusal.status, error(refusal.kind, e.getMessage()).toString());
    }
    if (e instanceof NotFoundException) {
      return new Answer(404, error("not found", e.getMessage()).toString());
    }
    if (e instanceof WorkflowException) {
      return new Answer(
          409,
          error("workflow", e.getMessage())
              .put("clause", ((WorkflowException) e).clause().id())
              .toString());
    }
    if (e instanceof ConcurrentUpdateException) {
      return new Answer(409, error("conflict", e.getMessage()).toString());
    }
    // The message may come from a library and quote what it was given: log the type only, answer
    // without details.
    LOG.warn("request failed with {}", e.getClass().getName());
    return new Answer(500, error("internal", "the request could not be completed").toString());
  }

  static ObjectNode error(String kind, String message) {
    return LiaisonJson.mapper().createObjectNode().put("error", kind).put("message", message);
  }

  private static Answer forbidden(String message, List<Clause> clauses) {
    ObjectNode error = error("forbidden", message);
    ArrayNode ids = error.putArray("clauses");
    clauses.forEach(clause -> ids.add(clause.id()));
    return new Answer(403, error.toString());
  }

  // ---- the directory synchronisation: posts and pupils, from the MIS only ----

  /** Refuses a staff token on any directory path, and any method but PUT. */
  private static void directoryCaller(Caller caller, String method, String path) {
    if (caller instanceof Caller.Staff) {
      StaffId self = ((Caller.Staff) caller).id();
      // A security event worth a line: ids only, shown safely (they are the caller's text).
      LOG.warn(
          "refused a staff token on a directory route (posts come only from the directory synchronisation):"
              + " staff {}",
          shown(self.value()));
      throw new HttpRefusal(
          403,
          "forbidden",
          path.equals("/directory/staff/" + self.value())
              ? "no member of staff changes their own posts, the headteacher included: posts come only from the MIS"
                  + " directory synchronisation"
              : "staff and pupils are written only by the MIS directory synchronisation, never with a staff token",
          POSTS);
    }
    if (!"PUT".equals(method)) {
      throw new HttpRefusal(405, "method", "the directory routes take PUT");
    }
  }

  private Pupil synchronisePupil(String id, byte[] body) {
    Pupil pupil = StrictJson.read(body, Pupil.class);
    if (!pupil.id().value().equals(id)) {
      throw new LiaisonValidationException(
          "request", Violation.of("$.id", "must be the pupil id in the path"));
    }
    return liaison.school().synchronisePupil(pupil);
  }

  /** The MIS's own role names, mapped onto the pack's posts; a person may hold several. */
  private StaffMember synchroniseStaff(StaffId id, byte[] body) {
    if (id.value().equals(directorySubject)) {
      throw new LiaisonValidationException(
          "request",
          Violation.of("id", "is reserved for the directory" + " synchronisation itself"));
    }
    ObjectNode request = StrictJson.object(body, Set.of("misRoles", "lineManager", "displayName"));
    JsonNode roles = request.get("misRoles");
    if (roles == null || !roles.isArray() || roles.isEmpty()) {
      throw new LiaisonValidationException(
          "request",
          Violation.of(
              "$.misRoles",
              "is required: the MIS role names the member of staff holds, at least one",
              Clause.HSL_2));
    }
    StaffMember.Builder member = StaffMember.builder().id(id);
    for (int i = 0; i < roles.size(); i++) {
      JsonNode role = roles.get(i);
      String path = "$.misRoles[" + i + "]";
      if (!role.isTextual()) {
        throw new LiaisonValidationException(
            "request", Violation.of(path, "is an MIS role name, as a string"));
      }
      Designation designation =
          liaison
              .pack()
              .designationOf(role.asText())
              .orElseThrow(
                  () ->
                      new LiaisonValidationException(
                          "request",
                          Violation.of(
                              path,
                              "is not a role the policy pack maps; known roles: "
                                  + liaison.pack().roles().keySet())));
      member.addDesignation(designation);
    }
    StrictJson.optionalText(request, "lineManager")
        .ifPresent(manager -> member.lineManager(StaffId.of(manager)));
    StrictJson.optionalText(request, "displayName").ifPresent(member::displayName);
    return liaison.school().synchroniseStaff(member.build());
  }

  // ---- staff: each acts in their own name ----

  /** The member of staff a staff token speaks for; refuses the directory's token and methods but GET and POST. */
  private StaffMember staffCaller(Caller caller, String method) {
    if (!(caller instanceof Caller.Staff)) {
      throw new HttpRefusal(
          403,
          "forbidden",
          "the directory synchronisation writes staff and pupils only; it acts"
              + " on no pupil's records",
          POSTS);
    }
    StaffMember me =
        liaison
            .school()
            .staffMember(((Caller.Staff) caller).id())
            .orElseThrow(
                () ->
                    new HttpRefusal(
                        403,
                        "forbidden",
                        "the token's subject is not a member of staff the directory holds"));
    if (!"GET".equals(method) && !"POST".equals(method)) {
      throw new HttpRefusal(405, "method", "staff routes take GET or POST");
    }
    return me;
  }

  /** A staff route's caller: never null there ({@link #answer} finds it before the route runs). */
  private static StaffMember self(@Nullable StaffMember me) {
    return Objects.requireNonNull(me, "a staff route's caller");
  }

  private CaseState disclose(StaffMember me, byte[] body) {
    JsonNode disclosure =
        StrictJson.object(
            body, Set.of("caseId", "pupil", "onSchoolBusiness", "circumstances", "plannedFor"));
    return liaison
        .outOfHours()
        .disclose(
            CaseId.of(StrictJson.text(disclosure, "caseId")),
            PupilId.of(StrictJson.text(disclosure, "pupil")),
            me.id(),
            StrictJson.flag(disclosure, "onSchoolBusiness"),
            ConfidentialText.of(StrictJson.text(disclosure, "circumstances")),
            StrictJson.optionalDate(disclosure, "plannedFor"))
        .state();
  }

  /**
   * A plan is approved by the caller: the approver comes from the token, never from the body. A body that leaves
   * {@code approvedBy} out gets the caller; one naming someone else is refused. Whether the caller may approve
   * (the headship, LP36-4) is the library's to decide.
   */
  private static LiaisonPlan approvedByCaller(StaffMember me, byte[] body) {
    JsonNode tree = LiaisonJson.read(StrictJson.utf8(body), JsonNode.class);
    if (!tree.isObject()) {
      throw new LiaisonValidationException(
          "LiaisonPlan", Violation.of("$", "must be a JSON object"));
    }
    JsonNode approvedBy = tree.get("approvedBy");
    if (approvedBy == null || approvedBy.isNull()) {
      ((ObjectNode) tree).put("approvedBy", me.id().value());
    } else if (!approvedBy.isTextual() || !approvedBy.asText().equals(me.id().value())) {
      throw new HttpRefusal(
          403,
          "forbidden",
          "a plan is approved in the caller's own name: approvedBy must be"
              + " left out or be the caller",
          List.of(Clause.LP36_4));
    }
    return StrictJson.read(tree, LiaisonPlan.class);
  }

  private static void requireSelf(StaffMember caller, StaffId actor) {
    if (!caller.id().equals(actor)) {
      throw new AccessDeniedException(
          "a member of staff acts only in their own name", List.of(Clause.HSL_2));
    }
  }

  /** An id as a log line may show it: no control, format or separator characters can forge a line. */
  private static String shown(String id) {
    return id.replaceAll("[^A-Za-z0-9._:@-]", "?");
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> values = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          try {
            values.put(
                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          } catch (IllegalArgumentException badEscape) {
            throw new LiaisonValidationException(
                "request", Violation.of("query", "is not URL-encoded"));
          }
        }
      }
    }
    return values;
  }
}
