package io.github.liaisonsdk.sharing;

import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A property every decision of a pack must have, stated over the request's facts and the decision. Checked for
 * every request in a pack's finite request space by {@link PolicyVerifier}.
 *
 * <p>Implementations must be pure and thread-safe.
 */
public interface Invariant {

  /**
   * A name that says what the invariant asserts, with the clause behind it.
   *
   * @return the name
   */
  String name();

  /**
   * Whether the decision on the request has the property.
   *
   * @param request the request's facts
   * @param decision the pack's decision
   * @return {@code true} if it holds
   */
  boolean holds(RequestFacts request, Decision decision);

  /**
   * An invariant from a predicate.
   *
   * @param name what it asserts
   * @param predicate the property
   * @return the invariant
   */
  static Invariant of(String name, BiPredicate<RequestFacts, Decision> predicate) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(predicate, "predicate");
    return new Invariant() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean holds(RequestFacts request, Decision decision) {
        return predicate.test(request, decision);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
