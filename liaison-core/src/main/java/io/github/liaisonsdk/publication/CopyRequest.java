package io.github.liaisonsdk.publication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Ids;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.staff.StaffId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A request for a copy of the policy by a governor, a parent or another interested party (HSL-10): who asked, when,
 * and exactly which version they were given.
 *
 * <p>Immutable and thread-safe; the facade builds it ({@code Publication#recordCopyRequest}).
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableCopyRequest.class)
@JsonDeserialize(as = ImmutableCopyRequest.class)
public abstract class CopyRequest {
  /** The longest requester name kept. */
  public static final int MAX_NAME = 200;

  /** Only the generated implementation extends it. */
  CopyRequest() {}

  /**
   * The request's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Who asked, as they gave their name (one line; personal data, never logged).
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String requester();

  /**
   * What kind of requester.
   *
   * @return governor, parent, stakeholder or interested party
   */
  public abstract RequesterKind requesterKind();

  /**
   * When they asked.
   *
   * @return the instant
   */
  public abstract Instant requestedAt();

  /**
   * The version they were given: the one in force when they asked.
   *
   * @return the version
   */
  public abstract PolicyVersion version();

  /**
   * The member of staff who recorded the request.
   *
   * @return who recorded it
   */
  public abstract StaffId recordedBy();

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
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CopyRequest}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableCopyRequest.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Ids.check(id(), "CopyRequest.id");
    Checks.of(this, "CopyRequest")
        .require(
            Text.label(requester(), MAX_NAME),
            "requester",
            "names who asked on one line of at most " + MAX_NAME + " characters",
            Clause.HSL_10)
        .require(
            LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null)
        .done();
  }
}
