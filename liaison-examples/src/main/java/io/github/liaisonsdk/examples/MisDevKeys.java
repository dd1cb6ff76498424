package io.github.liaisonsdk.examples;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.liaisonsdk.basics.SchoolId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * For a trial of {@link MisIntegrationService} only: makes the two key pairs (staff, directory) and signs tokens
 * with them, standing in for the MIS's own sign-in and its directory synchronisation. In production the MIS's
 * identity provider holds the private keys and the service is given only the public ones.
 *
 * <pre>
 * MisDevKeys generate DIR                      staff-signing.jwk, directory-signing.jwk (private, owner-only)
 *                                              staff-verify.jwks, directory-verify.jwks (public, for the service)
 * MisDevKeys token SIGNING_KEY SUBJECT [AUDIENCE [MINUTES]]   prints a signed token (default audience
 *                                                            liaison-mis:$LIAISON_SCHOOL_ID, or liaison-mis:default; 15)
 * </pre>
 *
 * <p>Stateless and thread-safe; arguments are non-null. A command line tool, not for use as a library; it refuses to
 * overwrite a signing key already in the directory.
 */
public final class MisDevKeys {
  private MisDevKeys() {}

  /**
   * Runs one of the two commands.
   *
   * @param args {@code generate DIR} or {@code token SIGNING_KEY SUBJECT [AUDIENCE [MINUTES]]}
   * @throws Exception if a file cannot be written or read, or a key is not an EC private key
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && "generate".equals(args[0])) {
      if (Files.exists(Path.of(args[1]).resolve("staff-signing.jwk"))
          || Files.exists(Path.of(args[1]).resolve("directory-signing.jwk"))) {
        // Keys are never overwritten: tokens signed with them would stop working unannounced.
        System.err.println(
            "MisDevKeys: "
                + args[1]
                + " holds signing keys already; use them, or generate into another folder");
        System.exit(2);
      }
      generate(Path.of(args[1]));
    } else if (args.length >= 3 && "token".equals(args[0])) {
      ECKey key = ECKey.parse(Files.readString(Path.of(args[1])));
      String audience =
          args.length > 3
              ? args[3]
              : MisSettings.defaultAudience(
                  System.getenv().getOrDefault("LIAISON_SCHOOL_ID", SchoolId.DEFAULT.value()));
      Duration life = Duration.ofMinutes(args.length > 4 ? Long.parseLong(args[4]) : 15);
      System.out.println(token(key, args[2], audience, life));
    } else {
      System.err.println(
          "usage: MisDevKeys generate DIR | MisDevKeys token SIGNING_KEY SUBJECT [AUDIENCE [MINUTES]]");
      System.exit(2);
    }
  }

  static void generate(Path dir) throws IOException, JOSEException {
    Files.createDirectories(dir);
    for (String identity : new String[] {"staff", "directory"}) {
      ECKey pair =
          new ECKeyGenerator(Curve.P_256)
              .algorithm(JWSAlgorithm.ES256)
              .keyUse(KeyUse.SIGNATURE)
              .keyID(identity + "-" + UUID.randomUUID())
              .generate();
      Path signing = dir.resolve(identity + "-signing.jwk");
      try {
        // Owner-only from the first byte: never readable by others, not even for a moment.
        Files.createFile(
            signing,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        // Not a POSIX file system: protect the file by the system's own means.
      }
      Files.writeString(signing, pair.toJSONString());
      Files.writeString(
          dir.resolve(identity + "-verify.jwks"), new JWKSet(pair.toPublicJWK()).toString());
    }
    System.out.println(
        "export LIAISON_MIS_STAFF_KEYS=" + dir.resolve("staff-verify.jwks").toAbsolutePath());
    System.out.println(
        "export LIAISON_MIS_DIRECTORY_KEYS="
            + dir.resolve("directory-verify.jwks").toAbsolutePath());
  }

  static String token(ECKey key, String subject, String audience, Duration life)
      throws JOSEException {
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(life)))
                .build());
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }
}
