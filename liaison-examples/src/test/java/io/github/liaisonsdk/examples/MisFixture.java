package io.github.liaisonsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.staff.StaffId;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A running service for tests: a school on a real store (an H2 file through the JDBC adapter, or in memory), two
 * HMAC keys (staff, directory) and a way to mint tokens for either, and an HTTP client with a timeout on every
 * call. Time is fixed at {@link #NOW} for the facade and the token checks alike.
 */
final class MisFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final String AUDIENCE = "liaison-mis-test";
  static final String DIRECTORY = "mis-directory-sync";
  static final String HEAD = "S-head";
  static final String DEPUTY = "S-deputy";
  static final String TEACHER = "S-teacher";
  static final String OFFICE = "S-office";
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  final OctetSequenceKey staffKey;
  final OctetSequenceKey directoryKey;
  final LiaisonStore store;
  final Liaison liaison;
  final MisIntegrationService service;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final MisDatabase database;
  LiaisonPlan plan;

  record Reply(int status, JsonNode body, HttpResponse<String> response) {}

  private MisFixture(
      Keys keys,
      LiaisonStore store,
      MisDatabase database,
      UnaryOperator<MisIntegrationService.Builder> options)
      throws Exception {
    this.staffKey = keys.staff;
    this.directoryKey = keys.directory;
    this.store = store;
    this.database = database;
    this.liaison =
        Liaison.builder()
            .pack(StandardPacks.lp36())
            .store(store)
            .zone(ZoneOffset.UTC)
            .clock(CLOCK)
            .build();
    this.service =
        options
            .apply(
                MisIntegrationService.builder(liaison)
                    .address(new InetSocketAddress("127.0.0.1", 0))
                    .staffKeys(new JWKSet(staffKey))
                    .directoryKeys(new JWKSet(directoryKey))
                    .audience(AUDIENCE)
                    .clock(CLOCK))
            .start();
  }

  /** The two HMAC keys, kept across a restart. */
  record Keys(OctetSequenceKey staff, OctetSequenceKey directory) {
    static Keys fresh() throws JOSEException {
      return new Keys(
          new OctetSequenceKeyGenerator(256)
              .algorithm(JWSAlgorithm.HS256)
              .keyID("staff-1")
              .generate(),
          new OctetSequenceKeyGenerator(256)
              .algorithm(JWSAlgorithm.HS256)
              .keyID("directory-1")
              .generate());
    }
  }

  static MisFixture inMemory() throws Exception {
    return new MisFixture(Keys.fresh(), InMemoryStore.create(), null, b -> b);
  }

  static MisFixture inMemory(UnaryOperator<MisIntegrationService.Builder> options)
      throws Exception {
    return inMemory(Keys.fresh(), options);
  }

  /** With the given keys to sign with; the options may configure other keys to verify with. */
  static MisFixture inMemory(Keys keys, UnaryOperator<MisIntegrationService.Builder> options)
      throws Exception {
    return new MisFixture(keys, InMemoryStore.create(), null, options);
  }

  /** On an H2 file through the JDBC adapter, migrated as the service's main does it. */
  static MisFixture onH2(Path file, Keys keys) throws Exception {
    MisDatabase database = MisDatabase.h2File(file);
    return new MisFixture(keys, database.school(SchoolId.DEFAULT), database, b -> b);
  }

  Keys keys() {
    return new Keys(staffKey, directoryKey);
  }

  // ---- tokens ----

  static JWTClaimsSet.Builder claims(String subject) {
    return new JWTClaimsSet.Builder()
        .subject(subject)
        .audience(AUDIENCE)
        .issueTime(Date.from(NOW))
        .notBeforeTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)));
  }

  static String sign(OctetSequenceKey key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new MACSigner(key));
    return jwt.serialize();
  }

  String staff(String id) throws JOSEException {
    return sign(staffKey, claims(id).build());
  }

  String directory() throws JOSEException {
    return sign(directoryKey, claims(DIRECTORY).build());
  }

  // ---- HTTP ----

  Reply call(String method, String token, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(service.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  Reply send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    return new Reply(
        response.statusCode(), LiaisonJson.mapper().readTree(response.body()), response);
  }

  Reply post(String staffId, String path, Object body) throws Exception {
    return call(
        "POST",
        staff(staffId),
        path,
        body instanceof String ? (String) body : LiaisonJson.write(body));
  }

  Reply get(String staffId, String path) throws Exception {
    return call("GET", staff(staffId), path, null);
  }

  Reply syncStaff(String id, String body) throws Exception {
    return call("PUT", directory(), "/directory/staff/" + id, body);
  }

  /** The school of the tests: four staff and a pupil from the directory, a plan approved by the head. */
  MisFixture seeded() throws Exception {
    assertThat(syncStaff(HEAD, "{\"misRoles\":[\"Head Teacher\"]}").status()).isEqualTo(200);
    assertThat(syncStaff(DEPUTY, "{\"misRoles\":[\"Deputy Head Teacher\"]}").status())
        .isEqualTo(200);
    assertThat(
            syncStaff(TEACHER, "{\"misRoles\":[\"Class Teacher\"],\"lineManager\":\"S-head\"}")
                .status())
        .isEqualTo(200);
    assertThat(syncStaff(OFFICE, "{\"misRoles\":[\"Administrator\"]}").status()).isEqualTo(200);
    LiaisonPlan quick = QuickStart.plansForEveryResidenceContext(LocalDate.of(2026, 9, 1)).get(0);
    plan =
        LiaisonPlan.builder()
            .from(quick)
            .schoolSide(List.of(StaffId.of(TEACHER)))
            .approvedBy(StaffId.of(HEAD))
            .build();
    Pupil pupil =
        Pupil.builder()
            .id(plan.pupil())
            .residence(plan.residence())
            .homeService(ServiceId.of("school"))
            .build();
    assertThat(
            call(
                    "PUT",
                    directory(),
                    "/directory/pupils/" + pupil.id().value(),
                    LiaisonJson.write(pupil))
                .status())
        .isEqualTo(200);
    assertThat(post(HEAD, "/plans", plan).status()).isEqualTo(201);
    return this;
  }

  @Override
  public void close() {
    service.close();
    if (database != null) {
      database.close();
    }
  }
}
