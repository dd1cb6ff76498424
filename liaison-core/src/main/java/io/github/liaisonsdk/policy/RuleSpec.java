package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.staff.Designation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One standard rule as a pack applies it: which rule, and its parameters. A parameter the rule does not take is
 * refused, so a typo cannot silently leave a rule at its default. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableRuleSpec.class)
@JsonDeserialize(as = ImmutableRuleSpec.class)
public abstract class RuleSpec {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  RuleSpec() {}

  /** The posts HSL-9 names for the restricted liaison form. */
  public static final Set<Designation> HEADSHIP =
      EnumSet.of(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER);

  /**
   * Which standard rule.
   *
   * @return the rule
   */
  public abstract RuleName rule();

  /**
   * For {@link RuleName#CONFIDENTIAL_STAYS_IN_SCHOOL}: the lowest level kept in school.
   *
   * @return the level, if set
   */
  public abstract Optional<ConfidentialityLevel> fromLevel();

  /**
   * For rules that permit up to a level: the highest level permitted.
   *
   * @return the level, if set
   */
  public abstract Optional<ConfidentialityLevel> maxLevel();

  /**
   * For {@link RuleName#RESTRICTED_TO_POSTS}: the posts that may read restricted records.
   *
   * @return the posts, empty for the default
   */
  public abstract Set<Designation> posts();

  /**
   * The clause ids the rule's decisions cite, replacing the rule's defaults.
   *
   * @return the clause ids, empty for the defaults
   */
  public abstract List<String> cites();

  /**
   * A rule with its default parameters.
   *
   * @param rule the rule
   * @return the spec
   */
  public static RuleSpec of(RuleName rule) {
    return RuleSpec.builder().rule(rule).build();
  }

  /**
   * Starts a rule spec.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSpec}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableRuleSpec.Builder {
    Builder() {}
  }

  /**
   * The level from which confidential information stays in school.
   *
   * @return the set level, or {@code CONFIDENTIAL}
   */
  public ConfidentialityLevel effectiveFromLevel() {
    return fromLevel().orElse(ConfidentialityLevel.CONFIDENTIAL);
  }

  /**
   * The highest level a permitting rule permits.
   *
   * @return the set level, or {@code SCHOOL_INTERNAL}
   */
  public ConfidentialityLevel effectiveMaxLevel() {
    return maxLevel().orElse(ConfidentialityLevel.SCHOOL_INTERNAL);
  }

  /**
   * The posts that may read restricted records.
   *
   * @return the set posts, or the headship
   */
  public Set<Designation> effectivePosts() {
    return posts().isEmpty() ? HEADSHIP : posts();
  }

  /**
   * The clauses cited.
   *
   * @return the set clause ids, or the rule's own
   */
  public List<Clause> effectiveCites() {
    return cites().isEmpty() ? rule().clauses() : cites().stream().map(Clause::of).toList();
  }

  /**
   * Whether this spec is at least as strict as another spec of the same rule (LP36-1): never a higher level,
   * never more posts.
   *
   * @param base the group pack's spec
   * @return {@code true} if this one tightens or keeps every parameter
   */
  public boolean tightens(RuleSpec base) {
    return rule() == base.rule()
        && base.effectiveFromLevel().isAtLeast(effectiveFromLevel())
        && base.effectiveMaxLevel().isAtLeast(effectiveMaxLevel())
        && base.effectivePosts().containsAll(effectivePosts());
  }

  @Value.Check
  void check() {
    Set<RuleParameter> accepted = rule().parameters();
    Checks checks = Checks.of(this, "RuleSpec");
    checks.require(
        fromLevel().isEmpty() || accepted.contains(RuleParameter.FROM_LEVEL),
        "fromLevel",
        "is not a parameter of " + rule(),
        Clause.LP36_1);
    checks.require(
        maxLevel().isEmpty() || accepted.contains(RuleParameter.MAX_LEVEL),
        "maxLevel",
        "is not a parameter of " + rule(),
        Clause.LP36_1);
    checks.require(
        posts().isEmpty() || accepted.contains(RuleParameter.POSTS),
        "posts",
        "is not a parameter of " + rule(),
        Clause.LP36_1);
    checks.require(
        cites().isEmpty() || accepted.contains(RuleParameter.CITES),
        "cites",
        "is not a parameter of " + rule(),
        Clause.LP36_1);
    checks.require(
        !effectiveMaxLevel().isAtLeast(ConfidentialityLevel.CONFIDENTIAL),
        "maxLevel",
        "a permitting rule never reaches CONFIDENTIAL information",
        Clause.HSL_3);
    checks.require(
        effectiveFromLevel().isAtLeast(ConfidentialityLevel.SCHOOL_INTERNAL)
            && !effectiveFromLevel().isAtLeast(ConfidentialityLevel.RESTRICTED),
        "fromLevel",
        "must be SCHOOL_INTERNAL or CONFIDENTIAL",
        Clause.HSL_3);
    for (int i = 0; i < cites().size(); i++) {
      checks.require(
          Clause.byId(cites().get(i)).isPresent(),
          "cites[" + i + "]",
          "must be a known clause id",
          null);
    }
    checks.done();
  }
}
