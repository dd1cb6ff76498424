package io.github.liaisonsdk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.liaisonsdk.basics.Clause;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The workflow's state machine, every state against every action. */
class ExternalContactWorkflowTest {

  /** The transitions the policy allows, written out independently of the implementation. */
  private static final Map<CaseState, Map<CaseAction, CaseState>> ALLOWED =
      new EnumMap<>(CaseState.class);

  static {
    ALLOWED.put(
        CaseState.DISCLOSED,
        Map.of(
            CaseAction.APPROVE,
            CaseState.APPROVED,
            CaseAction.APPROVE_WITH_CONDITIONS,
            CaseState.APPROVED_WITH_CONDITIONS,
            CaseAction.DECLINE,
            CaseState.DECLINED,
            CaseAction.WITHDRAW,
            CaseState.WITHDRAWN));
    ALLOWED.put(
        CaseState.APPROVED,
        Map.of(CaseAction.LOG_CONTACT, CaseState.LOGGED, CaseAction.WITHDRAW, CaseState.WITHDRAWN));
    ALLOWED.put(
        CaseState.APPROVED_WITH_CONDITIONS,
        Map.of(CaseAction.LOG_CONTACT, CaseState.LOGGED, CaseAction.WITHDRAW, CaseState.WITHDRAWN));
    ALLOWED.put(
        CaseState.LOGGED,
        Map.of(CaseAction.LOG_CONTACT, CaseState.LOGGED, CaseAction.WITHDRAW, CaseState.WITHDRAWN));
    ALLOWED.put(CaseState.DECLINED, Map.of());
    ALLOWED.put(CaseState.WITHDRAWN, Map.of());
    ALLOWED.put(CaseState.BREACH_RECORDED, Map.of());
  }

  @Test
  @DisplayName(
      "HSL-6, HSL-7, HSL-8: exhaustively, every state x action is allowed exactly as the policy says")
  void everyStateTimesEveryAction() {
    int checked = 0;
    for (CaseState state : CaseState.values()) {
      for (CaseAction action : CaseAction.values()) {
        CaseState expected = ALLOWED.get(state).get(action);
        if (expected != null) {
          assertThat(ExternalContactWorkflow.next(state, action))
              .as(state + " x " + action)
              .isEqualTo(expected);
        } else {
          WorkflowException refused =
              catchThrowableOfType(
                  WorkflowException.class, () -> ExternalContactWorkflow.next(state, action));
          assertThat(refused).as(state + " x " + action).isNotNull();
          assertThat(refused.state()).isEqualTo(state);
          assertThat(refused.action()).isEqualTo(action);
          assertThat(refused.clause()).isIn(Clause.HSL_7, Clause.HSL_8);
          assertThat(ExternalContactWorkflow.allows(state, action)).isFalse();
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(CaseState.values().length * CaseAction.values().length);
  }

  @Test
  @DisplayName(
      "HSL-8: logging is refused before approval, citing HSL-8; a second decision is refused, citing HSL-7")
  void clausesOfRefusals() {
    assertThat(
            catchThrowableOfType(
                    WorkflowException.class,
                    () -> ExternalContactWorkflow.next(CaseState.DISCLOSED, CaseAction.LOG_CONTACT))
                .clause())
        .isEqualTo(Clause.HSL_8);
    assertThat(
            catchThrowableOfType(
                    WorkflowException.class,
                    () -> ExternalContactWorkflow.next(CaseState.APPROVED, CaseAction.DECLINE))
                .clause())
        .isEqualTo(Clause.HSL_7);
    Set<CaseState> closed =
        EnumSet.of(CaseState.DECLINED, CaseState.WITHDRAWN, CaseState.BREACH_RECORDED);
    for (CaseState state : CaseState.values()) {
      assertThat(state.closed()).isEqualTo(closed.contains(state));
    }
  }
}
