package io.github.liaisonsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.staff.StaffId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Log injection: identifiers are the only values of other systems that reach a log line, so they refuse every
 * character that could forge or disguise a line, and everything logged goes through {@link LogSafe} as well.
 */
class LogInjectionTest {
  private static final String FORGED =
      "2026-11-24 [main] INFO io.github.liaisonsdk.Liaison - PERMIT";

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "000A", "000D", "001B", "0085", "2028", "2029", "202E", "2066", "200B", "FEFF", "00AD"
      })
  @DisplayName(
      "HSL-9: identifiers refuse line breaks, separators and bidirectional overrides, without echoing them")
  void identifiersRefuseLineForgingCharacters(String hex) {
    String hostile = "UPN-1" + Character.toString(Integer.parseInt(hex, 16)) + FORGED;
    List<Function<String, ?>> ids = List.of(PupilId::of, StaffId::of, ContactRecordId::of);
    for (Function<String, ?> id : ids) {
      LiaisonValidationException e =
          catchThrowableOfType(LiaisonValidationException.class, () -> id.apply(hostile));
      assertThat(e).as("U+" + hex).isNotNull();
      assertThat(e.violations())
          .singleElement()
          .satisfies(v -> assertThat(v.path()).isEqualTo("value"));
      assertThat(e.getMessage()).doesNotContain(FORGED);
    }
  }

  @Test
  @DisplayName(
      "identifiers keep ordinary Unicode: accents, scripts and emoji are not log-forging characters")
  void ordinaryUnicodeIdentifiersAreKept() {
    assertThat(PupilId.of("Zoë-Ōkubo-🦊").value()).isEqualTo("Zoë-Ōkubo-🦊");
    assertThat(StaffId.of("معلم-7").value()).isEqualTo("معلم-7");
  }

  @Test
  @DisplayName(
      "LogSafe shows every line-breaking, control and format character as an escape on one line")
  void logSafeEscapes() {
    String hostile = "a\nb\rc\u001bd\u0085e\u2028f\u2029g\u202Eh\u200Bi\ud800j";
    String safe = LogSafe.of(hostile);
    assertThat(safe)
        .isEqualTo("a\\u000ab\\u000dc\\u001bd\\u0085e\\u2028f\\u2029g\\u202eh\\u200bi\\ud800j");
    assertThat(safe.chars())
        .allSatisfy(
            c ->
                assertThat(
                        Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.SURROGATE)
                    .isFalse());
  }

  @Test
  @DisplayName(
      "LogSafe leaves ordinary values alone, keeps surrogate pairs, and shows null as null")
  void logSafeKeepsOrdinaryValues() {
    assertThat(LogSafe.of("UPN-123")).isSameAs("UPN-123");
    assertThat(LogSafe.of("fox 🦊 Zoë")).isEqualTo("fox 🦊 Zoë");
    assertThat(LogSafe.of(null)).isEqualTo("null");
    assertThat(LogSafe.of(42)).isEqualTo("42");
  }

  @Test
  @DisplayName(
      "LogSafe cuts long values short, saying how long they were, so one value cannot flood a log")
  void logSafeTruncates() {
    String safe = LogSafe.of("x".repeat(10_000));
    assertThat(safe).startsWith("x".repeat(LogSafe.MAX_LENGTH)).endsWith("…(10000 chars)");
    assertThat(safe.length()).isLessThan(LogSafe.MAX_LENGTH + 20);
    assertThat(LogSafe.of("y".repeat(LogSafe.MAX_LENGTH)))
        .isEqualTo("y".repeat(LogSafe.MAX_LENGTH));
    assertThat(LogSafe.of("\n".repeat(LogSafe.MAX_LENGTH + 1)))
        .startsWith("\\u000a")
        .endsWith("…(161 chars)");
  }
}
