package io.github.liaisonsdk.pupil;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What Liaison SDK keeps about a pupil: a reference to the MIS's record, never a copy of it. The residence context
 * decides who the family-side counterparts are (LP36-3); the services the child is involved in decide whether
 * safeguarding information would travel beyond the child's own service (LP36-6.1).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutablePupil.class)
@JsonDeserialize(as = ImmutablePupil.class)
public abstract class Pupil {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Pupil() {}

  /**
   * The MIS's id of the pupil.
   *
   * @return the id
   */
  public abstract PupilId id();

  /**
   * Where the pupil lives (LP36-3).
   *
   * @return the residence context
   */
  public abstract ResidenceContext residence();

  /**
   * Date of birth, which retention periods count from (LP36-4e).
   *
   * @return the date of birth, if the MIS shares it
   */
  public abstract Optional<LocalDate> dateOfBirth();

  /**
   * The group service the child belongs to: the school or college that runs this liaison.
   *
   * @return the home service
   */
  public abstract ServiceId homeService();

  /**
   * Other services of the same group the child is involved in, such as the children's home they live in.
   *
   * @return the other services, possibly none; never the home service
   */
  public abstract Set<ServiceId> otherServices();

  /**
   * The IEPs and EHCPs the pupil has (LP36-5.1).
   *
   * @return the support plans, possibly none
   */
  public abstract List<SupportPlan> supportPlans();

  /**
   * Whether the MIS flags the pupil as at risk of failure (of underachieving or leaving education), whose
   * participation LP36-2 asks to be reported apart. The flag is the MIS's: the library does not judge it.
   *
   * @return true if flagged; false if not, or if the MIS sends no flag
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean atRiskOfFailure() {
    return false;
  }

  /**
   * The version of the JSON form this value was written in.
   *
   * @return the schema version
   */
  @Value.Default
  public int schemaVersion() {
    return LiaisonJson.SCHEMA_VERSION;
  }

  /**
   * Whether the child is involved in group services beyond their own, the condition of LP36-6.1.
   *
   * @return {@code true} if there is at least one other service
   */
  public boolean involvedInOtherServices() {
    return !otherServices().isEmpty();
  }

  /**
   * Starts a pupil.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pupil}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutablePupil.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "Pupil")
        .require(
            !otherServices().contains(homeService()),
            "otherServices",
            "must not contain the home service",
            Clause.LP36_6_1)
        .require(
            dateOfBirth().map(d -> d.getYear() >= 1900).orElse(true),
            "dateOfBirth",
            "must be a plausible date of birth",
            null)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
