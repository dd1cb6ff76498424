package io.github.liaisonsdk;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.plan.FamilyContact;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.sharing.Urgency;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a question about real people into the engine's finite facts, reading every fact that could grant from the
 * school's records: the posts of requester and recipient, the level (the pack's default, raised by the caller or
 * set by a recorded headship check), relevance (HSL-4, LP36-5.1), parental responsibility, the child's other
 * services (LP36-6.1) and the consultations' outcomes. The engine then decides exactly as the pack's proofs say.
 *
 * <p>A member of staff may hold several posts; each combination of the requester's and a staff recipient's posts
 * is one stated request, and the most favourable decision among them answers (a person acts in any post they
 * hold).
 */
final class RecordedFacts {
  private final SchoolRecords records;

  RecordedFacts(SchoolRecords records) {
    this.records = records;
  }

  /** A recipient as the records describe it. */
  record Resolved(
      RecipientKind kind, Set<Designation> posts, Relevance relevance, String reference) {}

  Resolved recipient(
      Lookups lookups, PolicyPack pack, Recipient recipient, Pupil pupil, Topic topic) {
    if (recipient.staff().isPresent()) {
      StaffMember member = lookups.staffMember(recipient.staff().get());
      return staff(lookups, pack, member, pupil, topic);
    }
    if (recipient.familyContact().isPresent()) {
      Optional<FamilyContact> contact =
          lookups
              .planInForce(pupil.id())
              .flatMap(plan -> plan.familyContact(recipient.familyContact().get()));
      if (contact.isEmpty()) {
        throw new NotFoundException(
            "family contact "
                + recipient.familyContact().get()
                + " is not on the plan in force for pupil "
                + pupil.id());
      }
      RecipientKind kind =
          contact.get().parentalResponsibility()
              ? RecipientKind.PARENT_WITH_RESPONSIBILITY
              : RecipientKind.PARENT_WITHOUT_RESPONSIBILITY;
      return new Resolved(kind, Set.of(), Relevance.NOT_RELEVANT, "family:" + contact.get().id());
    }
    RecipientKind kind = recipient.outside().orElseThrow();
    return new Resolved(kind, Set.of(), Relevance.NOT_RELEVANT, kind.name());
  }

  /**
   * A member of staff as recipient: a named liaison person when the plan in force names them on the school side
   * (for support-plan information, when the pupil has an IEP or EHCP: LP36-5.1); a relevant party when they hold a
   * post the pack lists for the topic, or have access to the pupil's support plan; otherwise not relevant (HSL-4).
   */
  Resolved staff(Lookups lookups, PolicyPack pack, StaffMember member, Pupil pupil, Topic topic) {
    Set<Designation> posts = staffPosts(member);
    if (posts.isEmpty()) {
      // A governor on the staff directory is not a member of staff: information to them goes
      // outside the school.
      return new Resolved(
          RecipientKind.GOVERNORS, Set.of(), Relevance.NOT_RELEVANT, "staff:" + member.id());
    }
    boolean named =
        lookups
            .planInForce(pupil.id())
            .map(plan -> plan.schoolSide().contains(member.id()))
            .orElse(false);
    boolean supportPlanAccess =
        pupil.supportPlans().stream().anyMatch(p -> p.accessibleTo().contains(member.id()));
    Relevance relevance;
    if (named && (topic != Topic.SUPPORT_PLAN || !pupil.supportPlans().isEmpty())) {
      relevance = Relevance.NAMED_LIAISON_PERSON;
    } else if (named
        || posts.stream().anyMatch(pack.relevantPosts(topic)::contains)
        || topic == Topic.SUPPORT_PLAN && supportPlanAccess) {
      relevance = Relevance.RELEVANT_PARTY;
    } else {
      relevance = Relevance.NOT_RELEVANT;
    }
    return new Resolved(RecipientKind.STAFF_IN_SCHOOL, posts, relevance, "staff:" + member.id());
  }

  /** The member's posts as a member of staff: every post but a governor's. */
  static Set<Designation> staffPosts(StaffMember member) {
    Set<Designation> posts = java.util.EnumSet.noneOf(Designation.class);
    member.designations().stream().filter(Designation::isStaffPost).forEach(posts::add);
    return posts;
  }

  /**
   * The level the information has. A recorded headship check (HSL-5) that declined makes it unclassified with
   * the head's refusal on record; one that agreed sets its level, which may be below the pack's default. Otherwise
   * the pack's default for the topic applies, or nothing if the requester is in doubt. A raised level always
   * counts; a lower one never does.
   */
  static Optional<ConfidentialityLevel> level(
      ConfidentialityLevel packDefault,
      Optional<ConfidentialityLevel> raised,
      boolean inDoubt,
      Optional<ConsultationRecord> headshipCheck) {
    if (headshipCheck.isPresent()
        && headshipCheck.get().outcome() == ConsultationOutcome.DECLINED) {
      return Optional.empty();
    }
    Optional<ConfidentialityLevel> base =
        headshipCheck
            .flatMap(ConsultationRecord::classifiedAs)
            .or(() -> inDoubt ? Optional.empty() : Optional.of(packDefault));
    if (base.isEmpty()) {
      // In doubt, a stated level counts only if it is narrower than the pack's: it can close, never
      // open.
      return raised.filter(r -> r.isNarrowerThan(packDefault));
    }
    return Optional.of(raised.map(base.get()::narrowest).orElse(base.get()));
  }

  /** The latest consultation of a role among those relied on. */
  static Optional<ConsultationRecord> latest(
      List<ConsultationRecord> consultations, ConsulteeRole role) {
    return consultations.stream()
        .filter(c -> c.role() == role)
        .max(Comparator.comparing(ConsultationRecord::consultedAt));
  }

  /**
   * Decides under every capacity the requester and a staff recipient hold, and answers with the most favourable
   * decision: PERMIT before CONSULT before DENY, the first in post order among equals.
   */
  Choice decide(
      DecisionEngine engine,
      StaffMember requester,
      Pupil pupil,
      Topic topic,
      Optional<ConfidentialityLevel> level,
      Resolved recipient,
      Purpose purpose,
      Urgency urgency,
      List<ConsultationRecord> reliedOn) {
    // What the requester's own posts stand for comes first, so a consultation on record of the same
    // role,
    // a refusal included, overrides it (for each role the last in the list counts).
    List<Consultation> consultations = new ArrayList<>();
    if (requester.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD)) {
      // The designated safeguarding lead shares with the LA team themselves (LP36-6.1): no one to
      // consult.
      consultations.add(
          Consultation.builder()
              .role(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD)
              .consulteeName(requester.displayName().orElse(requester.id().value()))
              .consulteeDesignation("designated safeguarding lead (the requester)")
              .consultedAt(records.clock.instant())
              .outcome(ConsultationOutcome.AGREED)
              .build());
    }
    if (requester.holds(Designation.HEADTEACHER) && requester.lineManager().isEmpty()) {
      // HSL-4 has staff consult their line manager; the headteacher has none in school (the staff
      // record says so).
      consultations.add(
          Consultation.builder()
              .role(ConsulteeRole.LINE_MANAGER)
              .consulteeName(requester.displayName().orElse(requester.id().value()))
              .consulteeDesignation("headteacher, who has no line manager in school")
              .consultedAt(records.clock.instant())
              .outcome(ConsultationOutcome.AGREED)
              .build());
    }
    reliedOn.stream()
        .sorted(Comparator.comparing(ConsultationRecord::consultedAt))
        .map(records::asConsultation)
        .forEach(consultations::add);
    Choice best = null;
    if (staffPosts(requester).isEmpty()) {
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "SharingRequest",
          io.github.liaisonsdk.basics.Violation.of(
              "requester",
              "is a governor, not a member of staff: governors are"
                  + " given information by the school, they do not share pupils' information from its records",
              io.github.liaisonsdk.basics.Clause.HSL_3));
    }
    for (Designation capacity : sorted(staffPosts(requester))) {
      List<Optional<Designation>> recipientPosts = new ArrayList<>();
      if (recipient.kind() == RecipientKind.STAFF_IN_SCHOOL) {
        sorted(recipient.posts()).forEach(p -> recipientPosts.add(Optional.of(p)));
      } else {
        recipientPosts.add(Optional.empty());
      }
      for (Optional<Designation> recipientPost : recipientPosts) {
        StatedRequest stated =
            StatedRequest.builder()
                .pupil(pupil.id())
                .topic(topic)
                .level(level)
                .originService(pupil.homeService())
                .requester(requester.id())
                .requesterDesignation(capacity)
                .recipient(recipient.kind())
                .recipientDesignation(recipientPost)
                .recipientRelevance(recipient.relevance())
                .pupilInOtherServices(pupil.involvedInOtherServices())
                .purpose(purpose)
                .urgency(urgency)
                .consultations(consultations)
                .build();
        Decision decision = engine.decide(stated);
        if (best == null || rank(decision) < rank(best.decision())) {
          best = new Choice(decision, stated);
        }
      }
    }
    return best;
  }

  /** A decision and the stated request it was taken on. */
  record Choice(Decision decision, StatedRequest stated) {}

  /** The stricter of two answers (DENY over CONSULT over PERMIT); the first when they are as strict. */
  static Choice stricter(Choice first, Choice second) {
    return rank(second.decision()) > rank(first.decision()) ? second : first;
  }

  private static int rank(Decision decision) {
    return decision.outcome() == Outcome.PERMIT ? 0 : decision.outcome() == Outcome.CONSULT ? 1 : 2;
  }

  private static List<Designation> sorted(Set<Designation> posts) {
    List<Designation> list = new ArrayList<>(posts);
    list.sort(Comparator.naturalOrder());
    return list;
  }
}
