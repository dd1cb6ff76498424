package io.github.liaisonsdk.basics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bad input: a builder, a JSON document, a policy pack or a request broke one or more rules.
 *
 * <p>Lists every violation found, each with its field path, the rule and, where a policy clause stands behind the
 * rule, the clause id. Neither the message nor the violations ever echo the rejected value, so the exception is
 * safe to log even when the input held confidential text. Nothing is stored when this is thrown.
 */
public class LiaisonValidationException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile(
          "Cannot build (\\w+), some of required attributes? (?:is|are) not set \\[(.*)]");

  private final transient List<Violation> violations;

  /**
   * Creates the exception from the violations found.
   *
   * @param subject what was being checked, for example {@code LiaisonPlan}
   * @param violations at least one violation
   */
  public LiaisonValidationException(String subject, Collection<Violation> violations) {
    super(message(subject, violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for one violation.
   *
   * @param subject what was being checked
   * @param violation the violation
   */
  public LiaisonValidationException(String subject, Violation violation) {
    this(subject, List.of(violation));
  }

  /**
   * Used by generated builders when a mandatory attribute is missing or a {@code null} is passed. The message of
   * those builders names attributes only, never values.
   *
   * @param generatedMessage the message the generated code composed
   */
  public LiaisonValidationException(String generatedMessage) {
    this("value", fromGenerated(generatedMessage));
  }

  /**
   * Every violation found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Whether any violation cites the given clause.
   *
   * @param clause a clause such as {@link Clause#LP36_4C}
   * @return {@code true} if a violation cites it
   */
  public boolean cites(Clause clause) {
    return violations.stream().anyMatch(v -> clause == v.clause());
  }

  private static String message(String subject, Collection<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    return "Invalid "
        + subject
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  private static List<Violation> fromGenerated(String generatedMessage) {
    Matcher missing = MISSING_ATTRIBUTES.matcher(generatedMessage == null ? "" : generatedMessage);
    List<Violation> found = new ArrayList<>();
    if (missing.find()) {
      for (String attribute : missing.group(2).split(",\\s*")) {
        found.add(Violation.of(attribute.trim(), "is required"));
      }
    } else if (generatedMessage != null && generatedMessage.matches("[\\w.\\[\\]]+")) {
      // Generated null checks pass the attribute (or element) name alone.
      found.add(Violation.of(generatedMessage, "must not be null"));
    } else {
      found.add(Violation.of("value", "is incomplete or contains null"));
    }
    return found;
  }
}
