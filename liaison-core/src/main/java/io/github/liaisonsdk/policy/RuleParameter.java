package io.github.liaisonsdk.policy;

/** The parameters a standard rule may take in a policy pack. */
public enum RuleParameter {
  /** The lowest level the rule applies to; lower is tighter. */
  FROM_LEVEL,
  /** The highest level the rule permits; lower is tighter. */
  MAX_LEVEL,
  /** The posts the rule permits; fewer is tighter. */
  POSTS,
  /** The clauses the rule's decisions cite, when the pack's own policy words them differently. */
  CITES
}
