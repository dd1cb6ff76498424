package io.github.liaisonsdk.lawfulbasis;

/**
 * The conditions under which special category data (health, SEN details) may be processed: UK GDPR Article 9 and
 * the Data Protection Act 2018, Schedule 1.
 */
public enum SpecialCategoryCondition {
  /** Article 9(2)(a): explicit consent. */
  EXPLICIT_CONSENT,
  /** Article 9(2)(b): employment, social security and social protection law. */
  SOCIAL_PROTECTION_LAW,
  /** Article 9(2)(c): vital interests where consent cannot be given. */
  VITAL_INTERESTS,
  /** Article 9(2)(g) with DPA 2018 Schedule 1 paragraph 6: statutory and government purposes. */
  STATUTORY_PURPOSES,
  /** Article 9(2)(h): health or social care. */
  HEALTH_OR_SOCIAL_CARE,
  /** DPA 2018 Schedule 1 paragraph 18: safeguarding of children and of individuals at risk. */
  SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK
}
