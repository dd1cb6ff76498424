package io.github.liaisonsdk.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.policy.RuleName;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The answer to a {@link StatedRequest}: PERMIT, DENY or CONSULT, with the clauses that produced it, the
 * obligations that come with it, the aims of HSL-1 it serves, the pack and pack version it was made under, and a
 * plain-English explanation a member of staff understands.
 *
 * <p>Decisions are made once per distinct combination of rule outcomes and shared: equal requests get the same
 * instance. Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  Decision() {}

  /**
   * The outcome.
   *
   * @return PERMIT, DENY or CONSULT
   */
  public abstract Outcome outcome();

  /**
   * For DENY: whether a clause forbade it, or no rule permitted it.
   *
   * @return the reason, present exactly for DENY
   */
  public abstract Optional<DenyReason> denyReason();

  /**
   * For CONSULT: whom to consult before asking again.
   *
   * @return the consultees, in the order to consult them
   */
  public abstract List<ConsulteeRole> consult();

  /**
   * The clause ids that produced the decision.
   *
   * @return the clause ids, at least one
   */
  public abstract List<Clause> clauses();

  /**
   * What must be done when the decision is acted on.
   *
   * @return the obligations
   */
  public abstract List<Obligation> obligations();

  /**
   * The aims of HSL-1 the deciding rules serve.
   *
   * @return the aims
   */
  public abstract Set<Aim> aims();

  /**
   * The rules of the pack that produced the decision.
   *
   * @return the rules, empty for a decision no rule made
   */
  public abstract List<RuleName> rules();

  /**
   * The pack the decision was made under.
   *
   * @return the pack's id
   */
  public abstract PolicyPackId packId();

  /**
   * The pack's version.
   *
   * @return the version
   */
  public abstract int packVersion();

  /**
   * The content hash of the pack version.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String packHash();

  /**
   * Why, in plain English.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * The SHA-256 of the explanation, which a decision's audit event keeps so a replay can show the same words were
   * given. Computed once per decision: the engine hands out the same decision for the same facts.
   *
   * @return the hash, in hex
   */
  @Value.Lazy
  @com.fasterxml.jackson.annotation.JsonIgnore
  public String explanationSha256() {
    return io.github.liaisonsdk.internal.Hashing.sha256(explanation());
  }

  /**
   * Whether the decision is PERMIT.
   *
   * @return {@code true} for PERMIT
   */
  public boolean permits() {
    return outcome() == Outcome.PERMIT;
  }

  /**
   * Whether the decision cites a clause.
   *
   * @param clause a clause such as {@link Clause#HSL_4}
   * @return {@code true} if cited
   */
  public boolean cites(Clause clause) {
    return clauses().contains(clause);
  }

  /**
   * Starts a decision; the engine builds decisions, callers normally do not.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.of(this, "Decision")
        .require(
            (outcome() == Outcome.DENY) == denyReason().isPresent(),
            "denyReason",
            "is given for DENY and only for DENY",
            null)
        .require(
            (outcome() == Outcome.CONSULT) == !consult().isEmpty(),
            "consult",
            "names whom to consult for CONSULT and only for CONSULT",
            null)
        .require(
            !clauses().isEmpty(),
            "clauses",
            "every decision cites at least one clause",
            Clause.HSL_1)
        .require(
            !explanation().isBlank(), "explanation", "every decision explains itself", Clause.HSL_1)
        .done();
  }
}
