package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.HostileJson;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten thousand hostile request bodies sent over real HTTP, with valid tokens, to every route of the example service
 * that takes a body (the directory's PUTs and the staff POSTs), made from
 * valid bodies by the same seeded mutator as the core's JSON corpus, plus bodies that are not JSON at all, not
 * UTF-8, empty, or over the size limit. Every answer must be a success or a 4xx with a JSON error; none a 5xx.
 * After every refusal the store must be exactly as it was: nothing half-stored.
 */
class HostileHttpCorpusTest {
  static final int REQUESTS = 10_000;
  static final long SEED = 20261124L;
  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  record Route(String method, String path, String token, String validBody) {}

  @Test
  @Timeout(600)
  @DisplayName(
      "HSL-9, LP36-4d: 10,000 hostile bodies over HTTP: 2xx or 4xx with JSON, never 5xx, nothing half-stored")
  void hostileBodies() throws Exception {
    try (MisFixture mis = MisFixture.inMemory()) {
      LiaisonStore store = mis.store;
      List<Route> routes = seed(mis);
      SplittableRandom random = new SplittableRandom(SEED);
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      int leaks = 0;
      String before = fingerprint(store);
      for (int i = 0; i < REQUESTS; i++) {
        Route route = routes.get(random.nextInt(routes.size()));
        byte[] body = hostileBody(route, random);
        HttpResponse<String> response =
            mis.http.send(
                HttpRequest.newBuilder(mis.service.baseUri().resolve(route.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + route.token())
                    .header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String after = fingerprint(store);
        if (status >= 500 || status < 200) {
          failures.add(status + " for request " + i + " to " + route.path());
        } else if (status >= 400) {
          JsonNode error = LiaisonJson.mapper().readTree(response.body());
          if (!error.hasNonNull("error") || !error.hasNonNull("message")) {
            failures.add("no JSON error for request " + i);
          }
          // Validation names paths and rules only; other refusals may name the id they could not
          // find.
          if (response.body().contains(Fixtures.MARKER)
              || status == 400 && response.body().contains(HostileJson.ECHO_MARKER)) {
            leaks++;
            failures.add(
                "request "
                    + i
                    + " to "
                    + route.path()
                    + ": "
                    + status
                    + " quotes the marker: "
                    + response.body().substring(0, Math.min(300, response.body().length())));
          }
          if (!after.equals(before)) {
            failures.add(
                "request "
                    + i
                    + " to "
                    + route.path()
                    + " was refused with "
                    + status
                    + " but changed the store");
          }
        }
        before = after;
        if (failures.size() > 5) {
          break;
        }
      }
      int refused =
          statuses.entrySet().stream()
              .filter(e -> e.getKey() >= 400)
              .mapToInt(Map.Entry::getValue)
              .sum();
      System.out.printf(
          "RELIABILITY http: %d requests, %d accepted, %d refused, statuses %s, %d failures,"
              + " %d leaks (seed %d)%n",
          REQUESTS, REQUESTS - refused, refused, statuses, failures.size(), leaks, SEED);
      assertThat(failures).isEmpty();
      assertThat(leaks).as("error bodies quoting confidential text").isZero();
      assertThat(refused)
          .as("the corpus is hostile: most requests must be refused")
          .isGreaterThan(REQUESTS / 2);
      assertThat(statuses).containsKeys(400, 413);
    }
  }

  private static byte[] hostileBody(Route route, SplittableRandom random) throws Exception {
    switch (random.nextInt(100)) {
      case 0:
        return new byte[MisIntegrationService.MAX_BODY + 1];
      case 1:
        return new byte[0];
      case 2:
        return new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}', (byte) 0xFF};
      case 3:
        return "<staff><id>S-1</id></staff>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      default:
        return HostileJson.mutate(LiaisonJson.mapper().readTree(route.validBody()), random)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * What a refused request must not change: every pupil's plans and records, the directory, the audit trail but
   * for its refused decisions (a refused question is itself audited, by design).
   */
  private static String fingerprint(LiaisonStore store) {
    StringBuilder out = new StringBuilder();
    long writes =
        store.audit().read(1, Integer.MAX_VALUE).stream()
            .filter(e -> !"REFUSED".equals(e.details().get("outcome")))
            .count();
    out.append(store.staff().all().size()).append('/').append(writes);
    for (Pupil pupil : store.pupils().all()) {
      out.append('|')
          .append(pupil.id().value())
          .append(':')
          .append(store.plans().forPupil(pupil.id()).size())
          .append(':')
          .append(store.contacts().chronology(pupil.id()).size());
    }
    return out.toString();
  }

  private static List<Route> seed(MisFixture mis) throws Exception {
    mis.seeded();
    LiaisonPlan plan = mis.plan;
    Pupil pupil = mis.liaison.school().pupil(plan.pupil()).orElseThrow();
    ContactRecord record =
        ContactRecord.builder()
            .id(ContactRecordId.of("r-1"))
            .pupil(plan.pupil())
            .plan(plan.id())
            .planVersion(1)
            .staff(StaffId.of("S-teacher"))
            .addCounterpart(plan.familySide().get(0).id())
            .occurredAt(NOW.minusSeconds(7200))
            .recordedAt(NOW.minusSeconds(3600))
            .method(plan.routine().method())
            .kind(ContactKind.ROUTINE)
            .addTopic(Topic.ATTENDANCE)
            .summary(ConfidentialText.of(Fixtures.MARKER + " attendance discussed"))
            .level(ConfidentialityLevel.SCHOOL_INTERNAL)
            .location(RecordLocation.MIS_CONTACT_LOG)
            .build();
    SharingRequest request =
        SharingRequest.builder()
            .requester(StaffId.of("S-teacher"))
            .pupil(plan.pupil())
            .topic(Topic.ATTENDANCE)
            .recipient(Recipient.familyContact(plan.familySide().get(0).id()))
            .purpose(Purpose.ROUTINE_LIAISON)
            .build();
    String disclosure =
        "{\"caseId\":\"OOH-1\",\"pupil\":\""
            + plan.pupil().value()
            + "\",\"onSchoolBusiness\":false,"
            + "\"circumstances\":\""
            + Fixtures.MARKER
            + " neighbours\",\"plannedFor\":\"2026-11-28\"}";
    assertThat(mis.post("S-teacher", "/external-contacts", disclosure).status()).isEqualTo(201);
    HeadReview review =
        HeadReview.builder()
            .reviewer(StaffId.of("S-head"))
            .reviewedAt(NOW)
            .decision(CaseAction.DECLINE)
            .conflictOfInterest(false)
            .reasons(ConfidentialText.of(Fixtures.MARKER + " reasons"))
            .build();
    String directory = mis.directory();
    String head = mis.staff("S-head");
    String teacher = mis.staff("S-teacher");
    LiaisonPlan next = LiaisonPlan.builder().from(plan).version(2).build();
    return List.of(
        new Route(
            "PUT",
            "/directory/staff/S-new",
            directory,
            "{\"misRoles\":[\"Class Teacher\"],\"lineManager\":\"S-head\",\"displayName\":\"A. New\"}"),
        new Route(
            "PUT", "/directory/pupils/" + pupil.id().value(), directory, LiaisonJson.write(pupil)),
        new Route("POST", "/plans", head, LiaisonJson.write(next)),
        new Route("POST", "/contacts", teacher, LiaisonJson.write(record)),
        new Route("POST", "/decisions", teacher, LiaisonJson.write(request)),
        new Route("POST", "/external-contacts", teacher, disclosure.replace("OOH-1", "OOH-2")),
        new Route("POST", "/external-contacts/OOH-1/review", head, LiaisonJson.write(review)));
  }
}
