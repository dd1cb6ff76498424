package io.github.liaisonsdk.examples;

import com.nimbusds.jose.jwk.JWKSet;
import io.github.liaisonsdk.basics.SchoolId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

/**
 * What {@link MisIntegrationService#main} reads from its environment. There are no default keys: a key made up
 * at start would either have to be shown (and a directory key writes posts) or be known to no one (and no token
 * could be signed), so without keys the service refuses to start and says what to set.
 *
 * <pre>
 * LIAISON_MIS_STAFF_KEYS        JWK set file: the keys that verify staff tokens (required)
 * LIAISON_MIS_DIRECTORY_KEYS    JWK set file: the keys that verify the directory synchronisation (required)
 * LIAISON_MIS_AUDIENCE          the aud every token names (default liaison-mis:SCHOOL, the school served)
 * LIAISON_MIS_ISSUER            the iss every token names (not checked if unset)
 * LIAISON_MIS_DIRECTORY_SUBJECT the directory synchronisation's sub (default mis-directory-sync)
 * LIAISON_MIS_HOST, _PORT       where to listen (default 127.0.0.1:8080)
 * LIAISON_JDBC_URL, _USER, _PASSWORD   PostgreSQL; else an H2 file at LIAISON_H2_FILE
 *                               (default liaison-mis-data/liaison under the working directory)
 * LIAISON_SCHOOL_ID             the school served (default "default")
 * </pre>
 *
 * <p>Immutable.
 */
final class MisSettings {
  private final Map<String, String> env;
  private final JWKSet staffKeys;
  private final JWKSet directoryKeys;

  private MisSettings(Map<String, String> env, JWKSet staffKeys, JWKSet directoryKeys) {
    this.env = env;
    this.staffKeys = staffKeys;
    this.directoryKeys = directoryKeys;
  }

  static MisSettings from(Map<String, String> env) {
    String staff = env.get("LIAISON_MIS_STAFF_KEYS");
    String directory = env.get("LIAISON_MIS_DIRECTORY_KEYS");
    if (blank(staff) || blank(directory)) {
      throw new IllegalStateException(
          "no token keys are configured. Set LIAISON_MIS_STAFF_KEYS and"
              + " LIAISON_MIS_DIRECTORY_KEYS to JWK set files with the public keys (or HMAC secrets) that verify the"
              + " MIS's staff tokens and its directory synchronisation's tokens, two different keys. For a trial,"
              + " MisDevKeys makes both (see the README section \"The MIS integration service: security model\").");
    }
    MisSettings settings =
        new MisSettings(
            env,
            load(staff, "LIAISON_MIS_STAFF_KEYS"),
            load(directory, "LIAISON_MIS_DIRECTORY_KEYS"));
    settings.port();
    settings.school();
    return settings;
  }

  private int port() {
    try {
      int port = Integer.parseInt(env.getOrDefault("LIAISON_MIS_PORT", "8080"));
      if (port < 0 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalStateException("LIAISON_MIS_PORT must be a port number, 0 to 65535");
    }
  }

  MisIntegrationService.Builder configure(MisIntegrationService.Builder builder) {
    return builder
        .staffKeys(staffKeys)
        .directoryKeys(directoryKeys)
        .audience(audience())
        .issuer(blank(env.get("LIAISON_MIS_ISSUER")) ? null : env.get("LIAISON_MIS_ISSUER"))
        .directorySubject(env.getOrDefault("LIAISON_MIS_DIRECTORY_SUBJECT", "mis-directory-sync"))
        .address(new InetSocketAddress(env.getOrDefault("LIAISON_MIS_HOST", "127.0.0.1"), port()));
  }

  MisDatabase openDatabase() {
    String url = env.get("LIAISON_JDBC_URL");
    if (!blank(url)) {
      return MisDatabase.postgres(
          url, env.get("LIAISON_JDBC_USER"), env.get("LIAISON_JDBC_PASSWORD"));
    }
    return MisDatabase.h2File(
        Path.of(
            env.getOrDefault(
                "LIAISON_H2_FILE",
                Path.of(System.getProperty("user.dir"), "liaison-mis-data", "liaison")
                    .toString())));
  }

  /**
   * The audience tokens must name: by default the school's own, so that where one identity provider signs for
   * several schools' services a token for one school is refused by another's.
   */
  String audience() {
    return env.getOrDefault("LIAISON_MIS_AUDIENCE", defaultAudience(school().value()));
  }

  static String defaultAudience(String school) {
    return "liaison-mis:" + school;
  }

  SchoolId school() {
    return SchoolId.of(env.getOrDefault("LIAISON_SCHOOL_ID", SchoolId.DEFAULT.value()));
  }

  private static JWKSet load(String file, String variable) {
    try {
      return JWKSet.parse(Files.readString(Path.of(file)));
    } catch (IOException e) {
      throw new IllegalStateException(variable + " names a file that cannot be read");
    } catch (ParseException e) {
      // The parser's message may quote the file, secrets included: never shown.
      throw new IllegalStateException(
          variable + " names a file that is not a JWK set ({\"keys\": [...]})");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
