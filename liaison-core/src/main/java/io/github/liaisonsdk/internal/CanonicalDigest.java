package io.github.liaisonsdk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a sequence of length-prefixed fields ({@code <length>:<value>;}, the length in UTF-16 units),
 * computed without building the canonical string: fields are written as UTF-8 into a buffer the thread reuses.
 * The digest is identical to {@link Hashing#sha256} of the concatenated canonical string, so hashes written by
 * earlier releases still verify.
 *
 * <p>Not thread-safe: take one with {@link #start()} and finish it on the same thread.
 */
public final class CanonicalDigest {
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<CanonicalDigest> PER_THREAD =
      ThreadLocal.withInitial(CanonicalDigest::new);

  private final MessageDigest digest;
  private byte[] buffer = new byte[1_024];
  private int length;

  private CanonicalDigest() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * This thread's digest, emptied.
   *
   * @return the digest, ready for fields
   */
  public static CanonicalDigest start() {
    CanonicalDigest current = PER_THREAD.get();
    current.length = 0;
    return current;
  }

  /**
   * Adds one field.
   *
   * @param value the field's value
   * @return this
   */
  public CanonicalDigest field(String value) {
    ascii(Integer.toString(value.length()));
    put((byte) ':');
    utf8(value);
    put((byte) ';');
    return this;
  }

  /**
   * Adds one numeric field.
   *
   * @param value the number
   * @return this
   */
  public CanonicalDigest field(long value) {
    return field(Long.toString(value));
  }

  /**
   * The digest of the fields added.
   *
   * @return 64 lower-case hex digits
   */
  public String finish() {
    digest.reset();
    digest.update(buffer, 0, length);
    return HEX.formatHex(digest.digest());
  }

  private void ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      put((byte) text.charAt(i));
    }
  }

  private void utf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void put(byte b) {
    if (length == buffer.length) {
      ensure(1);
    }
    buffer[length++] = b;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      byte[] bigger = new byte[Math.max(buffer.length * 2, length + more)];
      System.arraycopy(buffer, 0, bigger, 0, length);
      buffer = bigger;
    }
  }
}
