package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.basics.Clause;
import java.util.List;
import java.util.Optional;

/**
 * A recorded decision answered again (the accountability question "was this share right when it was made?"): under
 * the pack version in force when it was taken, found by the content hash its audit event names, and under the pack
 * in force today, each compared with what was recorded. Value-based and immutable.
 *
 * @param sequence the decision's audit event
 * @param recordedOutcome the outcome recorded then
 * @param recordedClauses the clauses recorded then
 * @param packThen the pack version it was taken under, {@code id@version}
 * @param underPackThen the decision again under that version, if this school still holds it
 * @param reproduced whether that answer has the recorded outcome, clauses and explanation
 * @param underToday the decision on the same facts under today's pack
 * @param sameToday whether today's answer has the recorded outcome and clauses
 * @param why in plain English: reproduced or not, and what changed since
 */
public record DecisionReplay(
    long sequence,
    Outcome recordedOutcome,
    List<Clause> recordedClauses,
    String packThen,
    Optional<Decision> underPackThen,
    boolean reproduced,
    Decision underToday,
    boolean sameToday,
    String why) {

  /**
   * Copies the list.
   *
   * @param sequence the event
   * @param recordedOutcome the outcome then
   * @param recordedClauses the clauses then
   * @param packThen the pack then
   * @param underPackThen the answer again under it
   * @param reproduced whether it reproduces the record
   * @param underToday the answer under today's pack
   * @param sameToday whether today's agrees
   * @param why the explanation
   */
  public DecisionReplay {
    recordedClauses = List.copyOf(recordedClauses);
  }
}
