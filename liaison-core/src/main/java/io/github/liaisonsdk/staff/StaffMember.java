package io.github.liaisonsdk.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of staff as the policies see them: the posts they hold and who manages them (HSL-4 routes
 * consultation to the line manager). A person may hold several posts, such as an assistant headteacher who is
 * also the designated safeguarding lead.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableStaffMember.class)
@JsonDeserialize(as = ImmutableStaffMember.class)
public abstract class StaffMember {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  StaffMember() {}

  /**
   * The MIS's id of the member of staff.
   *
   * @return the id
   */
  public abstract StaffId id();

  /**
   * The posts held.
   *
   * @return at least one designation
   */
  @NotEmpty(message = "[HSL-2] every member of staff holds at least one post")
  public abstract Set<Designation> designations();

  /**
   * The line manager, whom HSL-4 says to consult before sharing confidential information inside school.
   *
   * @return the line manager, if the member of staff has one
   */
  public abstract Optional<StaffId> lineManager();

  /**
   * A name to show people, when the MIS shares one.
   *
   * @return the display name, at most 200 characters
   */
  public abstract Optional<String> displayName();

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
   * Whether the member of staff holds a post.
   *
   * @param designation the post
   * @return {@code true} if held
   */
  public boolean holds(Designation designation) {
    return designations().contains(designation);
  }

  /**
   * Starts a member of staff.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffMember}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableStaffMember.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "StaffMember")
        .require(
            !lineManager().map(id()::equals).orElse(false),
            "lineManager",
            "must not be the member of staff themselves",
            Clause.HSL_4)
        .require(
            displayName().map(n -> Text.label(n, 200)).orElse(true),
            "displayName",
            "must be 1 to 200 characters on one line, without control characters",
            null)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
