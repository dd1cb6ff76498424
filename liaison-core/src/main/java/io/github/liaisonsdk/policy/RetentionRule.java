package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * How long one kind of record is kept (LP36-4e): for example a child protection file until the pupil's date of
 * birth plus 25 years. Local policies differ, so every period is a pack parameter. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableRetentionRule.class)
@JsonDeserialize(as = ImmutableRetentionRule.class)
public abstract class RetentionRule {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  RetentionRule() {}

  /**
   * The kind of record.
   *
   * @return the record kind
   */
  public abstract RecordKind record();

  /**
   * How many years it is kept.
   *
   * @return 1 to 100 years
   */
  @Min(value = 1, message = "[LP36-4e] must be at least 1")
  @Max(value = 100, message = "[LP36-4e] must be at most 100")
  public abstract int years();

  /**
   * What the years count from.
   *
   * @return the anchor
   */
  public abstract RetentionAnchor countedFrom();

  /**
   * A retention rule.
   *
   * @param record the kind of record
   * @param years how many years
   * @param from counted from
   * @return the rule
   */
  public static RetentionRule of(RecordKind record, int years, RetentionAnchor from) {
    return RetentionRule.builder().record(record).years(years).countedFrom(from).build();
  }

  @Value.Check
  void check() {
    Checks.of(this, "RetentionRule").done();
  }

  /**
   * Starts a {@link RetentionRule}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetentionRule}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableRetentionRule.Builder {
    Builder() {}
  }
}
