package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.DEPUTY;
import static io.github.liaisonsdk.examples.MisFixture.HEAD;
import static io.github.liaisonsdk.examples.MisFixture.NOW;
import static io.github.liaisonsdk.examples.MisFixture.OFFICE;
import static io.github.liaisonsdk.examples.MisFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service driven over real HTTP on a loopback port, on an H2 file through the JDBC adapter. */
class MisIntegrationServiceTest {
  @TempDir Path dir;
  MisFixture mis;

  private ContactRecord record(String id, ConfidentialityLevel level) {
    return ContactRecord.builder()
        .id(ContactRecordId.of(id))
        .pupil(mis.plan.pupil())
        .plan(mis.plan.id())
        .planVersion(1)
        .staff(StaffId.of(TEACHER))
        .addCounterpart(mis.plan.familySide().get(0).id())
        .occurredAt(NOW.minusSeconds(7200))
        .recordedAt(NOW.minusSeconds(3600))
        .method(mis.plan.routine().method())
        .kind(ContactKind.ROUTINE)
        .addTopic(Topic.ATTENDANCE)
        .summary(ConfidentialText.of("Attendance discussed"))
        .level(level)
        .location(RecordLocation.MIS_CONTACT_LOG)
        .build();
  }

  @BeforeEach
  void start() throws Exception {
    mis = MisFixture.onH2(dir.resolve("liaison"), MisFixture.Keys.fresh()).seeded();
  }

  @AfterEach
  void stop() {
    mis.close();
  }

  @Test
  @DisplayName(
      "HSL-2: the directory maps the vendor's role names onto the pack's posts; an unknown role is a 400 naming the field")
  void roleMapping() throws Exception {
    MisFixture.Reply teacher =
        mis.syncStaff(
            "S-two",
            "{\"misRoles\":[\"Class Teacher\",\"Deputy Head Teacher\"],"
                + "\"displayName\":\"A. Two\"}");
    assertThat(teacher.status()).isEqualTo(200);
    assertThat(teacher.body().get("designations").toString())
        .contains("TEACHER", "ASSISTANT_HEADTEACHER");
    MisFixture.Reply unknown = mis.syncStaff("S-x", "{\"misRoles\":[\"Caretaker\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("violations").get(0).get("path").asText())
        .isEqualTo("$.misRoles[0]");
    assertThat(unknown.body().get("violations").get(0).get("rule").asText())
        .contains("Class Teacher");
    MisFixture.Reply unknownField =
        mis.syncStaff("S-x", "{\"misRoles\":[\"Class Teacher\"],\"salary\":1}");
    assertThat(unknownField.body().get("violations").get(0).get("path").asText())
        .isEqualTo("$.salary");
    assertThat(mis.syncStaff(MisFixture.DIRECTORY, "{\"misRoles\":[\"Class Teacher\"]}").status())
        .as("the directory's own subject is no member of staff")
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "LP36-4d / HSL-2: contacts are recorded by their own author; anyone else is refused with 403")
  void recordingContacts() throws Exception {
    assertThat(
            mis.post(TEACHER, "/contacts", record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL))
                .status())
        .isEqualTo(201);
    MisFixture.Reply impersonation =
        mis.post(OFFICE, "/contacts", record("r-2", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(impersonation.status()).isEqualTo(403);
    assertThat(impersonation.body().get("clauses").get(0).asText()).isEqualTo("HSL-2");
    assertThat(
            mis.post(TEACHER, "/contacts", record("r-1", ConfidentialityLevel.SCHOOL_INTERNAL))
                .status())
        .isEqualTo(409);
  }

  @Test
  @DisplayName(
      "strict JSON on every route: a key twice, trailing content, an unknown field by name, out-of-range numbers; 404, 405, 413, 415")
  void badRequests() throws Exception {
    MisFixture.Reply duplicated = mis.post(TEACHER, "/contacts", "{\"id\":\"a\",\"id\":\"b\"}");
    assertThat(duplicated.body().get("violations").get(0).get("rule").asText())
        .isEqualTo("has a field twice");
    String valid = LiaisonJson.write(record("r-3", ConfidentialityLevel.SCHOOL_INTERNAL));
    assertThat(mis.post(TEACHER, "/contacts", valid + " {}").status())
        .as("trailing content")
        .isEqualTo(400);
    MisFixture.Reply unknown =
        mis.post(TEACHER, "/contacts", valid.replaceFirst("\\{", "{\"colour\":\"red\","));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("violations").get(0).get("path").asText()).isEqualTo("$.colour");
    assertThat(
            mis.post(
                    TEACHER,
                    "/contacts",
                    valid.replace("\"planVersion\":1", "\"planVersion\":99999999999"))
                .status())
        .as("a number out of range")
        .isEqualTo(400);
    assertThat(
            mis.post(HEAD, "/external-contacts", "{\"caseId\":\"OOH-9\",\"caseId\":\"OOH-8\"}")
                .body()
                .get("violations")
                .get(0)
                .get("rule")
                .asText())
        .isEqualTo("has a field twice");
    assertThat(mis.syncStaff("S-z", "{\"misRoles\":[\"Class Teacher\"]} []").status())
        .isEqualTo(400);
    MisFixture.Reply malformed = mis.post(TEACHER, "/contacts", "{\"id\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().get("error").asText()).isEqualTo("validation");
    String withLetter =
        valid
            .replace("\"kind\":\"ROUTINE\"", "\"kind\":\"EMERGENCY\"")
            .replace("\"emergencyRaisedAt\":null", "\"emergencyRaisedAt\":\"2026-11-24T06:00:00Z\"")
            .replace("\"method\":\"TELEPHONE\"", "\"method\":\"LETTER\"");
    MisFixture.Reply letter = mis.post(TEACHER, "/contacts", withLetter);
    assertThat(letter.status()).isEqualTo(400);
    assertThat(letter.body().toString()).contains("\"path\":\"$.method\"").contains("LP36-4c");
    assertThat(letter.body().toString()).doesNotContain("at io.github").doesNotContain("Exception");
    assertThat(mis.get(TEACHER, "/nowhere").status()).isEqualTo(404);
    assertThat(mis.call("DELETE", mis.staff(TEACHER), "/contacts", null).status()).isEqualTo(405);
    assertThat(
            mis.post(
                    TEACHER,
                    "/contacts",
                    "[" + "1,".repeat(MisIntegrationService.MAX_BODY / 2) + "1]")
                .status())
        .isEqualTo(413);
    MisFixture.Reply text =
        mis.send(
            HttpRequest.newBuilder(mis.service.baseUri().resolve("/contacts"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + mis.staff(TEACHER))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(valid))
                .build());
    assertThat(text.status()).isEqualTo(415);
    MisFixture.Reply latin1 =
        mis.send(
            HttpRequest.newBuilder(mis.service.baseUri().resolve("/contacts"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + mis.staff(TEACHER))
                .header("Content-Type", "application/json; charset=iso-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString(valid))
                .build());
    assertThat(latin1.status()).isEqualTo(415);
  }

  @Test
  @DisplayName(
      "HSL-9: a restricted record answers the office exactly as a missing one (404), and is readable by the assistant head")
  void restrictedRead() throws Exception {
    mis.post(TEACHER, "/contacts", record("r-restricted", ConfidentialityLevel.RESTRICTED));
    MisFixture.Reply office = mis.get(OFFICE, "/contacts/r-restricted");
    MisFixture.Reply missing = mis.get(OFFICE, "/contacts/r-missing");
    assertThat(office.status()).as("HSL-9: others are not even told it exists").isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(office.body().toString().replace("r-restricted", "ID"))
        .isEqualTo(missing.body().toString().replace("r-missing", "ID"));
    MisFixture.Reply deputy = mis.get(DEPUTY, "/contacts/r-restricted");
    assertThat(deputy.status()).isEqualTo(200);
    assertThat(deputy.body().get("original").get("summary").asText())
        .isEqualTo("Attendance discussed");
    assertThat(mis.get(OFFICE, "/pupils/" + mis.plan.pupil() + "/chronology").body()).isEmpty();
  }

  @Test
  @DisplayName(
      "HSL-3 / LP36-5: decisions over HTTP carry outcome, clauses and explanation; no one asks in another's name")
  void decisions() throws Exception {
    SharingRequest request =
        SharingRequest.builder()
            .requester(StaffId.of(TEACHER))
            .pupil(mis.plan.pupil())
            .topic(Topic.RISKS)
            .recipient(Recipient.outside(RecipientKind.EXTERNAL_AGENCY))
            .purpose(Purpose.INFORMATION_REQUEST)
            .build();
    MisFixture.Reply decision = mis.post(TEACHER, "/decisions", request);
    assertThat(decision.status()).as("a decision creates nothing").isEqualTo(200);
    assertThat(decision.body().get("outcome").asText()).isEqualTo("DENY");
    assertThat(decision.body().get("clauses").get(0).asText()).isEqualTo("HSL-3");
    assertThat(decision.body().get("explanation").asText()).contains("not shared outside school");
    assertThat(mis.post(OFFICE, "/decisions", request).status()).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "HSL-6 / HSL-7 / HSL-8 / LP36-7: the out-of-hours workflow and the monitoring report over HTTP")
  void workflowAndReport() throws Exception {
    MisFixture.Reply unknownField =
        mis.post(
            TEACHER,
            "/external-contacts",
            "{\"caseId\":\"OOH-0\",\"pupil\":\""
                + mis.plan.pupil()
                + "\",\"onSchoolBusiness\":false,\"circumstances\":\"Neighbours\",\"n\":1e400}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body().get("violations").get(0).get("path").asText()).isEqualTo("$.n");
    MisFixture.Reply disclosed =
        mis.post(
            TEACHER,
            "/external-contacts",
            "{\"caseId\":\"OOH-1\",\"pupil\":\""
                + mis.plan.pupil()
                + "\",\"onSchoolBusiness\":false,\"circumstances\":\"Neighbours\",\"plannedFor\":\"2026-11-28\"}");
    assertThat(disclosed.body().asText()).isEqualTo("DISCLOSED");
    HeadReview byDeputy =
        HeadReview.builder()
            .reviewer(StaffId.of(DEPUTY))
            .reviewedAt(NOW)
            .decision(CaseAction.APPROVE)
            .conflictOfInterest(false)
            .reasons(ConfidentialText.of("Fine"))
            .build();
    MisFixture.Reply notHead = mis.post(DEPUTY, "/external-contacts/OOH-1/review", byDeputy);
    assertThat(notHead.status()).isEqualTo(403);
    assertThat(notHead.body().get("clauses").get(0).asText()).isEqualTo("HSL-7");
    MisFixture.Reply logTooEarly =
        mis.post(
            TEACHER,
            "/external-contacts/OOH-1/log",
            ContactRecord.builder()
                .from(record("form-1", ConfidentialityLevel.RESTRICTED))
                .kind(ContactKind.OUT_OF_HOURS)
                .location(RecordLocation.LIAISON_FORM)
                .build());
    assertThat(logTooEarly.status()).isEqualTo(409);
    assertThat(logTooEarly.body().get("clause").asText()).isEqualTo("HSL-8");
    assertThat(
            mis.post(
                    HEAD,
                    "/external-contacts/OOH-1/review",
                    HeadReview.builder().from(byDeputy).reviewer(StaffId.of(HEAD)).build())
                .body()
                .asText())
        .isEqualTo("APPROVED");

    assertThat(mis.get(TEACHER, "/reports/monitoring?from=2026-09-01&to=2026-11-24").status())
        .isEqualTo(403);
    MisFixture.Reply report = mis.get(HEAD, "/reports/monitoring?from=2026-09-01&to=2026-11-24");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body().get("cohorts")).hasSize(1);
    assertThat(mis.get(HEAD, "/reports/monitoring?from=soon&to=2026-11-24").status())
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "HSL-6: a body that is not UTF-8 is refused on every kind of route, never read with replacement characters")
  void strictUtf8() throws Exception {
    byte[] latin1 =
        ("{\"caseId\":\"OOH-9\",\"pupil\":\""
                + mis.plan.pupil()
                + "\",\"onSchoolBusiness\":false,"
                + "\"circumstances\":\"caf\u00e9\"}")
            .getBytes(StandardCharsets.ISO_8859_1);
    for (String[] route :
        new String[][] {
          {"POST", "/external-contacts", mis.staff(TEACHER)},
          {"POST", "/contacts", mis.staff(TEACHER)},
          {"POST", "/plans", mis.staff(HEAD)},
          {"PUT", "/directory/staff/S-new", mis.directory()}
        }) {
      MisFixture.Reply reply =
          mis.send(
              HttpRequest.newBuilder(mis.service.baseUri().resolve(route[1]))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Bearer " + route[2])
                  .header("Content-Type", "application/json")
                  .method(route[0], HttpRequest.BodyPublishers.ofByteArray(latin1))
                  .build());
      assertThat(reply.status()).as(route[1]).isEqualTo(400);
      assertThat(reply.body().toString()).as(route[1]).contains("not valid UTF-8");
    }
  }
}
