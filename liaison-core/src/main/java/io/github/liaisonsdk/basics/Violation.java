package io.github.liaisonsdk.basics;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: where it broke (a field path such as {@code familySide[0].relationship}), which rule, and the
 * policy clause behind the rule when there is one.
 *
 * <p>A violation never carries the offending value: it may be confidential. Value-based and immutable.
 *
 * @param path the field path within the object or document being checked; never {@code null}
 * @param rule what the rule requires, in plain English; never {@code null}
 * @param clause the clause id from the seed policies (for example {@code LP36-4c}), or {@code null} when the rule
 *     is a technical one
 */
public record Violation(String path, String rule, @Nullable Clause clause) {

  /**
   * Checks the components.
   *
   * @param path the field path
   * @param rule the rule in plain English
   * @param clause the clause id, or {@code null}
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A violation of a technical rule that no policy clause stands behind.
   *
   * @param path the field path
   * @param rule the rule in plain English
   * @return the violation
   */
  public static Violation of(String path, String rule) {
    return new Violation(path, rule, null);
  }

  /**
   * A violation of a rule that a policy clause stands behind.
   *
   * @param path the field path
   * @param rule the rule in plain English
   * @param clause the clause id
   * @return the violation
   */
  public static Violation of(String path, String rule, Clause clause) {
    return new Violation(path, rule, Objects.requireNonNull(clause, "clause"));
  }

  /**
   * The clause behind the rule.
   *
   * @return the clause id, if a clause stands behind the rule
   */
  public Optional<String> clauseId() {
    return Optional.ofNullable(clause).map(Clause::id);
  }

  @Override
  public String toString() {
    return clause == null ? path + ": " + rule : path + ": " + rule + " [" + clause + "]";
  }
}
