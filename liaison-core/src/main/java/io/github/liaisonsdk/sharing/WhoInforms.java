package io.github.liaisonsdk.sharing;

/** Who contacts the other services once sharing is agreed (LP36-6.2). */
public enum WhoInforms {
  /** The Local Authority safeguarding team contacts them. */
  LA_SAFEGUARDING_TEAM,
  /** The person making the referral contacts them. */
  REFERRER
}
