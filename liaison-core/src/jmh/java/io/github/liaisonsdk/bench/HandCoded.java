package io.github.liaisonsdk.bench;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.staff.Designation;

/**
 * The floor: the LP36 pack's rules written by hand as plain branches, returning one of a few preallocated results.
 * No policy data, no explanation beyond one clause id, no audit: what a developer would hard-code.
 */
final class HandCoded {
  static final class Result {
    final char outcome;
    final String clause;

    Result(char outcome, String clause) {
      this.outcome = outcome;
      this.clause = clause;
    }
  }

  static final Result PERMIT = new Result('P', "LP36-5");
  static final Result DENY = new Result('D', "HSL-3");
  static final Result CONSULT = new Result('C', "HSL-4");

  private HandCoded() {}

  /** Outcome codes: 0 none, 1 agreed, 2 declined, 3 agreed without who-informs. */
  static int state(StatedRequest r, ConsulteeRole role) {
    int state = 0;
    for (Consultation c : r.consultations()) {
      if (c.role() == role) {
        state = c.state().ordinal();
      }
    }
    return state;
  }

  /** The facts in the order jCasbin receives them: topic, level, rcp, des, rel, other, lm, head, dsl, la. */
  static Result decide(int[] a) {
    return decide(a[0], a[1], a[2], a[3], a[4], a[5] == 1, a[6], a[7], a[8], a[9]);
  }

  static Result decide(
      int topic,
      int level,
      int rcp,
      int des,
      int rel,
      boolean other,
      int lm,
      int head,
      int dsl,
      int la) {
    boolean unclassified = level == 5;
    int el = unclassified ? 2 : level;
    boolean sg = topic == Topic.CONCERNS_AND_SAFEGUARDING.ordinal() || level == 4;
    boolean staff = rcp == RecipientKind.STAFF_IN_SCHOOL.ordinal();
    boolean otherService = rcp == RecipientKind.OTHER_GROUP_SERVICE.ordinal();
    boolean laTeam = rcp == RecipientKind.LA_SAFEGUARDING_TEAM.ordinal();
    boolean supportPlanGrant =
        topic == Topic.SUPPORT_PLAN.ordinal()
            && staff
            && rel == Relevance.NAMED_LIAISON_PERSON.ordinal()
            && el <= 2;
    boolean headship =
        des == Designation.HEADTEACHER.ordinal()
            || des == Designation.ASSISTANT_HEADTEACHER.ordinal();
    boolean consult = false;
    if (unclassified) {
      if (head == 2) {
        return DENY;
      }
      if (head != 1) {
        // HSL-5: until the head has checked it, nothing else decides.
        return CONSULT;
      }
    }
    if (!staff
        && el >= ConfidentialityLevel.CONFIDENTIAL.ordinal()
        && !(sg && (laTeam || otherService && other))) {
      return DENY;
    }
    boolean permit = level == 0;
    if (staff && (el == 2 || el == 4) && !supportPlanGrant) {
      if (rel == 0 || lm == 2) {
        return DENY;
      }
      consult |= lm != 1;
      permit |= lm == 1;
    }
    if (staff && !unclassified && level <= 1) {
      permit = true;
    }
    if (el == 3) {
      if (!(staff && headship)) {
        return DENY;
      }
      permit = true;
    }
    if (rcp == RecipientKind.PARENT_WITH_RESPONSIBILITY.ordinal()
        && topic != Topic.SUPPORT_PLAN.ordinal()
        && !unclassified
        && level <= 1) {
      permit = true;
    }
    permit |= supportPlanGrant;
    if (sg && otherService && other) {
      if (la == 2) {
        return DENY;
      }
      consult |= la != 1;
      permit |= la == 1;
    } else if (sg && laTeam) {
      if (dsl == 2) {
        return DENY;
      }
      consult |= dsl != 1;
      permit |= dsl == 1;
    }
    return consult ? CONSULT : permit ? PERMIT : DENY;
  }
}
