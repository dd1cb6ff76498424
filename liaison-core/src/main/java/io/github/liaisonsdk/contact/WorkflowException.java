package io.github.liaisonsdk.contact;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;

/**
 * An action the out-of-hours contact workflow does not allow: logging without approval (HSL-8), a second decision
 * on a reviewed case (HSL-7), approving one's own disclosure, a review by someone other than the headteacher.
 * Nothing was changed.
 */
public class WorkflowException extends LiaisonException {
  private static final long serialVersionUID = 1L;

  private final CaseState state;
  private final CaseAction action;
  private final Clause clause;

  /**
   * Creates the exception.
   *
   * @param state the case's state
   * @param action the refused action
   * @param rule why, in plain English
   * @param clause the clause behind the rule
   */
  public WorkflowException(CaseState state, CaseAction action, String rule, Clause clause) {
    super(
        action + " is not allowed on a case that is " + state + ": " + rule + " [" + clause + "]");
    this.state = state;
    this.action = action;
    this.clause = clause;
  }

  /**
   * The case's state when the action was refused.
   *
   * @return the state
   */
  public CaseState state() {
    return state;
  }

  /**
   * The refused action.
   *
   * @return the action
   */
  public CaseAction action() {
    return action;
  }

  /**
   * The clause behind the refusal.
   *
   * @return the clause id
   */
  public Clause clause() {
    return clause;
  }
}
