package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.internal.LiaisonStyle;
import org.immutables.value.Value;

/**
 * The method and frequency of routine communication (LP36-4b). Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableRoutineArrangement.class)
@JsonDeserialize(as = ImmutableRoutineArrangement.class)
public abstract class RoutineArrangement {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  RoutineArrangement() {}

  /**
   * How routine communication happens.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract ContactMethod method();

  /**
   * How often routine communication happens.
   *
   * @return the frequency
   */
  @Value.Parameter
  public abstract Frequency frequency();

  /**
   * A routine arrangement.
   *
   * @param method how
   * @param frequency how often
   * @return the arrangement
   */
  public static RoutineArrangement of(ContactMethod method, Frequency frequency) {
    return ImmutableRoutineArrangement.of(method, frequency);
  }

  /**
   * Starts a {@link RoutineArrangement}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutineArrangement}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableRoutineArrangement.Builder {
    Builder() {}
  }
}
