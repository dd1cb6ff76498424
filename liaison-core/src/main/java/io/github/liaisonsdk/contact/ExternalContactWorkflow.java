package io.github.liaisonsdk.contact;

import io.github.liaisonsdk.basics.Clause;

/**
 * The state machine of out-of-hours contact (HSL-6 to HSL-8): disclosed, reviewed by the headteacher (approved,
 * approved with conditions, or declined), then logged each time the contact goes ahead; withdrawn at any time
 * before it closes. A breach is recorded directly in its own closed state.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExternalContactWorkflow {
  private ExternalContactWorkflow() {}

  /**
   * The state an action leads to.
   *
   * @param state the case's state
   * @param action the action
   * @return the next state
   * @throws WorkflowException if the action is not allowed in that state
   */
  public static CaseState next(CaseState state, CaseAction action) {
    if (state.closed()) {
      throw new WorkflowException(state, action, "the case is closed", Clause.HSL_7);
    }
    switch (action) {
      case APPROVE:
      case APPROVE_WITH_CONDITIONS:
      case DECLINE:
        if (state != CaseState.DISCLOSED) {
          throw new WorkflowException(
              state, action, "the headteacher has already decided this case", Clause.HSL_7);
        }
        return action == CaseAction.APPROVE
            ? CaseState.APPROVED
            : action == CaseAction.DECLINE
                ? CaseState.DECLINED
                : CaseState.APPROVED_WITH_CONDITIONS;
      case LOG_CONTACT:
        if (state == CaseState.DISCLOSED) {
          throw new WorkflowException(
              state,
              action,
              "a contact is logged only after the headteacher approved it",
              Clause.HSL_8);
        }
        return CaseState.LOGGED;
      case WITHDRAW:
        return CaseState.WITHDRAWN;
      default:
        throw new AssertionError(action);
    }
  }

  /**
   * Whether an action is allowed in a state.
   *
   * @param state the state
   * @param action the action
   * @return {@code true} if {@link #next} would not throw
   */
  public static boolean allows(CaseState state, CaseAction action) {
    try {
      next(state, action);
      return true;
    } catch (WorkflowException refused) {
      return false;
    }
  }
}
