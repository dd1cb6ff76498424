package io.github.liaisonsdk.sharing;

import java.util.List;

/**
 * How a candidate pack decides compared with a baseline, over the whole request space: where it is more
 * permissive (DENY to CONSULT or PERMIT, CONSULT to PERMIT) and where it is stricter. A site pack that only narrows
 * its group pack has no widenings (LP36-1). Value-based and immutable.
 *
 * @param baseline the baseline pack
 * @param candidate the candidate pack
 * @param checked how many requests were compared
 * @param widened how many the candidate treats more permissively
 * @param narrowed how many it treats more strictly
 * @param widenings the first few widenings, as counterexamples
 * @param opened every kind of request the candidate newly allows or allows further, with an example each
 * @param closed every kind of request the candidate newly forbids or holds back further, with an example each
 */
public record PackComparison(
    String baseline,
    String candidate,
    long checked,
    long widened,
    long narrowed,
    List<Counterexample> widenings,
    List<PackChange> opened,
    List<PackChange> closed) {

  /**
   * Copies the list.
   *
   * @param baseline the baseline pack
   * @param candidate the candidate pack
   * @param checked requests compared
   * @param widened requests widened
   * @param narrowed requests narrowed
   * @param widenings the first few widenings
   * @param opened the kinds of request opened
   * @param closed the kinds of request closed
   */
  public PackComparison {
    widenings = List.copyOf(widenings);
    opened = List.copyOf(opened);
    closed = List.copyOf(closed);
  }

  /**
   * Whether the candidate never allows more than the baseline.
   *
   * @return {@code true} if nothing was widened
   */
  public boolean onlyNarrows() {
    return widened == 0;
  }
}
