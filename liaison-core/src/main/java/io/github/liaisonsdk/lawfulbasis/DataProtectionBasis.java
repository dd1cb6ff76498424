package io.github.liaisonsdk.lawfulbasis;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why processing is lawful (LP36-4e): the Article 6 basis and, for special category data such as SEN details, the
 * Article 9 condition. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableDataProtectionBasis.class)
@JsonDeserialize(as = ImmutableDataProtectionBasis.class)
public abstract class DataProtectionBasis {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  DataProtectionBasis() {}

  /**
   * The UK GDPR Article 6 basis.
   *
   * @return the lawful basis
   */
  public abstract LawfulBasis lawfulBasis();

  /**
   * The Article 9 condition, needed when special category data is processed.
   *
   * @return the condition, if special category data is involved
   */
  public abstract Optional<SpecialCategoryCondition> specialCategoryCondition();

  /**
   * The privacy notice families were given, by reference.
   *
   * @return the reference, at most 200 characters
   */
  public abstract Optional<String> privacyNotice();

  /**
   * Starts a basis.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataProtectionBasis}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableDataProtectionBasis.Builder {
    Builder() {}
  }

  /**
   * The usual basis of a school's liaison: public task, with the safeguarding condition for special category data.
   *
   * @return that basis
   */
  public static DataProtectionBasis publicTask() {
    return builder()
        .lawfulBasis(LawfulBasis.PUBLIC_TASK)
        .specialCategoryCondition(
            SpecialCategoryCondition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK)
        .build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "DataProtectionBasis")
        .require(
            privacyNotice().map(n -> Text.label(n, 200)).orElse(true),
            "privacyNotice",
            "must be 1 to 200 characters on one line, without control characters",
            Clause.LP36_4E)
        .done();
  }
}
