package io.github.liaisonsdk.sharing;

import static io.github.liaisonsdk.sharing.Facts.AGREED;
import static io.github.liaisonsdk.sharing.Facts.AGREED_WITHOUT_WHO_INFORMS;
import static io.github.liaisonsdk.sharing.Facts.CONFIDENTIAL;
import static io.github.liaisonsdk.sharing.Facts.DECLINED;
import static io.github.liaisonsdk.sharing.Facts.LA_TEAM;
import static io.github.liaisonsdk.sharing.Facts.NOT_RELEVANT;
import static io.github.liaisonsdk.sharing.Facts.OTHER_SERVICE;
import static io.github.liaisonsdk.sharing.Facts.PARENT_WITH_PR;
import static io.github.liaisonsdk.sharing.Facts.PUBLIC;
import static io.github.liaisonsdk.sharing.Facts.RESTRICTED;
import static io.github.liaisonsdk.sharing.Facts.SAFEGUARDING;
import static io.github.liaisonsdk.sharing.Facts.STAFF;
import static io.github.liaisonsdk.sharing.Facts.SUPPORT_PLAN;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RuleName;
import io.github.liaisonsdk.policy.RuleSpec;
import io.github.liaisonsdk.staff.Designation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The standard rule set: each {@link RuleName} as a small pure function over packed facts, with its outcomes,
 * clauses, obligations and explanations made once per pack. Rules are independent; the engine combines them, DENY
 * over CONSULT over PERMIT.
 */
final class StandardRules {
  private static final Set<Aim> CONFIDENTIALITY = EnumSet.of(Aim.MAINTAIN_CONFIDENTIALITY);
  private static final Set<Aim> CONFIDENTIALITY_AND_STAFF =
      EnumSet.of(Aim.MAINTAIN_CONFIDENTIALITY, Aim.PROTECT_STAFF);
  private static final Set<Aim> PUPIL = EnumSet.of(Aim.PROTECT_THE_PUPIL);
  private static final Set<Aim> PUPIL_AND_CONFIDENTIALITY =
      EnumSet.of(Aim.PROTECT_THE_PUPIL, Aim.MAINTAIN_CONFIDENTIALITY);

  private int nextBit;

  private StandardRules() {}

  static List<CompiledRule> compile(PolicyPack pack) {
    StandardRules rules = new StandardRules();
    List<CompiledRule> compiled = new ArrayList<>();
    for (RuleSpec spec : pack.rules().values()) {
      compiled.add(rules.compile(spec, pack));
    }
    return compiled;
  }

  private RuleOutcome outcome(
      RuleSpec spec,
      Outcome verdict,
      ConsulteeRole consultee,
      List<Clause> clauses,
      Set<Aim> aims,
      String reason,
      Obligation... obligations) {
    if (nextBit >= 63) {
      throw new IllegalStateException("a pack has at most 63 rule outcomes");
    }
    return new RuleOutcome(
        spec.rule(), verdict, consultee, clauses, List.of(obligations), aims, reason, nextBit++);
  }

  private CompiledRule compile(RuleSpec spec, PolicyPack pack) {
    List<Clause> cites = spec.effectiveCites();
    switch (spec.rule()) {
      case PUBLIC_INFORMATION:
        return publicInformation(spec, cites);
      case UNCLASSIFIED_NEEDS_HEADSHIP_CHECK:
        return unclassified(spec, cites);
      case CONFIDENTIAL_STAYS_IN_SCHOOL:
        return staysInSchool(spec, cites, pack.applies(RuleName.SAFEGUARDING_BEYOND_SERVICE));
      case RELEVANT_PARTIES_AFTER_LINE_MANAGER:
        return relevantParties(spec, cites, pack.applies(RuleName.SUPPORT_PLAN_FOR_NAMED_PERSONS));
      case SCHOOL_INTERNAL_AMONG_STAFF:
        return internalAmongStaff(spec, cites);
      case RESTRICTED_TO_POSTS:
        return restrictedToPosts(spec, cites);
      case FAMILY_LIAISON:
        return familyLiaison(spec, cites);
      case SUPPORT_PLAN_FOR_NAMED_PERSONS:
        return supportPlan(spec, cites);
      case SAFEGUARDING_BEYOND_SERVICE:
        return safeguardingBeyondService(spec);
      default:
        throw new AssertionError(spec.rule());
    }
  }

  /** LP36-5.1: named liaison persons see support-plan information up to confidential. */
  static boolean supportPlanGrant(int f) {
    return Facts.topic(f) == SUPPORT_PLAN
        && Facts.recipient(f) == STAFF
        && Facts.relevance(f) == Facts.NAMED
        && Facts.effectiveLevel(f) <= CONFIDENTIAL;
  }

  private CompiledRule publicInformation(RuleSpec spec, List<Clause> cites) {
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            CONFIDENTIALITY,
            "Public information may be given to anyone who asks.")) {
      @Override
      int evaluate(int f) {
        return Facts.level(f) == PUBLIC ? 1 : 0;
      }
    };
  }

  private CompiledRule unclassified(RuleSpec spec, List<Clause> cites) {
    Clause clause = cites.get(0);
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.CONSULT,
            ConsulteeRole.HEADSHIP,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "The information is not classified, so it is treated as confidential: disclose nothing until the"
                + " headteacher or an assistant headteacher has checked it.",
            new Obligation(
                ObligationKind.RECORD_DECISION_AND_REASONS,
                clause,
                "record who checked the classification, their designation and what they decided")),
        outcome(
            spec,
            Outcome.DENY,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "The headteacher or assistant headteacher checked the information and decided it must not be"
                + " disclosed.")) {
      @Override
      int evaluate(int f) {
        if (!Facts.unclassified(f)) {
          return 0;
        }
        int head = Facts.headship(f);
        return head == AGREED ? 0 : head == DECLINED ? 2 : 1;
      }
    };
  }

  private CompiledRule staysInSchool(
      RuleSpec spec, List<Clause> cites, boolean safeguardingRouteOpen) {
    int from = spec.effectiveFromLevel().ordinal();
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.DENY,
            null,
            cites,
            PUPIL_AND_CONFIDENTIALITY,
            "Confidential information is not shared outside school.")) {
      @Override
      int evaluate(int f) {
        int recipient = Facts.recipient(f);
        if (recipient == STAFF || Facts.effectiveLevel(f) < from) {
          return 0;
        }
        boolean route =
            safeguardingRouteOpen
                && Facts.safeguardingInformation(f)
                && (recipient == LA_TEAM || recipient == OTHER_SERVICE && Facts.otherServices(f));
        return route ? 0 : 1;
      }
    };
  }

  private CompiledRule relevantParties(RuleSpec spec, List<Clause> cites, boolean supportPlanRule) {
    Clause clause = cites.get(0);
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.DENY,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "Inside school, confidential information goes only to the relevant parties, and the recipient is not"
                + " one."),
        outcome(
            spec,
            Outcome.CONSULT,
            ConsulteeRole.LINE_MANAGER,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "Inside school, confidential information goes to the relevant parties only after consulting your line"
                + " manager.",
            new Obligation(
                ObligationKind.RECORD_DECISION_AND_REASONS,
                clause,
                "record the line manager's name, designation and decision")),
        outcome(
            spec,
            Outcome.DENY,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "Your line manager was consulted and decided the information must not be shared."),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "The recipient is a relevant party and your line manager agreed.",
            new Obligation(
                ObligationKind.RECORD_DISCLOSURE,
                clause,
                "the disclosure log: what was shared, with whom, when, and which line manager agreed"))) {
      @Override
      int evaluate(int f) {
        int level = Facts.effectiveLevel(f);
        if (Facts.recipient(f) != STAFF
            || level != CONFIDENTIAL && level != SAFEGUARDING
            || supportPlanRule && supportPlanGrant(f)) {
          return 0;
        }
        if (Facts.relevance(f) == NOT_RELEVANT) {
          return 1;
        }
        int lineManager = Facts.lineManager(f);
        return lineManager == AGREED ? 4 : lineManager == DECLINED ? 3 : 2;
      }
    };
  }

  private CompiledRule internalAmongStaff(RuleSpec spec, List<Clause> cites) {
    int max = spec.effectiveMaxLevel().ordinal();
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            PUPIL,
            "Information below confidential may be shared with colleagues in school.")) {
      @Override
      int evaluate(int f) {
        return Facts.recipient(f) == STAFF && !Facts.unclassified(f) && Facts.level(f) <= max
            ? 1
            : 0;
      }
    };
  }

  private CompiledRule restrictedToPosts(RuleSpec spec, List<Clause> cites) {
    Set<Designation> posts = spec.effectivePosts();
    int mask = 0;
    for (Designation post : posts) {
      mask |= 1 << post.ordinal();
    }
    int allowed = mask;
    String named =
        posts.stream()
            .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .sorted()
            .collect(Collectors.joining(" and "));
    Clause clause = cites.get(0);
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "Restricted records are readable only by the "
                + named
                + ", and the recipient holds one of those posts.",
            new Obligation(ObligationKind.RESTRICT_TO_POSTS, clause, named),
            new Obligation(
                ObligationKind.AUDIT_EVERY_READ,
                clause,
                "every read is written to the audit trail")),
        outcome(
            spec,
            Outcome.DENY,
            null,
            cites,
            CONFIDENTIALITY_AND_STAFF,
            "Restricted records are readable only by the " + named + ".")) {
      @Override
      int evaluate(int f) {
        if (Facts.effectiveLevel(f) != RESTRICTED) {
          return 0;
        }
        int designation = Facts.recipientDesignation(f);
        boolean post =
            Facts.recipient(f) == STAFF
                && designation < Facts.NO_DESIGNATION
                && (allowed & 1 << designation) != 0;
        return post ? 1 : 2;
      }
    };
  }

  private CompiledRule familyLiaison(RuleSpec spec, List<Clause> cites) {
    int max = spec.effectiveMaxLevel().ordinal();
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            PUPIL,
            "Liaison topics up to "
                + spec.effectiveMaxLevel()
                + " may be discussed with those who hold parental"
                + " responsibility.",
            new Obligation(
                ObligationKind.RECORD_CONTACT,
                cites.get(0),
                "record the contact as the pupil's liaison plan says"))) {
      @Override
      int evaluate(int f) {
        return Facts.recipient(f) == PARENT_WITH_PR
                && Facts.topic(f) != SUPPORT_PLAN
                && !Facts.unclassified(f)
                && Facts.level(f) <= max
            ? 1
            : 0;
      }
    };
  }

  private CompiledRule supportPlan(RuleSpec spec, List<Clause> cites) {
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            cites,
            PUPIL,
            "Named liaison persons have access to the pupil's IEP or EHCP information.",
            new Obligation(
                ObligationKind.RECORD_DISCLOSURE, cites.get(0), "the support plan's access log"))) {
      @Override
      int evaluate(int f) {
        return supportPlanGrant(f) ? 1 : 0;
      }
    };
  }

  private CompiledRule safeguardingBeyondService(RuleSpec spec) {
    List<Clause> all = List.of(Clause.LP36_6_1, Clause.LP36_6_2, Clause.LP36_6_3);
    Obligation names =
        new Obligation(
            ObligationKind.RECORD_NAMES_AND_DESIGNATIONS,
            Clause.LP36_6_3,
            "document the agreement in the child's safeguarding record with the names and designations of everyone"
                + " involved in the decision");
    Obligation whoInforms =
        new Obligation(
            ObligationKind.RECORD_WHO_INFORMS_OTHER_SERVICES,
            Clause.LP36_6_2,
            "record whether the LA safeguarding team or the referrer contacts the other services");
    Obligation record =
        new Obligation(
            ObligationKind.RECORD_DISCLOSURE, Clause.LP36_6_3, "the child's safeguarding record");
    return new CompiledRule(
        spec.rule(),
        outcome(
            spec,
            Outcome.CONSULT,
            ConsulteeRole.LA_SAFEGUARDING_TEAM,
            all,
            PUPIL_AND_CONFIDENTIALITY,
            "The child is involved in other services of the group: before safeguarding information goes beyond the"
                + " child's own service, consult the Local Authority safeguarding team contact.",
            names,
            whoInforms),
        outcome(
            spec,
            Outcome.DENY,
            null,
            List.of(Clause.LP36_6_1),
            PUPIL_AND_CONFIDENTIALITY,
            "The Local Authority safeguarding team was consulted and did not agree to the information being shared"
                + " more widely."),
        outcome(
            spec,
            Outcome.CONSULT,
            ConsulteeRole.LA_SAFEGUARDING_TEAM,
            List.of(Clause.LP36_6_2),
            PUPIL_AND_CONFIDENTIALITY,
            "The Local Authority safeguarding team agreed, but whether the team or the referrer contacts the other"
                + " services has not been clarified.",
            whoInforms),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            all,
            PUPIL_AND_CONFIDENTIALITY,
            "The Local Authority safeguarding team agreed to sharing with the other services, and who contacts them"
                + " is recorded.",
            names,
            whoInforms,
            record),
        outcome(
            spec,
            Outcome.CONSULT,
            ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD,
            List.of(Clause.LP36_6_1),
            PUPIL_AND_CONFIDENTIALITY,
            "Safeguarding information goes to the Local Authority safeguarding team through the designated"
                + " safeguarding lead.",
            names),
        outcome(
            spec,
            Outcome.DENY,
            null,
            List.of(Clause.LP36_6_1),
            PUPIL_AND_CONFIDENTIALITY,
            "The designated safeguarding lead decided not to share this with the Local Authority safeguarding"
                + " team."),
        outcome(
            spec,
            Outcome.PERMIT,
            null,
            List.of(Clause.LP36_6_1, Clause.LP36_6_3),
            PUPIL_AND_CONFIDENTIALITY,
            "The designated safeguarding lead agreed to share this with the Local Authority safeguarding team.",
            names,
            record)) {
      @Override
      int evaluate(int f) {
        if (!Facts.safeguardingInformation(f)) {
          return 0;
        }
        int recipient = Facts.recipient(f);
        if (recipient == OTHER_SERVICE && Facts.otherServices(f)) {
          int la = Facts.laTeam(f);
          return la == AGREED ? 4 : la == DECLINED ? 2 : la == AGREED_WITHOUT_WHO_INFORMS ? 3 : 1;
        }
        if (recipient == LA_TEAM) {
          int dsl = Facts.dsl(f);
          return dsl == AGREED ? 7 : dsl == DECLINED ? 6 : 5;
        }
        return 0;
      }
    };
  }
}
