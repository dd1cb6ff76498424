package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.staff.Designation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who signed a policy, by post ("Acting Headteacher") and, when the document gives it, by name (HSL-11).
 * Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableSignatory.class)
@JsonDeserialize(as = ImmutableSignatory.class)
public abstract class Signatory {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Signatory() {}

  /**
   * The title as the document prints it.
   *
   * @return for example {@code "Acting Headteacher"}
   */
  public abstract String title();

  /**
   * The post the title maps to.
   *
   * @return the designation
   */
  public abstract Designation designation();

  /**
   * The signatory's name, when the document gives it.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * A signatory.
   *
   * @param title the title as printed
   * @param designation the post
   * @return the signatory
   */
  public static Signatory of(String title, Designation designation) {
    return Signatory.builder().title(title).designation(designation).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "Signatory")
        .require(
            Text.label(title(), 200),
            "title",
            "must be 1 to 200 characters on one line",
            Clause.HSL_11)
        .require(
            name().map(n -> Text.label(n, 200)).orElse(true),
            "name",
            "must be 1 to 200 characters on one line",
            Clause.HSL_11)
        .done();
  }

  /**
   * Starts a {@link Signatory}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signatory}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}
