package io.github.liaisonsdk.examples;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.staff.StaffId;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the bearer tokens of the MIS integration service. Two identities sign tokens, each with its own keys: the
 * MIS's staff sign-in (the subject is the member of staff) and the MIS directory synchronisation (the subject is
 * one configured system id). Which identity a token speaks for follows from the key that verifies it.
 *
 * <p>Every key names its algorithm ({@code alg}) and only that algorithm is accepted with it, so a token cannot
 * choose how it is checked: no {@code alg: none}, no HMAC made with an RSA public key. {@code exp} and {@code aud}
 * are required, {@code nbf} and {@code iat} are honoured, {@code iss} is checked when configured; a small clock skew
 * is allowed. A refusal names the rule, never the token's content.
 *
 * <p>Immutable and thread-safe.
 */
final class BearerTokens {
  /** How far the MIS's clock and ours may disagree. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** Longer than any honest header: refused before parsing. */
  private static final int MAX_TOKEN_LENGTH = 8 * 1024;

  private final List<Verifying> staffKeys;
  private final List<Verifying> directoryKeys;
  private final String audience;
  private final @Nullable String issuer;
  private final String directorySubject;
  private final Clock clock;

  BearerTokens(
      JWKSet staff,
      JWKSet directory,
      String audience,
      @Nullable String issuer,
      String directorySubject,
      Clock clock) {
    this.staffKeys = verifiers(Objects.requireNonNull(staff, "staff keys"), "staff");
    this.directoryKeys =
        verifiers(Objects.requireNonNull(directory, "directory keys"), "directory");
    if (Objects.requireNonNull(audience, "audience").isBlank()) {
      throw new IllegalArgumentException("the audience must not be blank");
    }
    this.audience = audience;
    this.issuer = issuer;
    this.directorySubject = Objects.requireNonNull(directorySubject, "directorySubject");
    this.clock = Objects.requireNonNull(clock, "clock");
    Set<String> staffThumbprints = thumbprints(staff);
    for (String thumbprint : thumbprints(directory)) {
      if (staffThumbprints.contains(thumbprint)) {
        // One key for both would let any staff token speak for the directory, and so write posts.
        throw new IllegalArgumentException(
            "the directory synchronisation's keys must differ from the staff keys");
      }
    }
  }

  /**
   * Who the request's {@code Authorization} header speaks for.
   *
   * @param authorization the header's value, or null when there is none
   * @return the caller
   * @throws TokenRefused naming the rule broken
   */
  Caller authenticate(@Nullable String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw TokenRefused.missing();
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw TokenRefused.because("scheme", "the Authorization header must be: Bearer <JWT>");
    }
    String token = authorization.substring(7).trim();
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw TokenRefused.because("malformed", "the bearer token is empty or too long");
    }
    SignedJWT jwt = signed(token);
    boolean staff = verifies(jwt, staffKeys);
    if (!staff && !verifies(jwt, directoryKeys)) {
      throw TokenRefused.because(
          "signature", "the token is not signed by a configured key with that key's algorithm");
    }
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw TokenRefused.because("claims", "the token's claims are not a valid JWT claims set");
    }
    checkTimes(claims);
    if (!claims.getAudience().contains(audience)) {
      throw TokenRefused.because(
          "audience", "the token's aud must name this service's configured audience");
    }
    if (issuer != null && !issuer.equals(claims.getIssuer())) {
      throw TokenRefused.because("issuer", "the token's iss must be the configured issuer");
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw TokenRefused.because("subject", "the token must name its subject (sub)");
    }
    if (!staff) {
      if (!directorySubject.equals(subject)) {
        throw TokenRefused.because(
            "subject", "a directory key signs only the directory synchronisation's tokens");
      }
      return new Caller.Directory(subject);
    }
    if (directorySubject.equals(subject)) {
      throw TokenRefused.because(
          "subject", "a staff key cannot sign for the directory synchronisation");
    }
    try {
      return new Caller.Staff(StaffId.of(subject));
    } catch (LiaisonValidationException e) {
      throw TokenRefused.because("subject", "the token's sub is not a staff id");
    }
  }

  private static SignedJWT signed(String token) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      // The parser's message may quote the token: never passed on.
      throw TokenRefused.because("malformed", "the bearer token is not a JWT");
    }
    if (jwt instanceof PlainJWT) {
      throw TokenRefused.because("unsigned", "unsigned tokens (alg none) are refused");
    }
    if (!(jwt instanceof SignedJWT)) {
      throw TokenRefused.because("unsigned", "only signed tokens (JWS) are accepted");
    }
    return (SignedJWT) jwt;
  }

  private void checkTimes(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw TokenRefused.because("exp", "the token must carry an expiry (exp)");
    }
    if (now.minus(CLOCK_SKEW).isAfter(exp.toInstant())) {
      throw TokenRefused.because("expired", "the token has expired (exp)");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(CLOCK_SKEW).isBefore(nbf.toInstant())) {
      throw TokenRefused.because("not-yet-valid", "the token is not valid yet (nbf)");
    }
    Date iat = claims.getIssueTime();
    if (iat != null && now.plus(CLOCK_SKEW).isBefore(iat.toInstant())) {
      throw TokenRefused.because("issued-in-future", "the token was issued in the future (iat)");
    }
  }

  private static boolean verifies(SignedJWT jwt, List<Verifying> keys) {
    JWSHeader header = jwt.getHeader();
    for (Verifying key : keys) {
      // Only the key's own algorithm, whatever the header claims; the key id, when given, must
      // match.
      if (!key.algorithm.equals(header.getAlgorithm())
          || header.getKeyID() != null && !header.getKeyID().equals(key.keyId)) {
        continue;
      }
      try {
        if (jwt.verify(key.verifier)) {
          return true;
        }
      } catch (JOSEException | IllegalStateException e) {
        // A token this key cannot check: try the next.
      }
    }
    return false;
  }

  private static List<Verifying> verifiers(JWKSet set, String identity) {
    if (set.getKeys().isEmpty()) {
      throw new IllegalArgumentException("no " + identity + " key is configured");
    }
    List<Verifying> keys = new ArrayList<>();
    for (JWK key : set.getKeys()) {
      if (key.getAlgorithm() == null) {
        throw new IllegalArgumentException(
            "every " + identity + " key names its algorithm (alg), such as ES256");
      }
      JWSAlgorithm algorithm = JWSAlgorithm.parse(key.getAlgorithm().getName());
      try {
        keys.add(new Verifying(algorithm, key.getKeyID(), verifier(key, algorithm, identity)));
      } catch (JOSEException e) {
        throw new IllegalArgumentException(
            "a " + identity + " key cannot verify " + algorithm + " signatures", e);
      }
    }
    return List.copyOf(keys);
  }

  private static JWSVerifier verifier(JWK key, JWSAlgorithm algorithm, String identity)
      throws JOSEException {
    if (key instanceof OctetSequenceKey && JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
      int bits = Integer.parseInt(algorithm.getName().substring(2));
      if (key.size() < bits) {
        throw new IllegalArgumentException(
            "a " + identity + " " + algorithm + " secret needs at least " + bits + " bits");
      }
      return new MACVerifier((OctetSequenceKey) key);
    }
    if (key instanceof RSAKey && JWSAlgorithm.Family.RSA.contains(algorithm)) {
      if (key.size() < 2048) {
        throw new IllegalArgumentException("a " + identity + " RSA key needs at least 2048 bits");
      }
      return new RSASSAVerifier(((RSAKey) key).toPublicJWK());
    }
    if (key instanceof ECKey
        && JWSAlgorithm.Family.EC.contains(algorithm)
        && Curve.forJWSAlgorithm(algorithm).contains(((ECKey) key).getCurve())) {
      return new ECDSAVerifier(((ECKey) key).toPublicJWK());
    }
    throw new IllegalArgumentException(
        "a "
            + identity
            + " key's type does not fit its algorithm "
            + algorithm
            + " (HS256/384/512 for secrets, RS/PS for RSA, ES256/384/512 for EC keys on their curve)");
  }

  private static Set<String> thumbprints(JWKSet set) {
    Set<String> thumbprints = new HashSet<>();
    for (JWK key : set.getKeys()) {
      try {
        // The public part's thumbprint: a private and a public copy of one key pair match.
        JWK visible =
            key.isPrivate() && !(key instanceof OctetSequenceKey) ? key.toPublicJWK() : key;
        thumbprints.add(visible.computeThumbprint().toString());
      } catch (JOSEException e) {
        throw new IllegalArgumentException("a key's thumbprint cannot be computed", e);
      }
    }
    return thumbprints;
  }

  private record Verifying(JWSAlgorithm algorithm, @Nullable String keyId, JWSVerifier verifier) {}
}
