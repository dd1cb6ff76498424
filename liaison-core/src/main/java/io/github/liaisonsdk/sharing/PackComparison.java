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
 */
public record PackComparison(String baseline, String candidate, long checked, long widened, long narrowed,
    List<Counterexample> widenings) {

  /**
   * Copies the list.
   *
   * @param baseline the baseline pack
   * @param candidate the candidate pack
   * @param checked requests compared
   * @param widened requests widened
   * @param narrowed requests narrowed
   * @param widenings the first few widenings
   */
  public PackComparison {
    widenings = List.copyOf(widenings);
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
