package io.github.liaisonsdk.examples;

import static io.github.liaisonsdk.examples.MisFixture.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** main's PostgreSQL path: LIAISON_JDBC_URL and an ordinary role, migrated at start, kept across a restart. */
class MisPostgresTest {
  @TempDir Path dir;

  @Test
  @DisplayName(
      "LP36-4e: with LIAISON_JDBC_URL the service runs on PostgreSQL as an ordinary role; a restart keeps the directory")
  void onPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        // Row-level security binds only an ordinary role (see SECURITY.md): no superuser, no
        // BYPASSRLS.
        s.execute("CREATE ROLE liaison_app LOGIN PASSWORD 'app' NOSUPERUSER NOBYPASSRLS");
        s.execute("GRANT CREATE, USAGE ON SCHEMA public TO liaison_app");
      }
      MisDevKeys.generate(dir.resolve("keys"));
      Map<String, String> env =
          Map.of(
              "LIAISON_MIS_STAFF_KEYS",
              dir.resolve("keys/staff-verify.jwks").toString(),
              "LIAISON_MIS_DIRECTORY_KEYS",
              dir.resolve("keys/directory-verify.jwks").toString(),
              "LIAISON_MIS_PORT",
              "0",
              "LIAISON_JDBC_URL",
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
              "LIAISON_JDBC_USER",
              "liaison_app",
              "LIAISON_JDBC_PASSWORD",
              "app");
      MisSettings settings = MisSettings.from(env);
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
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      try (MisDatabase database = settings.openDatabase()) {
        assertThat(database.toString())
            .doesNotContain("app")
            .doesNotContain(String.valueOf(postgres.getPort()));
        Liaison liaison =
            Liaison.builder()
                .pack(StandardPacks.lp36())
                .store(database.school(settings.school()))
                .build();
        try (MisIntegrationService service =
            settings.configure(MisIntegrationService.builder(liaison)).start()) {
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
        }
      }
      try (MisDatabase database = settings.openDatabase()) {
        Liaison liaison =
            Liaison.builder()
                .pack(StandardPacks.lp36())
                .store(database.school(settings.school()))
                .build();
        assertThat(liaison.school().staffMember(StaffId.of(HEAD)).orElseThrow().designations())
            .containsExactly(Designation.HEADTEACHER);
        try (MisIntegrationService service =
            settings.configure(MisIntegrationService.builder(liaison)).start()) {
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
        }
        assertThat(liaison.audit().verify().intact()).isTrue();
      }
    }
  }
}
