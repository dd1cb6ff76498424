package io.github.liaisonsdk.internal;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one value: its Jakarta constraints first, then the cross-field rules that its
 * {@code @Value.Check} adds, and throws them together as one {@link LiaisonValidationException}.
 *
 * <p>Constraint messages may start with a clause id in brackets, {@code "[LP36-4c] ..."}; that id becomes the
 * violation's clause. Messages are interpolated without expression language, so a rejected value can never be
 * echoed into a message.
 */
public final class Checks {

  private static final Pattern CLAUSE_PREFIX =
      Pattern.compile("^\\[([A-Z0-9][A-Za-z0-9.-]*)] (.*)$", Pattern.DOTALL);

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          .buildValidatorFactory()
          .getValidator();

  /** Whether a type declares any Jakarta constraint: most value types do not, and skip the validator. */
  private static final ClassValue<Boolean> CONSTRAINED =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return VALIDATOR.getConstraintsForClass(type).isBeanConstrained();
        }
      };

  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  private Checks(String subject) {
    this.subject = subject;
  }

  /**
   * Starts checking a value, running its Jakarta constraints.
   *
   * @param value the value under construction
   * @param subject the name callers know it by, for example {@code LiaisonPlan}
   * @return the collector, to add cross-field rules to
   */
  public static Checks of(Object value, String subject) {
    Checks checks = new Checks(subject);
    if (!CONSTRAINED.get(value.getClass())) {
      return checks;
    }
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(value);
    found.stream()
        .sorted(
            Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage))
        .forEach(v -> checks.violations.add(toViolation(v)));
    return checks;
  }

  /**
   * Adds a cross-field rule.
   *
   * @param holds whether the rule holds
   * @param path the field path to blame
   * @param rule the rule in plain English
   * @param clause the clause id behind the rule, or {@code null}
   * @return this
   */
  public Checks require(boolean holds, String path, String rule, @Nullable Clause clause) {
    if (!holds) {
      violations.add(new Violation(path, rule, clause));
    }
    return this;
  }

  /**
   * Whether no violation has been found so far: lets later rules skip fields that are already known to be bad.
   *
   * @return {@code true} if everything checked so far holds
   */
  public boolean clean() {
    return violations.isEmpty();
  }

  /** Throws every violation found, if any. */
  public void done() {
    if (!violations.isEmpty()) {
      throw new LiaisonValidationException(subject, violations);
    }
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    String path = v.getPropertyPath().toString();
    Matcher m = CLAUSE_PREFIX.matcher(v.getMessage());
    return m.matches()
        ? new Violation(path, m.group(2), Clause.byId(m.group(1)).orElse(null))
        : new Violation(path, v.getMessage(), null);
  }

  /**
   * A required argument of a use case: refused with the validation exception, naming it, when missing.
   *
   * @param value the argument
   * @param subject the use case or type, for the message
   * @param path the argument's name
   * @param <T> its type
   * @return the argument
   */
  public static <T> T present(@Nullable T value, String subject, String path) {
    if (value == null) {
      throw new LiaisonValidationException(subject, new Violation(path, "is required", null));
    }
    return value;
  }

  /**
   * Required arguments that are arrays or collections: the container and every element present.
   *
   * @param values the elements
   * @param subject the use case or type, for the message
   * @param path the argument's name
   * @param <T> the element type
   * @return the elements, as a list
   */
  public static <T> java.util.List<T> allPresent(
      java.util.@Nullable Collection<? extends @Nullable T> values, String subject, String path) {
    present(values, subject, path);
    java.util.List<T> list = new java.util.ArrayList<>();
    int i = 0;
    for (T value : values) {
      list.add(present(value, subject, path + "[" + i++ + "]"));
    }
    return list;
  }
}
