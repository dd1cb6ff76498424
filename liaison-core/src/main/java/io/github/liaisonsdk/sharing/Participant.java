package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Text;

/**
 * Someone involved in a safeguarding sharing decision, by name and designation (LP36-6.3). Value-based and
 * immutable.
 *
 * @param name the person's name, 1 to 200 characters on one line
 * @param designation their designation as they hold it, 1 to 200 characters on one line
 */
public record Participant(String name, String designation) {

  /**
   * Checks both are recorded.
   *
   * @param name the name
   * @param designation the designation
   */
  public Participant {
    if (!Text.label(name, 200) || !Text.label(designation, 200)) {
      throw new LiaisonValidationException(
          "Participant",
          Violation.of(
              Text.label(name, 200) ? "designation" : "name",
              "the names and designations of those involved in the decision are recorded",
              Clause.LP36_6_3));
    }
  }
}
