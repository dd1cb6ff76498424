package io.github.liaisonsdk.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A family-side counterpart named in a liaison plan (LP36-4a): a parent or carer, or, where the pupil does not live
 * with their family, the residential counterpart such as a children's home key worker (LP36-3).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableFamilyContact.class)
@JsonDeserialize(as = ImmutableFamilyContact.class)
public abstract class FamilyContact {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  FamilyContact() {}

  /**
   * The contact's id within the plan, which emergency call orders and contact records refer to.
   *
   * @return the id
   */
  public abstract ContactPersonId id();

  /**
   * Who the contact is to the pupil.
   *
   * @return the relationship
   */
  public abstract Relationship relationship();

  /**
   * Whether the contact holds parental responsibility, which decides what they may be told.
   *
   * @return {@code true} if they do
   */
  public abstract boolean parentalResponsibility();

  /**
   * The methods by which the contact can be reached.
   *
   * @return at least one method
   */
  @NotEmpty(message = "[LP36-4b] a contact must be reachable by at least one method")
  public abstract Set<ContactMethod> reachableBy();

  /**
   * A name to show people, when the MIS shares one.
   *
   * @return the display name, at most 200 characters
   */
  public abstract Optional<String> displayName();

  /**
   * Starts a family contact.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FamilyContact}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableFamilyContact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "FamilyContact")
        .require(
            !(parentalResponsibility() && relationship().isProfessional()),
            "parentalResponsibility",
            "a professional counterpart does not hold parental responsibility",
            Clause.LP36_3)
        .require(
            displayName().map(n -> Text.label(n, 200)).orElse(true),
            "displayName",
            "must be 1 to 200 characters on one line, without control characters",
            null)
        .done();
  }
}
