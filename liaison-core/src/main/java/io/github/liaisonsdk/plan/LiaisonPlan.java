package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.lawfulbasis.DataProtectionBasis;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.staff.StaffId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One version of a pupil's liaison plan: the "clear and agreed approach to communication between home and school"
 * of LP36-4. It names who maintains liaison on each side (4a), the method and frequency of routine communication
 * (4b), the emergency call order (4c), how liaison is recorded (4d), the lawful basis (4e) and the topics covered
 * (LP36-5).
 *
 * <p>Plans are versioned: a change is a new version with the next number, approved again. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableLiaisonPlan.class)
@JsonDeserialize(as = ImmutableLiaisonPlan.class)
public abstract class LiaisonPlan {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  LiaisonPlan() {}

  /**
   * The plan's id, the same for every version.
   *
   * @return the id
   */
  public abstract PlanId id();

  /**
   * The version number: 1 for the first, one more for each change.
   *
   * @return at least 1
   */
  @Min(value = 1, message = "must be at least 1")
  public abstract int version();

  /**
   * The pupil the plan is for.
   *
   * @return the pupil's id
   */
  public abstract PupilId pupil();

  /**
   * Where the pupil lives while this version applies (LP36-3); decides the counterparts the plan must name.
   *
   * @return the residence context
   */
  public abstract ResidenceContext residence();

  /**
   * The named school-side persons who maintain liaison, the first being the lead (LP36-4a).
   *
   * @return at least one member of staff, without repeats
   */
  @NotEmpty(message = "[LP36-4a] a plan names at least one school-side liaison person")
  public abstract List<StaffId> schoolSide();

  /**
   * The family-side contacts (LP36-4a), including residence-appropriate counterparts (LP36-3).
   *
   * @return at least one contact
   */
  @NotEmpty(message = "[LP36-4a] a plan names at least one family-side contact")
  public abstract List<FamilyContact> familySide();

  /**
   * Routine communication (LP36-4b).
   *
   * @return method and frequency
   */
  public abstract RoutineArrangement routine();

  /**
   * Whom to call, in order, in an emergency, and how (LP36-4c).
   *
   * @return at least one step
   */
  @NotEmpty(message = "[LP36-4c] a plan has an emergency call order")
  public abstract List<EmergencyCall> emergencyCallOrder();

  /**
   * How liaison is recorded (LP36-4d).
   *
   * @return the recording plan
   */
  public abstract RecordingPlan recording();

  /**
   * The topics liaison covers for this pupil (LP36-5).
   *
   * @return at least one topic
   */
  @NotEmpty(message = "[LP36-5] a plan covers at least one topic")
  public abstract Set<Topic> topics();

  /**
   * The items of the pack's checklist this plan has been checked against (LP36-1): the group's core items and the
   * site's additions. Each must be an item of the pack the plan is approved under, word for word.
   *
   * @return the items confirmed, possibly none
   */
  // Left out of the canonical JSON when empty, so plans written before it existed read and hash as
  // they did.
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract Set<String> checklistConfirmed();

  /**
   * The lawful basis of the liaison (LP36-4e).
   *
   * @return the basis
   */
  public abstract DataProtectionBasis dataProtection();

  /**
   * The first day this version applies.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The last day this version applies, if it has been closed.
   *
   * @return the date, after {@link #effectiveFrom()}
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * When the plan must be reviewed; monitoring reports plans past it.
   *
   * @return the review date, after {@link #effectiveFrom()}
   */
  public abstract LocalDate reviewDue();

  /**
   * Who approved this version (the headteacher is responsible for the arrangements, LP36-4).
   *
   * @return the approver
   */
  public abstract StaffId approvedBy();

  /**
   * When this version was approved.
   *
   * @return the date, not after {@link #effectiveFrom()}
   */
  public abstract LocalDate approvedOn();

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
   * Whether this version applies on a date.
   *
   * @param date the date
   * @return {@code true} if the date is within the effective dates
   */
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(effectiveFrom())
        && effectiveTo().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Whether a member of staff is one of the named school-side persons (LP36-4a, LP36-5.1).
   *
   * @param staff the member of staff
   * @return {@code true} if named
   */
  public boolean names(StaffId staff) {
    return schoolSide().contains(staff);
  }

  /**
   * Finds a family-side contact by id.
   *
   * @param id the contact's id
   * @return the contact, if the plan names it
   */
  public Optional<FamilyContact> familyContact(ContactPersonId id) {
    return familySide().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Starts a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LiaisonPlan}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableLiaisonPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(this, "LiaisonPlan");
    checks.require(
        new HashSet<>(schoolSide()).size() == schoolSide().size(),
        "schoolSide",
        "must not name a person twice",
        Clause.LP36_4A);
    Set<ContactPersonId> contactIds =
        familySide().stream().map(FamilyContact::id).collect(Collectors.toSet());
    checks.require(
        contactIds.size() == familySide().size(),
        "familySide",
        "must not use a contact id twice",
        Clause.LP36_4A);
    for (int i = 0; i < emergencyCallOrder().size(); i++) {
      checks.require(
          contactIds.contains(emergencyCallOrder().get(i).contact()),
          "emergencyCallOrder[" + i + "].contact",
          "must be one of the plan's family-side contacts",
          Clause.LP36_4C);
    }
    Set<Relationship> counterparts = Relationship.counterpartsFor(residence());
    checks.require(
        familySide().stream().anyMatch(c -> counterparts.contains(c.relationship())),
        "familySide",
        "must name a counterpart for the pupil's residence context ("
            + residence()
            + ": one of "
            + counterparts
            + ")",
        Clause.LP36_3);
    checks.require(
        effectiveTo().map(end -> end.isAfter(effectiveFrom())).orElse(true),
        "effectiveTo",
        "must be after effectiveFrom",
        null);
    checks.require(
        reviewDue().isAfter(effectiveFrom()),
        "reviewDue",
        "must be after effectiveFrom",
        Clause.LP36_7);
    checks.require(
        !approvedOn().isAfter(effectiveFrom()),
        "approvedOn",
        "a plan is approved before it takes effect",
        Clause.LP36_4);
    checks.require(
        LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null);
    checks.done();
  }
}
