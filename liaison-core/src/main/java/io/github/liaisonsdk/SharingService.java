package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonException;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.internal.LogSafe;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.Participant;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.RequestFacts;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.Urgency;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sharing use cases. Thread-safe. */
final class SharingService implements Sharing {
  private static final Logger LOG = LoggerFactory.getLogger(SharingService.class);
  private static final String SAFEGUARDING_AGREEMENT = "safeguarding agreement";
  private static final int STALE_ATTEMPTS = 10;

  private final SchoolRecords records;
  private final RecordedFacts facts;
  private final Replays replays;

  SharingService(SchoolRecords records, RecordedFacts facts) {
    this.records = records;
    this.facts = facts;
    this.replays = new Replays(records);
  }

  @Override
  public io.github.liaisonsdk.sharing.DecisionReplay replay(long auditSequence, StaffId reader) {
    return replays.replay(auditSequence, reader);
  }

  @Override
  public Decision decide(SharingRequest request) {
    Checks.present(request, "SharingRequest", "request");
    records.requireOwnTransaction("a sharing decision");
    for (int attempt = 1; attempt <= STALE_ATTEMPTS; attempt++) {
      ReferenceData.Generation facts = records.reference.current();
      try {
        return decide(request, facts, facts.version);
      } catch (AuditTrail.StaleFacts changed) {
        records.reference.invalidate();
      }
    }
    // Never a decision on facts that may have changed: the caller is told, and may ask again.
    throw new LiaisonException(
        "the school's staff, pupils or plans changed under each of "
            + STALE_ATTEMPTS
            + " attempts at this decision; nothing was decided or recorded: ask again");
  }

  /** One attempt, on facts as of one reference version: the audit append refuses it if they have changed since. */
  private Decision decide(SharingRequest request, Lookups lookups, long referenceVersion) {
    PacksInForce.InForce policy = records.policy();
    Map<String, String> details = new LinkedHashMap<>(32);
    details.put("topic", request.topic().name());
    details.put("purpose", request.purpose().name());
    details.put("urgency", request.urgency().name());
    try {
      StaffMember requester = lookups.staffMember(request.requester());
      Pupil pupil = lookups.pupil(request.pupil());
      RecordedFacts.Resolved recipient =
          facts.recipient(lookups, policy.pack(), request.recipient(), pupil, request.topic());
      List<ConsultationRecord> reliedOn =
          records.latestOnRecord(
              records.reliedOn(
                  "SharingRequest",
                  request.consultations(),
                  requester.id(),
                  pupil.id(),
                  List.of(request.topic())));
      ConfidentialityLevel packDefault = policy.pack().levelOf(request.topic());
      Optional<ConsultationRecord> headshipCheck =
          RecordedFacts.latest(reliedOn, ConsulteeRole.HEADSHIP);
      Optional<ConfidentialityLevel> level =
          RecordedFacts.level(packDefault, request.raisedLevel(), request.inDoubt(), headshipCheck);
      RecordedFacts.Choice choice =
          facts.decide(
              policy.engine(),
              requester,
              pupil,
              request.topic(),
              level,
              recipient,
              request.purpose(),
              request.urgency(),
              reliedOn);
      Optional<ConfidentialityLevel> unraised =
          RecordedFacts.level(packDefault, Optional.empty(), request.inDoubt(), headshipCheck);
      if (!unraised.equals(level)) {
        // A raised level may only close: where the level the records give is answered more
        // strictly, that holds.
        choice =
            RecordedFacts.stricter(
                choice,
                facts.decide(
                    policy.engine(),
                    requester,
                    pupil,
                    request.topic(),
                    unraised,
                    recipient,
                    request.purpose(),
                    request.urgency(),
                    reliedOn));
      }
      Decision decision = choice.decision();
      decisionDetails(decision, policy.pack(), details);
      details.put("level", choice.stated().level().map(Enum::name).orElse("UNCLASSIFIED"));
      details.put("recipient", recipient.kind().name());
      details.put("recipientRef", recipient.reference());
      details.put("relevance", recipient.relevance().name());
      details.put("capacity", choice.stated().requesterDesignation().name());
      choice
          .stated()
          .recipientDesignation()
          .ifPresent(d -> details.put("recipientDesignation", d.name()));
      // Every fact the decision rests on, named, so it can be replayed under another version of the
      // pack.
      RequestFacts stated = choice.stated().requestFacts();
      details.put("otherServices", Boolean.toString(stated.pupilInOtherServices()));
      details.put("childAtRisk", Boolean.toString(stated.childAtRisk()));
      details.put(
          "consultationStates",
          java.util.Arrays.stream(ConsulteeRole.values())
              .filter(
                  role ->
                      stated.consultation(role)
                          != io.github.liaisonsdk.sharing.ConsultationState.NONE)
              .map(role -> role + ":" + stated.consultation(role))
              .collect(Collectors.joining(",")));
      details.put("explanationSha256", decision.explanationSha256());
      request.lawfulBasis().ifPresent(basis -> details.put("lawfulBasis", basis.name()));
      if (!reliedOn.isEmpty()) {
        details.put(
            "consultations",
            reliedOn.stream()
                .map(c -> c.id() + ":" + c.role() + ":" + c.outcome())
                .collect(Collectors.joining(",")));
      }
      records.audit.record(
          AuditEventType.DECISION,
          Optional.of(requester.id()),
          pupil.id().value(),
          details,
          referenceVersion);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{} for pupil {} on {} to {} under {} ({})",
            decision.outcome(),
            LogSafe.of(pupil.id().value()),
            request.topic(),
            recipient.kind(),
            LogSafe.of(policy.pack().id()),
            details.get("clauses"));
      }
      return decision;
    } catch (NotFoundException | LiaisonValidationException refused) {
      // A refused question is on the trail too: who asked, about whom, and that it was refused.
      details.put("outcome", "REFUSED");
      details.put("refusal", refused.getClass().getSimpleName());
      records.audit.record(
          AuditEventType.DECISION,
          Optional.of(request.requester()),
          request.pupil().value(),
          details,
          referenceVersion);
      throw refused;
    }
  }

  /** What the trail records of a decision: outcome, clauses, aims and the pack it was taken under. */
  private void decisionDetails(Decision decision, PolicyPack pack, Map<String, String> details) {
    details.put("outcome", decision.outcome().name());
    decision.denyReason().ifPresent(reason -> details.put("denyReason", reason.name()));
    details.put("clauses", Clause.join(",", decision.clauses()));
    if (!decision.consult().isEmpty()) {
      details.put(
          "consult", decision.consult().stream().map(Enum::name).collect(Collectors.joining(",")));
    }
    details.put(
        "aims", decision.aims().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    details.put("pack", pack.id() + "@" + pack.version());
    details.put("packHash", pack.contentHash());
  }

  @Override
  public ConsultationRecord recordConsultation(ConsultationRecord given) {
    Checks.present(given, "ConsultationRecord", "consultation");
    // Kept to the microsecond, as every store keeps instants: which consultation came last is the
    // same on all.
    ConsultationRecord consultation =
        ConsultationRecord.builder()
            .from(given)
            .consultedAt(given.consultedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS))
            .build();
    StaffMember by = records.staffMember(consultation.consultedBy());
    StaffMember recorder = records.staffMember(consultation.recordedBy());
    records.pupil(consultation.pupil());
    List<Violation> wrong = new ArrayList<>();
    if (consultation.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM) {
      boolean dslOrHeadship =
          recorder.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD)
              || SchoolRecords.headship(recorder);
      boolean ownAnswer =
          recorder.id().equals(by.id())
              && !recorder.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD);
      if (!dslOrHeadship || ownAnswer) {
        wrong.add(
            Violation.of(
                "recordedBy",
                "the LA team's answer is recorded by the designated safeguarding lead"
                    + " or the headship, never by the requester alone",
                Clause.LP36_6_1));
      }
    } else if (!consultation.consultee().equals(Optional.of(recorder.id()))) {
      wrong.add(
          Violation.of(
              "recordedBy",
              "is the member of staff consulted, who records their own answer",
              consultation.role() == ConsulteeRole.HEADSHIP
                  ? Clause.HSL_5
                  : consultation.role() == ConsulteeRole.LINE_MANAGER
                      ? Clause.HSL_4
                      : Clause.LP36_6_1));
    }
    Optional<StaffMember> consultee = consultation.consultee().flatMap(records.store.staff()::find);
    switch (consultation.role()) {
      case LINE_MANAGER:
        if (!by.lineManager().equals(consultation.consultee())) {
          wrong.add(
              Violation.of(
                  "consultee",
                  "is the line manager on the requester's staff record",
                  Clause.HSL_4));
        }
        break;
      case HEADSHIP:
        if (!consultee.map(SchoolRecords::headship).orElse(false)) {
          wrong.add(
              Violation.of(
                  "consultee", "is the headteacher or an assistant headteacher", Clause.HSL_5));
        }
        boolean alwaysConfidential =
            consultation.topic() == Topic.CONCERNS_AND_SAFEGUARDING
                || consultation.topic() == Topic.SUPPORT_PLAN;
        if (alwaysConfidential
            && consultation
                .classifiedAs()
                .map(level -> !level.isAtLeast(ConfidentialityLevel.CONFIDENTIAL))
                .orElse(false)) {
          wrong.add(
              Violation.of(
                  "classifiedAs",
                  "safeguarding and support-plan information stays confidential or" + " above",
                  Clause.HSL_3));
        }
        break;
      case DESIGNATED_SAFEGUARDING_LEAD:
        if (!consultee.map(c -> c.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD)).orElse(false)) {
          wrong.add(
              Violation.of("consultee", "is the designated safeguarding lead", Clause.LP36_6_1));
        }
        break;
      default:
        if (records.pack().laSafeguardingContact().isEmpty()) {
          wrong.add(
              Violation.of(
                  "role",
                  "the pack's directory names the LA safeguarding team contact (LP36-A)"
                      + " before that contact can be consulted",
                  Clause.LP36_6_1));
        }
    }
    if (consultation.consultedAt().isAfter(records.clock.instant())) {
      wrong.add(
          Violation.of(
              "consultedAt",
              "a consultation is recorded after it took place, never before",
              consultation.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM
                  ? Clause.LP36_6_3
                  : Clause.HSL_4));
    }
    if (!wrong.isEmpty()) {
      throw new LiaisonValidationException("ConsultationRecord", wrong);
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("event", "consultation recorded");
    details.put("consultation", consultation.id().value());
    details.put("role", consultation.role().name());
    details.put("consultedBy", by.id().value());
    consultation.consultee().ifPresent(c -> details.put("consultee", c.value()));
    details.put("topic", consultation.topic().name());
    details.put("outcome", consultation.outcome().name());
    consultation.classifiedAs().ifPresent(level -> details.put("classifiedAs", level.name()));
    consultation.whoInformsOtherServices().ifPresent(who -> details.put("whoInforms", who.name()));
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.of(recorder.id()),
        consultation.pupil().value(),
        details,
        tx -> tx.consultations().save(consultation));
    return consultation;
  }

  @Override
  public SafeguardingAgreement documentSafeguardingAgreement(
      ConsultationId laConsultation,
      StaffId recordedBy,
      List<Participant> participants,
      Set<ServiceId> servicesToInform) {
    Checks.present(laConsultation, "SafeguardingAgreement", "laConsultation");
    Checks.present(recordedBy, "SafeguardingAgreement", "recordedBy");
    Checks.allPresent(participants, "SafeguardingAgreement", "participants");
    Checks.allPresent(servicesToInform, "SafeguardingAgreement", "servicesToInform");
    StaffMember recorder = records.staffMember(recordedBy);
    if (!safeguardingPost(recorder)) {
      throw new AccessDeniedException(
          "only the site manager, the designated safeguarding lead or the headship"
              + " records a safeguarding agreement",
          List.of(Clause.LP36_6_1));
    }
    ConsultationRecord la =
        records
            .store
            .consultations()
            .find(laConsultation)
            .filter(
                c ->
                    c.consultedBy().equals(recordedBy)
                        && c.role() == ConsulteeRole.LA_SAFEGUARDING_TEAM)
            .orElseThrow(
                () ->
                    new LiaisonValidationException(
                        "SafeguardingAgreement",
                        Violation.of(
                            "laConsultation",
                            "is the LA safeguarding team's consultation the recorder recorded",
                            Clause.LP36_6_1)));
    Pupil pupil = records.pupil(la.pupil());
    Decision decision =
        decide(
            SharingRequest.builder()
                .requester(recordedBy)
                .pupil(pupil.id())
                .topic(Topic.CONCERNS_AND_SAFEGUARDING)
                .recipient(Recipient.outside(RecipientKind.OTHER_GROUP_SERVICE))
                .purpose(Purpose.SAFEGUARDING)
                .urgency(Urgency.ROUTINE)
                .addConsultations(la.id())
                .build());
    if (!decision.permits()) {
      throw new AccessDeniedException(
          "the pack does not permit this share: " + decision.outcome(), decision.clauses());
    }
    Consultation agreed = records.asConsultation(la);
    List<Participant> everyone = new ArrayList<>(participants);
    Participant contact = new Participant(agreed.consulteeName(), agreed.consulteeDesignation());
    Participant self =
        new Participant(
            recorder.displayName().orElse(recorder.id().value()), SchoolRecords.posts(recorder));
    for (Participant required : List.of(contact, self)) {
      if (everyone.stream().noneMatch(p -> p.name().equals(required.name()))) {
        everyone.add(required);
      }
    }
    SafeguardingAgreement agreement =
        SafeguardingAgreement.builder()
            .pupil(pupil.id())
            .agreedAt(la.consultedAt())
            .laConsultation(agreed)
            .participants(everyone)
            .servicesToInform(servicesToInform)
            .recordedBy(recordedBy)
            .build();
    String key = Hashing.sha256(LiaisonJson.write(agreement));
    Map<String, String> details =
        Map.of(
            "event",
            SAFEGUARDING_AGREEMENT,
            "consultation",
            la.id().value(),
            "clauses",
            Clause.join(",", decision.clauses()),
            "agreement",
            key);
    records.writeAudited(
        AuditEventType.WRITE,
        Optional.of(recorder.id()),
        pupil.id().value(),
        details,
        tx -> tx.agreements().save(key, agreement));
    return agreement;
  }

  @Override
  public List<SafeguardingAgreement> safeguardingAgreements(PupilId pupil, StaffId reader) {
    Checks.present(pupil, "SafeguardingAgreements", "pupil");
    records.requireOwnTransaction("reading safeguarding agreements");
    StaffMember member = records.staffMember(reader);
    boolean allowed = safeguardingPost(member);
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(reader),
        pupil.value(),
        Map.of("event", "safeguarding agreements read", "granted", Boolean.toString(allowed)));
    if (!allowed) {
      throw new AccessDeniedException(
          "safeguarding records are read by the safeguarding posts only", List.of(Clause.LP36_6_3));
    }
    return records.store.agreements().forPupil(pupil);
  }

  static boolean safeguardingPost(StaffMember member) {
    return member.designations().stream()
        .anyMatch(
            d ->
                d.isHeadship()
                    || d == Designation.SITE_MANAGER
                    || d == Designation.DESIGNATED_SAFEGUARDING_LEAD);
  }
}
