package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.staff.StaffId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who would receive the information, named as the school's records know them: a member of staff by id, a family
 * contact of the pupil's current liaison plan by id, or a recipient outside the school by kind. The caller never
 * states the recipient's post, relevance or parental responsibility: the library reads them from the records.
 *
 * <p>Exactly one of {@link #staff()}, {@link #familyContact()} and {@link #outside()} is present. Immutable and
 * thread-safe; JSON: {@code {"staff":"T-3"}}, {@code {"familyContact":"mum"}} or
 * {@code {"outside":"LA_SAFEGUARDING_TEAM"}}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableRecipient.class)
@JsonDeserialize(as = ImmutableRecipient.class)
public abstract class Recipient {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Recipient() {}

  /** The recipient kinds a caller may name directly: everyone who is neither staff nor a plan's family contact. */
  private static final Set<RecipientKind> OUTSIDE =
      EnumSet.of(
          RecipientKind.OTHER_GROUP_SERVICE,
          RecipientKind.LA_SAFEGUARDING_TEAM,
          RecipientKind.EXTERNAL_AGENCY,
          RecipientKind.GOVERNORS,
          RecipientKind.PUBLIC);

  /**
   * A member of staff of the school.
   *
   * @return the staff id, when the recipient is staff
   */
  public abstract Optional<StaffId> staff();

  /**
   * A family-side contact named in the pupil's current liaison plan (LP36-4a).
   *
   * @return the contact's id in the plan, when the recipient is family
   */
  public abstract Optional<ContactPersonId> familyContact();

  /**
   * A recipient outside the school and the family.
   *
   * @return the kind: another service of the group, the LA safeguarding team, an external agency, governors or
   *     the public
   */
  public abstract Optional<RecipientKind> outside();

  /**
   * A member of staff.
   *
   * @param id the member of staff
   * @return the recipient
   */
  public static Recipient staff(StaffId id) {
    return Recipient.builder().staff(id).build();
  }

  /**
   * A family contact of the pupil's current plan.
   *
   * @param id the contact's id in the plan
   * @return the recipient
   */
  public static Recipient familyContact(ContactPersonId id) {
    return Recipient.builder().familyContact(id).build();
  }

  /**
   * A recipient outside the school and the family.
   *
   * @param kind another service of the group, the LA safeguarding team, an external agency, governors or the public
   * @return the recipient
   */
  public static Recipient outside(RecipientKind kind) {
    return Recipient.builder().outside(kind).build();
  }

  @Value.Check
  void check() {
    int named =
        (staff().isPresent() ? 1 : 0)
            + (familyContact().isPresent() ? 1 : 0)
            + (outside().isPresent() ? 1 : 0);
    Checks.of(this, "Recipient")
        .require(
            named == 1,
            "recipient",
            "names exactly one of staff, familyContact or outside",
            Clause.HSL_4)
        .require(
            outside().map(OUTSIDE::contains).orElse(true),
            "outside",
            "staff and family are named by id, so their posts and parental responsibility come from the records",
            Clause.HSL_4)
        .done();
  }

  /**
   * Starts a {@link Recipient}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recipient}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableRecipient.Builder {
    Builder() {}
  }
}
