package io.github.liaisonsdk.examples;

import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The service driven over real HTTP on a loopback port. */
class MisIntegrationServiceTest {
  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final String HEAD = "S-head";
  static final String DEPUTY = "S-deputy";
  static final String TEACHER = "S-teacher";
  static final String OFFICE = "S-office";

  MisIntegrationService service;
  HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  LiaisonPlan plan;

  record Reply(int status, JsonNode body) {}

  private Reply call(String method, String user, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(service.baseUri().resolve(path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("X-MIS-User", user);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    return new Reply(response.statusCode(), LiaisonJson.mapper().readTree(response.body()));
  }

  private Reply post(String user, String path, Object body) throws Exception {
    return call("POST", user, path, body instanceof String ? (String) body : LiaisonJson.write(body));
  }

  private ContactRecord record(String id, ConfidentialityLevel level) {
    return ContactRecord.builder().id(ContactRecordId.of(id)).pupil(plan.pupil()).plan(plan.id()).planVersion(1)
        .staff(StaffId.of(TEACHER)).addCounterpart(plan.familySide().get(0).id())
        .occurredAt(NOW.minusSeconds(7200)).recordedAt(NOW.minusSeconds(3600))
        .method(plan.routine().method()).kind(ContactKind.ROUTINE).addTopic(Topic.ATTENDANCE)
        .summary(ConfidentialText.of("Attendance discussed")).level(level).location(RecordLocation.MIS_CONTACT_LOG)
        .build();
  }

  @BeforeEach
  void start() throws Exception {
    Liaison liaison = Liaison.builder().pack(StandardPacks.lp36()).store(InMemoryStore.create()).zone(ZoneOffset.UTC)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    // The MIS synchronisation writes the headteacher; the head registers the others over HTTP.
    liaison.school().synchroniseStaff(StaffMember.builder().id(StaffId.of(HEAD))
        .addDesignation(Designation.HEADTEACHER).build());
    service = MisIntegrationService.start(liaison, new InetSocketAddress("127.0.0.1", 0));
    assertThat(post(HEAD, "/staff", "{\"id\":\"S-deputy\",\"misRole\":\"Deputy Head Teacher\"}").status())
        .isEqualTo(201);
    assertThat(post(HEAD, "/staff", "{\"id\":\"S-teacher\",\"misRole\":\"Class Teacher\",\"lineManager\":\"S-head\"}")
        .body().get("designations").get(0).asText()).isEqualTo("TEACHER");
    assertThat(post(HEAD, "/staff", "{\"id\":\"S-office\",\"misRole\":\"Administrator\"}").status()).isEqualTo(201);
    LiaisonPlan quick = QuickStart.plansForEveryResidenceContext(LocalDate.of(2026, 9, 1)).get(0);
    plan = LiaisonPlan.builder().from(quick).schoolSide(java.util.List.of(StaffId.of(TEACHER)))
        .approvedBy(StaffId.of(HEAD)).build();
    Pupil pupil = Pupil.builder().id(plan.pupil()).residence(plan.residence()).homeService(ServiceId.of("school"))
        .build();
    assertThat(post(HEAD, "/pupils", pupil).status()).isEqualTo(201);
    assertThat(post(HEAD, "/plans", plan).status()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  @DisplayName("the vendor's role names map onto the pack's posts; an unknown role is a 400 naming the field")
  void roleMapping() throws Exception {
    assertThat(post(OFFICE, "/staff", "{\"id\":\"S-y\",\"misRole\":\"Head Teacher\"}").status())
        .as("HSL-9: the office cannot make anyone headteacher").isEqualTo(403);
    assertThat(post(HEAD, "/staff", "{\"id\":\"S-head\",\"misRole\":\"Class Teacher\"}").status())
        .as("no one writes their own posts").isEqualTo(403);
    Reply unknown = post(HEAD, "/staff", "{\"id\":\"S-x\",\"misRole\":\"Caretaker\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("violations").get(0).get("path").asText()).isEqualTo("$.misRole");
    assertThat(unknown.body().get("violations").get(0).get("rule").asText()).contains("Class Teacher");
  }

  @Test
  @DisplayName("LP36-4d / HSL-2: contacts are recorded by their own author; anyone else is refused with 403")
  void recordingContacts() throws Exception {
    assertThat(post(TEACHER, "/contacts", record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL)).status()).isEqualTo(201);
    Reply impersonation = post(OFFICE, "/contacts", record("r-2", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(impersonation.status()).isEqualTo(403);
    assertThat(impersonation.body().get("clauses").get(0).asText()).isEqualTo("HSL-2");
    Reply duplicate = post(TEACHER, "/contacts", record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  @DisplayName("bad JSON is a 400 with the path and rule, never a stack trace")
  void badRequests() throws Exception {
    Reply duplicated = post(TEACHER, "/contacts", "{\"id\":\"a\",\"id\":\"b\"}");
    assertThat(duplicated.body().get("violations").get(0).get("rule").asText()).isEqualTo("has a field twice");
    Reply malformed = post(TEACHER, "/contacts", "{\"id\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().get("error").asText()).isEqualTo("validation");
    String withLetter = LiaisonJson.write(record("r-3", ConfidentialityLevel.SCHOOL_INTERNAL))
        .replace("\"kind\":\"ROUTINE\"", "\"kind\":\"EMERGENCY\"")
        .replace("\"emergencyRaisedAt\":null", "\"emergencyRaisedAt\":\"2026-11-24T06:00:00Z\"")
        .replace("\"method\":\"TELEPHONE\"", "\"method\":\"LETTER\"");
    Reply letter = post(TEACHER, "/contacts", withLetter);
    assertThat(letter.status()).isEqualTo(400);
    assertThat(letter.body().toString()).contains("\"path\":\"$.method\"").contains("LP36-4c");
    assertThat(letter.body().toString()).doesNotContain("at io.github").doesNotContain("Exception");
    assertThat(call("GET", null, "/contacts/r-1", null).status()).isEqualTo(401);
    assertThat(call("GET", TEACHER, "/nowhere", null).status()).isEqualTo(404);
    assertThat(call("PUT", TEACHER, "/contacts", "{}").status()).isEqualTo(405);
    assertThat(post(TEACHER, "/contacts", "[" + "1,".repeat(MisIntegrationService.MAX_BODY / 2) + "1]").status())
        .isEqualTo(413);
  }

  @Test
  @DisplayName("HSL-9: a restricted record answers the office exactly as a missing one (404), and is readable by the assistant head")
  void restrictedRead() throws Exception {
    post(TEACHER, "/contacts", record("r-restricted", ConfidentialityLevel.RESTRICTED));
    Reply office = call("GET", OFFICE, "/contacts/r-restricted", null);
    Reply missing = call("GET", OFFICE, "/contacts/r-missing", null);
    assertThat(office.status()).as("HSL-9: others are not even told it exists").isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(office.body().toString().replace("r-restricted", "ID"))
        .isEqualTo(missing.body().toString().replace("r-missing", "ID"));
    Reply deputy = call("GET", DEPUTY, "/contacts/r-restricted", null);
    assertThat(deputy.status()).isEqualTo(200);
    assertThat(deputy.body().get("original").get("summary").asText()).isEqualTo("Attendance discussed");
    assertThat(call("GET", OFFICE, "/pupils/" + plan.pupil() + "/chronology", null).body()).isEmpty();
  }

  @Test
  @DisplayName("HSL-3 / LP36-5: decisions over HTTP carry outcome, clauses and explanation; no one asks in another's name")
  void decisions() throws Exception {
    SharingRequest request = SharingRequest.builder().requester(StaffId.of(TEACHER)).pupil(plan.pupil())
        .topic(Topic.RISKS).recipient(Recipient.outside(RecipientKind.EXTERNAL_AGENCY))
        .purpose(Purpose.INFORMATION_REQUEST).build();
    Reply decision = post(TEACHER, "/decisions", request);
    assertThat(decision.status()).as("a decision creates nothing").isEqualTo(200);
    assertThat(decision.body().get("outcome").asText()).isEqualTo("DENY");
    assertThat(decision.body().get("clauses").get(0).asText()).isEqualTo("HSL-3");
    assertThat(decision.body().get("explanation").asText()).contains("not shared outside school");
    assertThat(post(OFFICE, "/decisions", request).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("HSL-6 / HSL-7 / HSL-8 / LP36-7: the out-of-hours workflow and the monitoring report over HTTP")
  void workflowAndReport() throws Exception {
    Reply unknownField = post(TEACHER, "/external-contacts", "{\"caseId\":\"OOH-0\",\"pupil\":\"" + plan.pupil()
        + "\",\"onSchoolBusiness\":false,\"circumstances\":\"Neighbours\",\"n\":1e400}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body().get("violations").get(0).get("path").asText()).isEqualTo("$.n");
    Reply disclosed = post(TEACHER, "/external-contacts", "{\"caseId\":\"OOH-1\",\"pupil\":\"" + plan.pupil()
        + "\",\"onSchoolBusiness\":false,\"circumstances\":\"Neighbours\",\"plannedFor\":\"2026-11-28\"}");
    assertThat(disclosed.body().asText()).isEqualTo("DISCLOSED");
    HeadReview byDeputy = HeadReview.builder().reviewer(StaffId.of(DEPUTY)).reviewedAt(NOW)
        .decision(CaseAction.APPROVE).conflictOfInterest(false).reasons(ConfidentialText.of("Fine")).build();
    Reply notHead = post(DEPUTY, "/external-contacts/OOH-1/review", byDeputy);
    assertThat(notHead.status()).isEqualTo(403);
    assertThat(notHead.body().get("clauses").get(0).asText()).isEqualTo("HSL-7");
    Reply logTooEarly = post(TEACHER, "/external-contacts/OOH-1/log", ContactRecord.builder()
        .from(record("form-1", ConfidentialityLevel.RESTRICTED)).kind(ContactKind.OUT_OF_HOURS)
        .location(RecordLocation.LIAISON_FORM).build());
    assertThat(logTooEarly.status()).isEqualTo(409);
    assertThat(logTooEarly.body().get("clause").asText()).isEqualTo("HSL-8");
    assertThat(post(HEAD, "/external-contacts/OOH-1/review", HeadReview.builder().from(byDeputy)
        .reviewer(StaffId.of(HEAD)).build()).body().asText()).isEqualTo("APPROVED");

    assertThat(call("GET", TEACHER, "/reports/monitoring?from=2026-09-01&to=2026-11-24", null).status())
        .isEqualTo(403);
    Reply report = call("GET", HEAD, "/reports/monitoring?from=2026-09-01&to=2026-11-24", null);
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body().get("cohorts")).hasSize(1);
    assertThat(call("GET", HEAD, "/reports/monitoring?from=soon&to=2026-11-24", null).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("HSL-6: a body that is not UTF-8 is refused, never read with replacement characters")
  void strictUtf8() throws Exception {
    byte[] latin1 = ("{\"caseId\":\"OOH-9\",\"pupil\":\"" + plan.pupil() + "\",\"onSchoolBusiness\":false,"
        + "\"circumstances\":\"caf\u00e9\"}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.baseUri().resolve("/external-contacts"))
        .timeout(Duration.ofSeconds(10)).header("X-MIS-User", TEACHER)
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid UTF-8");
  }
}
