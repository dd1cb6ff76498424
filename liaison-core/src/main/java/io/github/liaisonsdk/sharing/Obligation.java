package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.basics.Clause;
import java.util.Objects;

/**
 * Something that must be done when a decision is acted on, and the clause that requires it. Value-based and
 * immutable.
 *
 * @param kind what must be done
 * @param clause the clause id that requires it
 * @param detail the specifics, such as the log to record in or the posts to restrict to
 */
public record Obligation(ObligationKind kind, Clause clause, String detail) {

  /**
   * Checks the components.
   *
   * @param kind what must be done
   * @param clause the clause id
   * @param detail the specifics
   */
  public Obligation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return kind + " [" + clause + "]: " + detail;
  }
}
