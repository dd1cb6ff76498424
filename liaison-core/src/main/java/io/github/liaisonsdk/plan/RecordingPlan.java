package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * How all liaison for a pupil is recorded (LP36-4d): where, by whom, and how soon after the contact. Every contact
 * record is checked against it. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableRecordingPlan.class)
@JsonDeserialize(as = ImmutableRecordingPlan.class)
public abstract class RecordingPlan {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  RecordingPlan() {}

  /**
   * Where routine liaison is recorded.
   *
   * @return the record location
   */
  public abstract RecordLocation location();

  /**
   * How many hours after a contact its record must be made.
   *
   * @return 1 to 168 hours
   */
  @Min(value = 1, message = "[LP36-4d] a record is due at least one hour after the contact")
  @Max(value = 168, message = "[LP36-4d] a record is due within a week of the contact")
  public abstract int recordWithinHours();

  /**
   * Whether only the plan's named school-side persons may record liaison.
   *
   * @return {@code true} if only named persons record
   */
  @Value.Default
  public boolean namedPersonsOnly() {
    return true;
  }

  /**
   * Starts a recording plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordingPlan}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableRecordingPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "RecordingPlan")
        .require(
            location() != RecordLocation.LIAISON_FORM,
            "location",
            "routine liaison is not recorded on the restricted out-of-hours liaison form",
            Clause.HSL_8)
        .done();
  }
}
