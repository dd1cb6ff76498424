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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Thread-safe: holds only the facade, which is.
 */
final class MisRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(MisRoutes.class);
  private static final Pattern CONTACT = Pattern.compile("/contacts/([^/]+)");
  private static final Pattern CHRONOLOGY = Pattern.compile("/pupils/([^/]+)/chronology");
  private static final Pattern CASE_ACTION = Pattern.compile("/external-contacts/([^/]+)/(review|log)");
  private static final Pattern DIRECTORY_STAFF = Pattern.compile("/directory/staff/([^/]+)");
  private static final Pattern DIRECTORY_PUPIL = Pattern.compile("/directory/pupils/([^/]+)");
  /** Posts decide who reads the HSL-9 form and who is a relevant party (HSL-4): they come from the MIS only. */
  private static final List<Clause> POSTS = List.of(Clause.HSL_9, Clause.HSL_4);

  /** What a route answers. */
  record Answer(int status, String json) {}

  private final Liaison liaison;
  private final String directorySubject;

  MisRoutes(Liaison liaison, String directorySubject) {
    this.liaison = liaison;
    this.directorySubject = directorySubject;
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
      Object result = isDirectoryPath(path) ? directory(caller, method, path, body)
          : staff(caller, method, path, rawQuery, body);
      // A decision, a directory write or a read creates nothing new: 200. Everything else posted is a record: 201.
      boolean creates = "POST".equals(method) && !path.equals("/decisions");
      return new Answer(creates ? 201 : 200, result instanceof JsonNode ? result.toString() : LiaisonJson.write(result));
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
      return new Answer(409, error("workflow", e.getMessage()).put("clause", ((WorkflowException) e).clause().id())
          .toString());
    }
    if (e instanceof ConcurrentUpdateException) {
      return new Answer(409, error("conflict", e.getMessage()).toString());
    }
    // The message may come from a library and quote what it was given: log the type only, answer without details.
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

  private Object directory(Caller caller, String method, String path, byte[] body) {
    if (caller instanceof Caller.Staff) {
      StaffId self = ((Caller.Staff) caller).id();
      Matcher own = DIRECTORY_STAFF.matcher(path);
      // A security event worth a line: ids only, shown safely (they are the caller's text).
      LOG.warn("refused a staff token on a directory route (posts come only from the directory synchronisation):"
          + " staff {}", shown(self.value()));
      throw new HttpRefusal(403, "forbidden", own.matches() && self.value().equals(own.group(1))
          ? "no member of staff changes their own posts, the headteacher included: posts come only from the MIS"
              + " directory synchronisation"
          : "staff and pupils are written only by the MIS directory synchronisation, never with a staff token",
          POSTS);
    }
    if (!"PUT".equals(method)) {
      throw new HttpRefusal(405, "method", "the directory routes take PUT");
    }
    Matcher m;
    if ((m = DIRECTORY_STAFF.matcher(path)).matches()) {
      return synchroniseStaff(StaffId.of(m.group(1)), body);
    }
    if ((m = DIRECTORY_PUPIL.matcher(path)).matches()) {
      Pupil pupil = StrictJson.read(body, Pupil.class);
      if (!pupil.id().value().equals(m.group(1))) {
        throw new LiaisonValidationException("request", Violation.of("$.id", "must be the pupil id in the path"));
      }
      return liaison.school().synchronisePupil(pupil);
    }
    throw new HttpRefusal(404, "not found", "no such resource");
  }

  /** The MIS's own role names, mapped onto the pack's posts; a person may hold several. */
  private StaffMember synchroniseStaff(StaffId id, byte[] body) {
    if (id.value().equals(directorySubject)) {
      throw new LiaisonValidationException("request", Violation.of("id", "is reserved for the directory"
          + " synchronisation itself"));
    }
    ObjectNode request = StrictJson.object(body, Set.of("misRoles", "lineManager", "displayName"));
    JsonNode roles = request.get("misRoles");
    if (roles == null || !roles.isArray() || roles.isEmpty()) {
      throw new LiaisonValidationException("request", Violation.of("$.misRoles",
          "is required: the MIS role names the member of staff holds, at least one", Clause.HSL_2));
    }
    StaffMember.Builder member = StaffMember.builder().id(id);
    for (int i = 0; i < roles.size(); i++) {
      JsonNode role = roles.get(i);
      String path = "$.misRoles[" + i + "]";
      if (!role.isTextual()) {
        throw new LiaisonValidationException("request", Violation.of(path, "is an MIS role name, as a string"));
      }
      Designation designation = liaison.pack().designationOf(role.asText()).orElseThrow(() ->
          new LiaisonValidationException("request", Violation.of(path,
              "is not a role the policy pack maps; known roles: " + liaison.pack().roles().keySet())));
      member.addDesignation(designation);
    }
    StrictJson.optionalText(request, "lineManager").ifPresent(manager -> member.lineManager(StaffId.of(manager)));
    StrictJson.optionalText(request, "displayName").ifPresent(member::displayName);
    return liaison.school().synchroniseStaff(member.build());
  }

  // ---- staff: each acts in their own name ----

  private Object staff(Caller caller, String method, String path, String rawQuery, byte[] body) {
    if (!(caller instanceof Caller.Staff)) {
      throw new HttpRefusal(403, "forbidden", "the directory synchronisation writes staff and pupils only; it acts"
          + " on no pupil's records", POSTS);
    }
    StaffMember me = liaison.school().staffMember(((Caller.Staff) caller).id()).orElseThrow(() ->
        new HttpRefusal(403, "forbidden", "the token's subject is not a member of staff the directory holds"));
    Matcher m;
    if ("POST".equals(method)) {
      switch (path) {
        case "/plans":
          return liaison.school().approvePlan(approvedByCaller(me, body));
        case "/contacts":
          ContactRecord record = StrictJson.read(body, ContactRecord.class);
          requireSelf(me, record.staff());
          return liaison.records().record(record).departures();
        case "/decisions":
          SharingRequest request = StrictJson.read(body, SharingRequest.class);
          requireSelf(me, request.requester());
          return liaison.sharing().decide(request);
        case "/consultations":
          ConsultationRecord consultation = StrictJson.read(body, ConsultationRecord.class);
          requireSelf(me, consultation.consultedBy());
          return liaison.sharing().recordConsultation(consultation);
        case "/external-contacts":
          JsonNode disclosure = StrictJson.object(body, Set.of("caseId", "pupil", "onSchoolBusiness",
              "circumstances", "plannedFor"));
          return liaison.outOfHours().disclose(CaseId.of(StrictJson.text(disclosure, "caseId")),
              PupilId.of(StrictJson.text(disclosure, "pupil")), me.id(), StrictJson.flag(disclosure,
                  "onSchoolBusiness"), ConfidentialText.of(StrictJson.text(disclosure, "circumstances")),
              StrictJson.optionalDate(disclosure, "plannedFor")).state();
        default:
          if ((m = CASE_ACTION.matcher(path)).matches()) {
            CaseId id = CaseId.of(m.group(1));
            if ("review".equals(m.group(2))) {
              HeadReview review = StrictJson.read(body, HeadReview.class);
              requireSelf(me, review.reviewer());
              return liaison.outOfHours().review(id, review).state();
            }
            ContactRecord form = StrictJson.read(body, ContactRecord.class);
            requireSelf(me, form.staff());
            return liaison.outOfHours().log(id, form).state();
          }
      }
    } else if ("GET".equals(method)) {
      if ((m = CHRONOLOGY.matcher(path)).matches()) {
        return liaison.records().chronology(PupilId.of(m.group(1)), me.id());
      }
      if ((m = CONTACT.matcher(path)).matches()) {
        return liaison.records().read(ContactRecordId.of(m.group(1)), me.id());
      }
      if ("/reports/monitoring".equals(path)) {
        Map<String, String> query = query(rawQuery);
        return liaison.monitoring().report(me.id(), StrictJson.date(query.getOrDefault("from", ""), "from"),
            StrictJson.date(query.getOrDefault("to", ""), "to"));
      }
    } else {
      throw new HttpRefusal(405, "method", "staff routes take GET or POST");
    }
    throw new HttpRefusal(404, "not found", "no such resource");
  }

  /**
   * A plan is approved by the caller: the approver comes from the token, never from the body. A body that leaves
   * {@code approvedBy} out gets the caller; one naming someone else is refused. Whether the caller may approve
   * (the headship, LP36-4) is the library's to decide.
   */
  private static LiaisonPlan approvedByCaller(StaffMember me, byte[] body) {
    JsonNode tree = LiaisonJson.read(StrictJson.utf8(body), JsonNode.class);
    if (!tree.isObject()) {
      throw new LiaisonValidationException("LiaisonPlan", Violation.of("$", "must be a JSON object"));
    }
    JsonNode approvedBy = tree.get("approvedBy");
    if (approvedBy == null || approvedBy.isNull()) {
      ((ObjectNode) tree).put("approvedBy", me.id().value());
    } else if (!approvedBy.isTextual() || !approvedBy.asText().equals(me.id().value())) {
      throw new HttpRefusal(403, "forbidden", "a plan is approved in the caller's own name: approvedBy must be"
          + " left out or be the caller", List.of(Clause.LP36_4));
    }
    return StrictJson.read(tree, LiaisonPlan.class);
  }

  private static void requireSelf(StaffMember caller, StaffId actor) {
    if (!caller.id().equals(actor)) {
      throw new AccessDeniedException("a member of staff acts only in their own name", List.of(Clause.HSL_2));
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
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
          } catch (IllegalArgumentException badEscape) {
            throw new LiaisonValidationException("request", Violation.of("query", "is not URL-encoded"));
          }
        }
      }
    }
    return values;
  }
}
