package io.github.liaisonsdk.basics;

import java.util.List;

/**
 * The policy does not let this member of staff do or see this. The message and {@link #clauses()} say which
 * clauses decided it; nothing of what was asked for is included.
 */
public class AccessDeniedException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  private final transient List<Clause> clauses;

  /**
   * Creates the exception.
   *
   * @param message what was refused, naming ids and clauses, never content
   * @param clauses the clause ids behind the refusal
   */
  public AccessDeniedException(String message, List<Clause> clauses) {
    super(message + " " + clauses);
    this.clauses = List.copyOf(clauses);
  }

  /**
   * The clauses behind the refusal.
   *
   * @return clause ids
   */
  public List<Clause> clauses() {
    return clauses;
  }
}
