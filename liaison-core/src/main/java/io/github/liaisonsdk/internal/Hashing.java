package io.github.liaisonsdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash the project uses, as lower-case hex. */
public final class Hashing {
  /** The hash of nothing: the "previous hash" of the first audit event. */
  public static final String GENESIS = "0".repeat(64);

  private Hashing() {}

  /**
   * Hashes text as UTF-8.
   *
   * @param text the text
   * @return 64 lower-case hex digits
   */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Whether text looks like a SHA-256 hex digest.
   *
   * @param text the text
   * @return {@code true} for 64 lower-case hex digits
   */
  public static boolean isSha256(String text) {
    return text != null && text.matches("[0-9a-f]{64}");
  }
}
