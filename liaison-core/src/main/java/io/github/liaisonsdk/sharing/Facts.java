package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;

/**
 * Everything a decision depends on, packed into one {@code int}: the request space of a pack is finite, and this
 * is its coordinate system. Rules read facts with these helpers, so deciding allocates nothing, and verification
 * can walk the whole space without building request objects.
 *
 * <pre>
 * bits  0-3  topic             bits 14-17 recipient designation (15 = none)
 * bits  4-6  level (5 = unclassified)   bits 18-19 relevance
 * bits  7-10 requester designation      bit  20    pupil in other services
 * bits 11-13 recipient kind             bit  21    child at risk
 * bits 22-23 line manager, 24-25 headship, 26-27 DSL, 28-29 LA team: consultation states
 * </pre>
 */
final class Facts {
  static final int UNCLASSIFIED = 5;
  static final int NO_DESIGNATION = 15;

  static final int PUBLIC = ConfidentialityLevel.PUBLIC.ordinal();
  static final int SCHOOL_INTERNAL = ConfidentialityLevel.SCHOOL_INTERNAL.ordinal();
  static final int CONFIDENTIAL = ConfidentialityLevel.CONFIDENTIAL.ordinal();
  static final int RESTRICTED = ConfidentialityLevel.RESTRICTED.ordinal();
  static final int SAFEGUARDING = ConfidentialityLevel.SAFEGUARDING.ordinal();

  static final int STAFF = RecipientKind.STAFF_IN_SCHOOL.ordinal();
  static final int PARENT_WITH_PR = RecipientKind.PARENT_WITH_RESPONSIBILITY.ordinal();
  static final int OTHER_SERVICE = RecipientKind.OTHER_GROUP_SERVICE.ordinal();
  static final int LA_TEAM = RecipientKind.LA_SAFEGUARDING_TEAM.ordinal();

  static final int NONE = ConsultationState.NONE.ordinal();
  static final int AGREED = ConsultationState.AGREED.ordinal();
  static final int DECLINED = ConsultationState.DECLINED.ordinal();
  static final int AGREED_WITHOUT_WHO_INFORMS =
      ConsultationState.AGREED_WITHOUT_WHO_INFORMS.ordinal();

  static final int NOT_RELEVANT = Relevance.NOT_RELEVANT.ordinal();
  static final int NAMED = Relevance.NAMED_LIAISON_PERSON.ordinal();

  static final int SUPPORT_PLAN = Topic.SUPPORT_PLAN.ordinal();
  static final int CONCERNS = Topic.CONCERNS_AND_SAFEGUARDING.ordinal();

  private Facts() {}

  static int pack(
      int topic,
      int level,
      int requester,
      int recipient,
      int recipientDesignation,
      int relevance,
      boolean otherServices,
      boolean atRisk,
      int lineManager,
      int headship,
      int dsl,
      int laTeam) {
    return topic
        | level << 4
        | requester << 7
        | recipient << 11
        | recipientDesignation << 14
        | relevance << 18
        | (otherServices ? 1 << 20 : 0)
        | (atRisk ? 1 << 21 : 0)
        | lineManager << 22
        | headship << 24
        | dsl << 26
        | laTeam << 28;
  }

  static int topic(int f) {
    return f & 0xF;
  }

  static int level(int f) {
    return f >>> 4 & 0x7;
  }

  /** HSL-5: unclassified information is treated as confidential. */
  static int effectiveLevel(int f) {
    int level = level(f);
    return level == UNCLASSIFIED ? CONFIDENTIAL : level;
  }

  static boolean unclassified(int f) {
    return level(f) == UNCLASSIFIED;
  }

  static int requester(int f) {
    return f >>> 7 & 0xF;
  }

  static int recipient(int f) {
    return f >>> 11 & 0x7;
  }

  static int recipientDesignation(int f) {
    return f >>> 14 & 0xF;
  }

  static int relevance(int f) {
    return f >>> 18 & 0x3;
  }

  static boolean otherServices(int f) {
    return (f & 1 << 20) != 0;
  }

  static boolean atRisk(int f) {
    return (f & 1 << 21) != 0;
  }

  static int lineManager(int f) {
    return f >>> 22 & 0x3;
  }

  static int headship(int f) {
    return f >>> 24 & 0x3;
  }

  static int dsl(int f) {
    return f >>> 26 & 0x3;
  }

  static int laTeam(int f) {
    return f >>> 28 & 0x3;
  }

  /** Information that LP36-6.1 governs: the safeguarding topic, or anything classified as safeguarding. */
  static boolean safeguardingInformation(int f) {
    return topic(f) == CONCERNS || level(f) == SAFEGUARDING;
  }
}
