package io.github.liaisonsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link LiaisonValidationException}: which path, which clause, and no confidential text. */
public final class Violations {
  private Violations() {}

  /**
   * Runs the code, expects a validation exception with a violation at the path citing the clause, and checks the
   * marker text is not in the message.
   */
  public static LiaisonValidationException expectViolation(
      ThrowingCallable code, String path, String clause) {
    LiaisonValidationException e = catchThrowableOfType(LiaisonValidationException.class, code);
    assertThat(e).as("expected a LiaisonValidationException").isNotNull();
    assertThat(e.violations())
        .as(e.getMessage())
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.clauseId().orElse(null)).isEqualTo(clause);
            });
    assertThat(e.getMessage()).doesNotContain(Fixtures.MARKER);
    for (Violation v : e.violations()) {
      assertThat(v.toString()).doesNotContain(Fixtures.MARKER);
    }
    return e;
  }
}
