package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import org.immutables.value.Value;

/**
 * One step of a plan's emergency call order (LP36-4c): whom to reach, and how. The method must reach a person at
 * once: a letter, an email or a text message alone is refused. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableEmergencyCall.class)
@JsonDeserialize(as = ImmutableEmergencyCall.class)
public abstract class EmergencyCall {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  EmergencyCall() {}

  /**
   * The family-side contact to reach.
   *
   * @return the contact's id within the plan
   */
  @Value.Parameter
  public abstract ContactPersonId contact();

  /**
   * How to reach them.
   *
   * @return a method that reaches a person at once
   */
  @Value.Parameter
  public abstract ContactMethod method();

  /**
   * One step of an emergency call order.
   *
   * @param contact whom to reach
   * @param method how
   * @return the step
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the method does not reach a person at once
   */
  public static EmergencyCall of(ContactPersonId contact, ContactMethod method) {
    return ImmutableEmergencyCall.of(contact, method);
  }

  @Value.Check
  void check() {
    Checks.of(this, "EmergencyCall")
        .require(
            method().reachesPersonAtOnce(),
            "method",
            "an emergency method must reach a person at once (in person, telephone or video call)",
            Clause.LP36_4C)
        .done();
  }

  /**
   * Starts a {@link EmergencyCall}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EmergencyCall}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableEmergencyCall.Builder {
    Builder() {}
  }
}
