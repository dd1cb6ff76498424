package io.github.liaisonsdk.sharing;

import java.util.List;

/**
 * The result of checking one invariant over a pack's whole request space. Value-based and immutable.
 *
 * @param invariant the invariant's name
 * @param pack the pack's id and version
 * @param checked how many requests were checked
 * @param violations how many broke the invariant
 * @param counterexamples the first few that did
 */
public record Verification(
    String invariant,
    String pack,
    long checked,
    long violations,
    List<Counterexample> counterexamples) {

  /**
   * Copies the list.
   *
   * @param invariant the invariant's name
   * @param pack the pack
   * @param checked requests checked
   * @param violations requests that broke it
   * @param counterexamples the first few
   */
  public Verification {
    counterexamples = List.copyOf(counterexamples);
  }

  /**
   * Whether the invariant held for every request.
   *
   * @return {@code true} if no request broke it
   */
  public boolean holds() {
    return violations == 0;
  }
}
