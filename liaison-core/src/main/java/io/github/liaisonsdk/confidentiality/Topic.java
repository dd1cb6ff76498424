package io.github.liaisonsdk.confidentiality;

/**
 * What liaison between home and school covers: the ten topics of LP36-5, plus the pupil's support plan
 * information that LP36-5.1 opens to the named liaison persons. Each topic has a default confidentiality level set
 * by the policy pack.
 */
public enum Topic {
  /** Attendance. */
  ATTENDANCE,
  /** Participation and engagement. */
  PARTICIPATION_AND_ENGAGEMENT,
  /** Progress. */
  PROGRESS,
  /** Outcomes and projected outcomes. */
  OUTCOMES,
  /** Curriculum content. */
  CURRICULUM,
  /** Careers advice and work experience. */
  CAREERS_AND_WORK_EXPERIENCE,
  /** Concerns, incidents and safeguarding issues which may impact on learning. */
  CONCERNS_AND_SAFEGUARDING,
  /** Behaviour. */
  BEHAVIOUR,
  /** Risks. */
  RISKS,
  /** School celebration events. */
  CELEBRATION_EVENTS,
  /** The content of an IEP or EHCP (LP36-5.1). */
  SUPPORT_PLAN;

  /**
   * Whether the topic is one of the ten that LP36-5 lists, rather than the support-plan topic of LP36-5.1.
   *
   * @return {@code true} for the ten LP36-5 topics
   */
  public boolean isLiaisonContent() {
    return this != SUPPORT_PLAN;
  }
}
