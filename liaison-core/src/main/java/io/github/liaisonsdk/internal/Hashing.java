package io.github.liaisonsdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash the project uses, as lower-case hex. */
public final class Hashing {
  /** The hash of nothing: the "previous hash" of the first audit event. */
  public static final String GENESIS = "0".repeat(64);

  private static final HexFormat HEX = HexFormat.of();
  // MessageDigest instances are not thread-safe and costly to look up; one per thread is reused.
  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java platform has SHA-256", e);
            }
          });

  private Hashing() {}

  /**
   * Hashes text as UTF-8.
   *
   * @param text the text
   * @return 64 lower-case hex digits
   */
  public static String sha256(String text) {
    MessageDigest digest = DIGEST.get();
    digest.reset();
    return HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether text looks like a SHA-256 hex digest.
   *
   * @param text the text
   * @return {@code true} for 64 lower-case hex digits
   */
  public static boolean isSha256(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
