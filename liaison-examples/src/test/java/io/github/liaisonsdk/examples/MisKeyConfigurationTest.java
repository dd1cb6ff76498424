package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.HEAD;
import static io.github.liaisonsdk.examples.MisFixture.claims;
import static io.github.liaisonsdk.examples.MisFixture.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.StandardPacks;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How keys are configured: main's environment and files, several keys for rotation, the issuer, RSA keys. */
class MisKeyConfigurationTest {
  @TempDir Path dir;

  @Test
  @DisplayName(
      "main's configuration: MisDevKeys' EC key files (private halves owner-only), the environment, an H2 file migrated at start")
  void mainConfiguration() throws Exception {
    MisDevKeys.generate(dir.resolve("keys"));
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("keys/staff-signing.jwk"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("keys/staff-verify.jwks"))).doesNotContain("\"d\"");
    MisSettings settings =
        MisSettings.from(
            Map.of(
                "LIAISON_MIS_STAFF_KEYS", dir.resolve("keys/staff-verify.jwks").toString(),
                "LIAISON_MIS_DIRECTORY_KEYS", dir.resolve("keys/directory-verify.jwks").toString(),
                "LIAISON_MIS_PORT", "0",
                "LIAISON_H2_FILE", dir.resolve("db/liaison").toString()));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (MisDatabase database = settings.openDatabase()) {
      Liaison liaison =
          Liaison.builder()
              .pack(StandardPacks.lp36())
              .store(database.school(settings.school()))
              .build();
      try (MisIntegrationService service =
          settings.configure(MisIntegrationService.builder(liaison)).start()) {
        String directory =
            MisDevKeys.token(
                ECKey.parse(Files.readString(dir.resolve("keys/directory-signing.jwk"))),
                "mis-directory-sync",
                settings.audience(),
                Duration.ofMinutes(5));
        String head =
            MisDevKeys.token(
                ECKey.parse(Files.readString(dir.resolve("keys/staff-signing.jwk"))),
                HEAD,
                settings.audience(),
                Duration.ofMinutes(5));
        HttpResponse<String> put =
            http.send(
                HttpRequest.newBuilder(service.baseUri().resolve("/directory/staff/" + HEAD))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + directory)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"misRoles\":[\"Head Teacher\"]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        HttpResponse<String> report =
            http.send(
                HttpRequest.newBuilder(
                        service
                            .baseUri()
                            .resolve("/reports/monitoring?from=2026-09-01&to=2026-11-24"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + head)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        HttpResponse<String> swapped =
            http.send(
                HttpRequest.newBuilder(
                        service
                            .baseUri()
                            .resolve("/reports/monitoring?from=2026-09-01&to=2026-11-24"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + directory)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(swapped.statusCode())
            .as("the directory's token is not a staff token")
            .isEqualTo(403);
        assertThat(settings.audience()).isEqualTo("liaison-mis:" + settings.school().value());
        String otherSchools =
            MisDevKeys.token(
                ECKey.parse(Files.readString(dir.resolve("keys/staff-signing.jwk"))),
                HEAD,
                "liaison-mis:another-school",
                Duration.ofMinutes(5));
        HttpResponse<String> elsewhere =
            http.send(
                HttpRequest.newBuilder(
                        service
                            .baseUri()
                            .resolve("/reports/monitoring?from=2026-09-01&to=2026-11-24"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + otherSchools)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode())
            .as("a token for another school's service, signed by the same keys, is refused")
            .isEqualTo(401);
        assertThat(elsewhere.body()).contains("audience");
      }
    }
    assertThat(dir.resolve("db/liaison.mv.db")).exists();
  }

  @Test
  @DisplayName(
      "rotation: two staff keys at once, each token checked with the key its kid names; the old key's tokens fail once it is removed")
  void rotation() throws Exception {
    OctetSequenceKey next =
        new OctetSequenceKeyGenerator(256)
            .algorithm(JWSAlgorithm.HS256)
            .keyID("staff-2")
            .generate();
    MisFixture.Keys keys = MisFixture.Keys.fresh();
    try (MisFixture both =
        MisFixture.inMemory(keys, b -> b.staffKeys(new JWKSet(List.of(keys.staff(), next))))
            .seeded()) {
      String path = "/pupils/" + both.plan.pupil().value() + "/chronology";
      assertThat(both.call("GET", sign(keys.staff(), claims(HEAD).build()), path, null).status())
          .isEqualTo(200);
      assertThat(both.call("GET", sign(next, claims(HEAD).build()), path, null).status())
          .isEqualTo(200);
      SignedJWT wrongKid =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("staff-2").build(),
              claims(HEAD).build());
      wrongKid.sign(new MACSigner(keys.staff()));
      assertThat(both.call("GET", wrongKid.serialize(), path, null).status()).isEqualTo(401);
    }
    try (MisFixture rotated = MisFixture.inMemory(keys, b -> b.staffKeys(new JWKSet(next)))) {
      MisFixture.Reply old =
          rotated.call(
              "GET", sign(keys.staff(), claims(HEAD).build()), "/pupils/P-1/chronology", null);
      assertThat(old.status()).isEqualTo(401);
      assertThat(old.body().get("rule").asText()).isEqualTo("signature");
      assertThat(
              rotated
                  .call("GET", sign(next, claims(HEAD).build()), "/pupils/P-1/chronology", null)
                  .status())
          .as("authenticated; not yet on the directory")
          .isEqualTo(403);
    }
  }

  @Test
  @DisplayName(
      "an issuer, when configured, is required; an HMAC token made with an RSA public key as its secret is refused (algorithm confusion)")
  void issuerAndAlgorithmConfusion() throws Exception {
    try (MisFixture mis = MisFixture.inMemory(b -> b.issuer("https://mis.example"))) {
      String path = "/pupils/P-1/chronology";
      JsonNode without =
          mis.call("GET", sign(mis.staffKey, claims(HEAD).build()), path, null).body();
      assertThat(without.get("rule").asText()).isEqualTo("issuer");
      assertThat(
              mis.call(
                      "GET",
                      sign(mis.staffKey, claims(HEAD).issuer("https://mis.example").build()),
                      path,
                      null)
                  .status())
          .as("accepted: the subject is simply not on the directory yet")
          .isEqualTo(403);
    }
    RSAKey rsa = new RSAKeyGenerator(2048).algorithm(JWSAlgorithm.RS256).keyID("rsa-1").generate();
    try (MisFixture mis = MisFixture.inMemory(b -> b.staffKeys(new JWKSet(rsa.toPublicJWK())))) {
      SignedJWT confused =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
              claims(HEAD).build());
      confused.sign(
          new MACSigner(rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
      MisFixture.Reply reply =
          mis.call("GET", confused.serialize(), "/pupils/P-1/chronology", null);
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.body().get("rule").asText()).isEqualTo("signature");
      assertThat(LiaisonJson.write(reply.body().get("message"))).doesNotContain("rsa-1");
      SignedJWT honest =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(),
              claims(HEAD).build());
      honest.sign(new com.nimbusds.jose.crypto.RSASSASigner(rsa));
      assertThat(mis.call("GET", honest.serialize(), "/pupils/P-1/chronology", null).status())
          .as("RS256 with the key: authenticated, not yet on the directory")
          .isEqualTo(403);
    }
  }
}
