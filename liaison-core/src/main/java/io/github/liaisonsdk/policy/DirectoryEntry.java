package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a pack's contact directory (LP36-A): the first aiders and drivers of Appendix A, the contact details
 * of Appendix B. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableDirectoryEntry.class)
@JsonDeserialize(as = ImmutableDirectoryEntry.class)
public abstract class DirectoryEntry {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  DirectoryEntry() {}

  /**
   * The role of the Local Authority safeguarding team contact whom LP36-6.1 has consulted: the LA's safeguarding
   * (children's services) contact, not the Local Authority Designated Officer, who handles allegations against staff.
   */
  public static final String LA_SAFEGUARDING_TEAM = "LA safeguarding team";

  /**
   * What the entry is, such as "First aider" or "LA safeguarding team".
   *
   * @return 1 to 200 characters
   */
  public abstract String role();

  /**
   * Who or which office.
   *
   * @return 1 to 200 characters
   */
  public abstract String name();

  /**
   * A telephone number.
   *
   * @return the number, if listed
   */
  public abstract Optional<String> telephone();

  /**
   * An email address.
   *
   * @return the address, if listed
   */
  public abstract Optional<String> email();

  /**
   * Whether the entry is a placeholder the school completes: the policy names the entry but leaves it blank (its
   * appendices list no names), so the pack ships the role without inventing who fills it.
   *
   * @return true for a placeholder
   */
  @Value.Default
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
  public boolean placeholder() {
    return false;
  }

  /**
   * A directory entry.
   *
   * @param role what the entry is
   * @param name who
   * @return the entry
   */
  public static DirectoryEntry of(String role, String name) {
    return DirectoryEntry.builder().role(role).name(name).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "DirectoryEntry")
        .require(
            Text.label(role(), 200),
            "role",
            "must be 1 to 200 characters on one line",
            Clause.LP36_A)
        .require(
            Text.label(name(), 200),
            "name",
            "must be 1 to 200 characters on one line",
            Clause.LP36_A)
        .require(
            telephone().map(t -> t.matches("[+0-9 ()-]{3,30}")).orElse(true),
            "telephone",
            "must be 3 to 30 digits, spaces, brackets, dashes or a leading +",
            Clause.LP36_A)
        .require(
            email().map(e -> Text.label(e, 254) && e.matches("[^@\\s]+@[^@\\s]+")).orElse(true),
            "email",
            "must be an email address",
            Clause.LP36_A)
        .done();
  }

  /**
   * Starts a {@link DirectoryEntry}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectoryEntry}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableDirectoryEntry.Builder {
    Builder() {}
  }
}
