package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.AUDIENCE;
import static io.github.liaisonsdk.examples.MisFixture.DIRECTORY;
import static io.github.liaisonsdk.examples.MisFixture.HEAD;
import static io.github.liaisonsdk.examples.MisFixture.NOW;
import static io.github.liaisonsdk.examples.MisFixture.OFFICE;
import static io.github.liaisonsdk.examples.MisFixture.TEACHER;
import static io.github.liaisonsdk.examples.MisFixture.claims;
import static io.github.liaisonsdk.examples.MisFixture.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import io.github.liaisonsdk.confidentiality.ConfidentialText;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.CaseAction;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.HeadReview;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security model end to end over loopback HTTP: who a token speaks for, what each identity may do, and that the
 * records it writes survive a restart on the same H2 file.
 */
class MisSecurityTest {
  @TempDir Path dir;

  private static ContactRecord record(
      LiaisonPlan plan,
      String id,
      ConfidentialityLevel level,
      ContactKind kind,
      RecordLocation location) {
    return ContactRecord.builder()
        .id(ContactRecordId.of(id))
        .pupil(plan.pupil())
        .plan(plan.id())
        .planVersion(1)
        .staff(StaffId.of(TEACHER))
        .addCounterpart(plan.familySide().get(0).id())
        .occurredAt(NOW.minusSeconds(7200))
        .recordedAt(NOW.minusSeconds(3600))
        .method(plan.routine().method())
        .kind(kind)
        .addTopic(Topic.ATTENDANCE)
        .summary(ConfidentialText.of(Fixtures.MARKER + " met at the club"))
        .level(level)
        .location(location)
        .build();
  }

  @Test
  @DisplayName(
      "401 with WWW-Authenticate for a missing, forged, expired, not-yet-valid, unsigned (alg none), wrong-audience, expiry-less or garbled token; the answer names the rule, never the token")
  void refusedTokens() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      OctetSequenceKey stranger =
          new OctetSequenceKeyGenerator(256)
              .algorithm(JWSAlgorithm.HS256)
              .keyID(mis.staffKey.getKeyID())
              .generate();
      Map<String, String> tokens = new LinkedHashMap<>();
      tokens.put("signature", sign(stranger, claims(TEACHER).build()));
      tokens.put(
          "expired",
          sign(
              mis.staffKey,
              claims(TEACHER).expirationTime(Date.from(NOW.minusSeconds(120))).build()));
      tokens.put(
          "not-yet-valid",
          sign(
              mis.staffKey,
              claims(TEACHER)
                  .notBeforeTime(Date.from(NOW.plusSeconds(600)))
                  .expirationTime(Date.from(NOW.plusSeconds(1200)))
                  .build()));
      tokens.put("unsigned", new PlainJWT(claims(TEACHER).build()).serialize());
      tokens.put(
          "audience", sign(mis.staffKey, claims(TEACHER).audience("another-service").build()));
      tokens.put("exp", sign(mis.staffKey, claims(TEACHER).expirationTime(null).build()));
      tokens.put("malformed", "not.a.jwt");
      for (Map.Entry<String, String> token : tokens.entrySet()) {
        MisFixture.Reply reply =
            mis.call("GET", token.getValue(), "/pupils/" + mis.plan.pupil() + "/chronology", null);
        assertThat(reply.status()).as(token.getKey()).isEqualTo(401);
        assertThat(reply.body().get("rule").asText()).as(token.getKey()).isEqualTo(token.getKey());
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_token");
        assertThat(reply.response().headers().firstValue("WWW-Authenticate"))
            .get()
            .asString()
            .startsWith("Bearer ")
            .contains("error=\"invalid_token\"");
        assertThat(reply.response().body())
            .doesNotContain(token.getValue())
            .doesNotContain(TEACHER);
      }
      MisFixture.Reply missing = mis.call("GET", null, "/contacts/r-1", null);
      assertThat(missing.status()).isEqualTo(401);
      assertThat(missing.response().headers().firstValue("WWW-Authenticate"))
          .contains("Bearer realm=\"liaison-mis\"");
      MisFixture.Reply basic =
          mis.send(
              HttpRequest.newBuilder(mis.service.baseUri().resolve("/contacts/r-1"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Basic dXNlcjpwYXNz")
                  .build());
      assertThat(basic.status()).isEqualTo(401);
      assertThat(basic.body().get("rule").asText()).isEqualTo("scheme");
      // Within the allowed clock skew, a token just past its expiry still works.
      assertThat(
              mis.call(
                      "GET",
                      sign(
                          mis.staffKey,
                          claims(TEACHER).expirationTime(Date.from(NOW.minusSeconds(30))).build()),
                      "/pupils/" + mis.plan.pupil() + "/chronology",
                      null)
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  @DisplayName(
      "HSL-9 / HSL-4: no staff token changes posts: the headteacher cannot raise or change their own posts, nor anyone's (403); only the directory synchronisation can")
  void postsComeOnlyFromTheDirectory() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      MisFixture.Reply own =
          mis.call(
              "PUT",
              mis.staff(HEAD),
              "/directory/staff/" + HEAD,
              "{\"misRoles\":[\"Head Teacher\",\"Deputy Head Teacher\"]}");
      assertThat(own.status()).isEqualTo(403);
      assertThat(own.body().get("message").asText()).contains("own posts");
      assertThat(own.body().get("clauses").toString()).contains("HSL-9", "HSL-4");
      MisFixture.Reply teacherSelf =
          mis.call(
              "PUT",
              mis.staff(TEACHER),
              "/directory/staff/" + TEACHER,
              "{\"misRoles\":[\"Head Teacher\"]}");
      assertThat(teacherSelf.status())
          .as("HSL-9: a teacher cannot make themself headteacher")
          .isEqualTo(403);
      assertThat(
              mis.call(
                      "PUT",
                      mis.staff(HEAD),
                      "/directory/staff/" + OFFICE,
                      "{\"misRoles\":[\"Head Teacher\"]}")
                  .status())
          .as("nor the head anyone else")
          .isEqualTo(403);
      assertThat(
              mis.call(
                      "PUT", mis.staff(HEAD), "/directory/pupils/" + mis.plan.pupil().value(), "{}")
                  .status())
          .isEqualTo(403);
      assertThat(mis.post(HEAD, "/staff", "{\"id\":\"S-y\",\"misRole\":\"Head Teacher\"}").status())
          .as("the old open route is gone")
          .isEqualTo(404);
      assertThat(mis.liaison.school().staffMember(StaffId.of(HEAD)).orElseThrow().designations())
          .containsExactly(Designation.HEADTEACHER);
      assertThat(mis.liaison.school().staffMember(StaffId.of(TEACHER)).orElseThrow().designations())
          .containsExactly(Designation.TEACHER);
      assertThat(mis.liaison.school().staffMember(StaffId.of(OFFICE)).orElseThrow().designations())
          .containsExactly(Designation.OFFICE);
      assertThat(
              mis.syncStaff(OFFICE, "{\"misRoles\":[\"Administrator\",\"Class Teacher\"]}")
                  .status())
          .as("the directory synchronisation can")
          .isEqualTo(200);
      assertThat(mis.liaison.school().staffMember(StaffId.of(OFFICE)).orElseThrow().designations())
          .containsExactlyInAnyOrder(Designation.OFFICE, Designation.TEACHER);
      assertThat(
              mis.liaison.audit().read(1, Integer.MAX_VALUE).stream()
                  .filter(
                      e ->
                          OFFICE.equals(e.details().get("staff"))
                              && "staff synchronised".equals(e.details().get("event"))))
          .as("audited as the MIS synchronisation")
          .hasSize(2);
    }
  }

  @Test
  @DisplayName(
      "the directory identity's token cannot act as staff, a staff key cannot sign for the directory, and an unknown subject is no member of staff")
  void identitiesStayApart() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      MisFixture.Reply asStaff =
          mis.call("GET", mis.directory(), "/pupils/" + mis.plan.pupil() + "/chronology", null);
      assertThat(asStaff.status()).isEqualTo(403);
      assertThat(mis.call("POST", mis.directory(), "/plans", LiaisonJson.write(mis.plan)).status())
          .isEqualTo(403);
      MisFixture.Reply staffKeyForDirectory =
          mis.call(
              "PUT",
              sign(mis.staffKey, claims(DIRECTORY).build()),
              "/directory/staff/S-new",
              "{\"misRoles\":[\"Head Teacher\"]}");
      assertThat(staffKeyForDirectory.status()).isEqualTo(401);
      assertThat(staffKeyForDirectory.body().get("rule").asText()).isEqualTo("subject");
      MisFixture.Reply directoryKeyForStaff =
          mis.call(
              "GET",
              sign(mis.directoryKey, claims(HEAD).build()),
              "/reports/monitoring?from=2026-09-01&to=2026-11-24",
              null);
      assertThat(directoryKeyForStaff.status()).isEqualTo(401);
      assertThat(mis.get("S-nobody", "/pupils/" + mis.plan.pupil() + "/chronology").status())
          .isEqualTo(403);
      assertThat(mis.liaison.school().staffMember(StaffId.of("S-new"))).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "HSL-9 / HSL-8: the office cannot read the liaison form by naming the head in X-MIS-User: the header is refused, the token's subject is the reader")
  void noHeaderImpersonation() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      assertThat(
              mis.post(
                      TEACHER,
                      "/external-contacts",
                      "{\"caseId\":\"OOH-1\",\"pupil\":\""
                          + mis.plan.pupil()
                          + "\",\"onSchoolBusiness\":false,\"circumstances\":\""
                          + Fixtures.MARKER
                          + " neighbours\"}")
                  .status())
          .isEqualTo(201);
      assertThat(
              mis.post(
                      HEAD,
                      "/external-contacts/OOH-1/review",
                      HeadReview.builder()
                          .reviewer(StaffId.of(HEAD))
                          .reviewedAt(NOW.minusSeconds(10_800))
                          .decision(CaseAction.APPROVE)
                          .conflictOfInterest(false)
                          .reasons(ConfidentialText.of("Fine"))
                          .build())
                  .status())
          .isEqualTo(201);
      MisFixture.Reply logged =
          mis.post(
              TEACHER,
              "/external-contacts/OOH-1/log",
              record(
                  mis.plan,
                  "form-1",
                  ConfidentialityLevel.RESTRICTED,
                  ContactKind.OUT_OF_HOURS,
                  RecordLocation.LIAISON_FORM));
      assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
      assertThat(mis.get(HEAD, "/contacts/form-1").status())
          .as("HSL-9: the head reads the form")
          .isEqualTo(200);
      MisFixture.Reply office = mis.get(OFFICE, "/contacts/form-1");
      assertThat(office.status()).as("HSL-9: the office is not told it exists").isEqualTo(404);
      MisFixture.Reply namingTheHead =
          mis.send(
              HttpRequest.newBuilder(mis.service.baseUri().resolve("/contacts/form-1"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Authorization", "Bearer " + mis.staff(OFFICE))
                  .header("X-MIS-User", HEAD)
                  .build());
      assertThat(namingTheHead.status()).isEqualTo(400);
      assertThat(namingTheHead.body().get("message").asText()).contains("X-MIS-User");
      for (MisFixture.Reply reply : new MisFixture.Reply[] {office, namingTheHead}) {
        assertThat(reply.response().body()).doesNotContain(Fixtures.MARKER);
      }
      MisFixture.Reply headerOnly =
          mis.send(
              HttpRequest.newBuilder(mis.service.baseUri().resolve("/contacts/form-1"))
                  .timeout(Duration.ofSeconds(10))
                  .header("X-MIS-User", HEAD)
                  .build());
      assertThat(headerOnly.status()).isIn(400, 401);
      assertThat(headerOnly.response().body()).doesNotContain(Fixtures.MARKER);
    }
  }

  @Test
  @DisplayName(
      "HSL-2 / HSL-4: the one consulted records their own answer: a requester writing their line manager's agreement is refused, the line manager's own record lands")
  void noForgedAgreement() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      String agreement =
          "{\"id\": \"consult-1\", \"pupil\": \""
              + mis.plan.pupil().value()
              + "\", \"topic\": \"RISKS\", \"consultedBy\": \""
              + TEACHER
              + "\", \"recordedBy\": \""
              + HEAD
              + "\", \"role\": \"LINE_MANAGER\", \"consultee\": \""
              + HEAD
              + "\", \"consultedAt\": \""
              + NOW.minusSeconds(600)
              + "\", \"outcome\": \"AGREED\"}";
      MisFixture.Reply forged = mis.post(TEACHER, "/consultations", agreement);
      assertThat(forged.status()).isEqualTo(403);
      assertThat(forged.body().get("clauses").toString()).contains("HSL-2");
      assertThat(
              mis.liaison.audit().read(1, Integer.MAX_VALUE).stream()
                  .filter(e -> e.details().containsValue("consult-1")))
          .as("nothing recorded under the head's name")
          .isEmpty();
      assertThat(mis.post(HEAD, "/consultations", agreement).status()).isEqualTo(201);
    }
  }

  @Test
  @DisplayName(
      "LP36-4: a plan is approved by the caller, a headship member: a teacher's approval is refused, and an approver named in the body is refused")
  void plansApprovedByTheCaller() throws Exception {
    try (MisFixture mis = MisFixture.inMemory().seeded()) {
      String next = LiaisonJson.write(LiaisonPlan.builder().from(mis.plan).version(2).build());
      var tree =
          (com.fasterxml.jackson.databind.node.ObjectNode) LiaisonJson.mapper().readTree(next);
      tree.remove("approvedBy");
      String withoutApprover = tree.toString();
      MisFixture.Reply teacher = mis.post(TEACHER, "/plans", withoutApprover);
      assertThat(teacher.status()).isEqualTo(403);
      assertThat(teacher.body().get("clauses").toString()).contains("LP36-4");
      MisFixture.Reply officeNamingHead = mis.post(OFFICE, "/plans", next);
      assertThat(officeNamingHead.status())
          .as("the approver never comes from the body")
          .isEqualTo(403);
      assertThat(officeNamingHead.body().get("message").asText()).contains("approvedBy");
      assertThat(
              mis.liaison.audit().read(1, Integer.MAX_VALUE).stream()
                  .filter(e -> "plan approved".equals(e.details().get("event"))))
          .hasSize(1);
      MisFixture.Reply head = mis.post(HEAD, "/plans", withoutApprover);
      assertThat(head.status()).isEqualTo(201);
      assertThat(head.body().get("approvedBy").asText()).isEqualTo(HEAD);
    }
  }

  @Test
  @DisplayName(
      "LP36-4d / LP36-4e: a restart of the service over the same H2 file keeps staff, plans and records; the audit chain is intact")
  void restartKeepsWhatWasWritten() throws Exception {
    Path file = dir.resolve("liaison");
    MisFixture.Keys keys;
    LiaisonPlan plan;
    try (MisFixture first = MisFixture.onH2(file, MisFixture.Keys.fresh()).seeded()) {
      keys = first.keys();
      plan = first.plan;
      assertThat(
              first
                  .post(
                      TEACHER,
                      "/contacts",
                      record(
                          plan,
                          "r-1",
                          ConfidentialityLevel.SCHOOL_INTERNAL,
                          ContactKind.ROUTINE,
                          RecordLocation.MIS_CONTACT_LOG))
                  .status())
          .isEqualTo(201);
    }
    try (MisFixture second = MisFixture.onH2(file, keys)) {
      MisFixture.Reply read = second.get(TEACHER, "/contacts/r-1");
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.body().get("original").get("summary").asText()).contains("met at the club");
      assertThat(second.liaison.school().staffMember(StaffId.of(HEAD)).orElseThrow().designations())
          .containsExactly(Designation.HEADTEACHER);
      assertThat(
              second
                  .post(HEAD, "/plans", LiaisonPlan.builder().from(plan).version(2).build())
                  .status())
          .as("version 1 was kept: 2 is next")
          .isEqualTo(201);
      assertThat(second.liaison.audit().verify().intact()).isTrue();
    }
  }

  @Test
  @DisplayName(
      "keys are configuration: each names its algorithm, HMAC secrets are long enough, staff and directory keys differ; main refuses to start without them")
  void keyConfiguration() throws Exception {
    MisFixture.Keys keys = MisFixture.Keys.fresh();
    try (MisFixture mis = MisFixture.inMemory()) {
      var builder =
          MisIntegrationService.builder(mis.liaison)
              .address(new InetSocketAddress("127.0.0.1", 0))
              .audience(AUDIENCE);
      assertThatThrownBy(
              () ->
                  builder
                      .staffKeys(new JWKSet(keys.staff()))
                      .directoryKeys(new JWKSet(keys.staff()))
                      .start())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must differ");
      OctetSequenceKey noAlg = new OctetSequenceKeyGenerator(256).generate();
      assertThatThrownBy(
              () ->
                  builder
                      .staffKeys(new JWKSet(noAlg))
                      .directoryKeys(new JWKSet(keys.directory()))
                      .start())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("alg");
      OctetSequenceKey shortSecret =
          new OctetSequenceKeyGenerator(128).algorithm(JWSAlgorithm.HS256).generate();
      assertThatThrownBy(() -> builder.staffKeys(new JWKSet(shortSecret)).start())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("256 bits");
      assertThatThrownBy(() -> MisIntegrationService.builder(mis.liaison).start())
          .isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> MisSettings.from(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LIAISON_MIS_STAFF_KEYS")
        .hasMessageContaining("LIAISON_MIS_DIRECTORY_KEYS");
    assertThat(Set.of(keys.staff().getKeyID(), keys.directory().getKeyID())).hasSize(2);
  }
}
