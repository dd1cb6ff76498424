package io.github.liaisonsdk.pupil;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An IEP or EHCP that a pupil has. The plan itself lives in the MIS; this holds its reference and who, beyond the
 * pupil's named liaison persons (LP36-5.1), may read it. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableSupportPlan.class)
@JsonDeserialize(as = ImmutableSupportPlan.class)
public abstract class SupportPlan {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  SupportPlan() {}

  /**
   * The kind of plan.
   *
   * @return IEP or EHCP
   */
  public abstract SupportPlanKind kind();

  /**
   * The MIS's reference of the plan document.
   *
   * @return a reference of 1 to 128 characters
   */
  @NotBlank
  @Size(max = 128)
  public abstract String reference();

  /**
   * Staff who may read the plan besides the pupil's named liaison persons.
   *
   * @return the staff, possibly none
   */
  public abstract Set<StaffId> accessibleTo();

  /**
   * Starts a support plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportPlan}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableSupportPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "SupportPlan").done();
  }
}
