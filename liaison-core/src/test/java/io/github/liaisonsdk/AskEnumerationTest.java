package io.github.liaisonsdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.plan.FamilyContact;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.ResidenceContext;
import io.github.liaisonsdk.pupil.ServiceId;
import io.github.liaisonsdk.pupil.SupportPlan;
import io.github.liaisonsdk.pupil.SupportPlanKind;
import io.github.liaisonsdk.sharing.Consultation;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationOutcome;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.Invariant;
import io.github.liaisonsdk.sharing.Purpose;
import io.github.liaisonsdk.sharing.Recipient;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.SharingRequest;
import io.github.liaisonsdk.sharing.StandardInvariants;
import io.github.liaisonsdk.sharing.StatedRequest;
import io.github.liaisonsdk.sharing.WhoInforms;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffMember;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proofs hold for every caller. For a small school with stored staff, pupils, plans and consultations, every
 * ask any member of staff can make through the public API (each requester, pupil, topic and
 * recipient, each raised level, in doubt or not, relying on no consultation, each one alone, or all) is decided by
 * the facade; each answer must equal the engine's decision on the facts an independent reading of the same records
 * gives, and none may be a PERMIT the standard invariants exclude.
 */
class AskEnumerationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  static final List<ResidenceContext> PUPILS =
      List.of(ResidenceContext.DAY_WITH_FAMILY, ResidenceContext.CARE_HOME);

  @ParameterizedTest(
      name =
          "{0}: every ask of every member of staff is the engine's decision on recorded facts (HSL-3, HSL-4, HSL-5, HSL-9, LP36-5.1, LP36-6.1)")
  @ValueSource(strings = {"clare-hsl", "coxlease-lp36"})
  void everyAskIsDecidedOnRecordedFacts(String packId) {
    PolicyPack pack = packId.equals("clare-hsl") ? StandardPacks.hsl() : StandardPacks.lp36();
    DecisionEngine engine = DecisionEngine.compile(pack);
    InMemoryStore store = InMemoryStore.create();
    Liaison liaison = TestSchool.open(pack, store, CLOCK);
    liaison
        .school()
        .synchronisePupil(
            Pupil.builder()
                .from(Fixtures.pupil(ResidenceContext.CARE_HOME))
                .addOtherService(ServiceId.of("group-home"))
                .addSupportPlan(
                    SupportPlan.builder()
                        .kind(SupportPlanKind.EHCP)
                        .reference("EHCP-1")
                        .addAccessibleTo(TestSchool.SUPPORT_ASSISTANT)
                        .build())
                .build());
    List<StaffMember> staff = TestSchool.staff();
    // Every member of staff asks; the headteacher has no line manager on record (HSL-4 is then
    // deemed met).
    List<StaffMember> askers = staff;

    // Every consultation each asker could rely on, recorded through the facade (and so checked on
    // the way in).
    Map<String, List<ConsultationId>> consultations = new java.util.HashMap<>();
    int n = 0;
    for (StaffMember asker : askers) {
      for (ResidenceContext context : PUPILS) {
        for (Topic topic : Topic.values()) {
          List<ConsultationId> ids = new ArrayList<>();
          for (ConsulteeRole role : ConsulteeRole.values()) {
            if (role == ConsulteeRole.LA_SAFEGUARDING_TEAM && pack.laSafeguardingContact().isEmpty()
                || role == ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD
                    && asker.id().equals(TestSchool.DSL)
                || role == ConsulteeRole.HEADSHIP && asker.id().equals(TestSchool.HEAD)
                || role == ConsulteeRole.LINE_MANAGER && asker.lineManager().isEmpty()) {
              continue;
            }
            var record =
                ConsultationRecord.builder()
                    .id(ConsultationId.of("c-" + n++))
                    .pupil(Fixtures.pupilId(context))
                    .topic(topic)
                    .consultedBy(asker.id())
                    .role(role)
                    .consultedAt(Fixtures.MORNING)
                    .outcome(ConsultationOutcome.AGREED);
            switch (role) {
              case LINE_MANAGER ->
                  record
                      .consultee(asker.lineManager().orElseThrow())
                      .recordedBy(asker.lineManager().orElseThrow());
              case HEADSHIP ->
                  record
                      .consultee(TestSchool.HEAD)
                      .recordedBy(TestSchool.HEAD)
                      .classifiedAs(
                          topic == Topic.CONCERNS_AND_SAFEGUARDING || topic == Topic.SUPPORT_PLAN
                              ? ConfidentialityLevel.CONFIDENTIAL
                              : ConfidentialityLevel.PUBLIC);
              case DESIGNATED_SAFEGUARDING_LEAD ->
                  record.consultee(TestSchool.DSL).recordedBy(TestSchool.DSL);
              default ->
                  record.whoInformsOtherServices(WhoInforms.REFERRER).recordedBy(TestSchool.DSL);
            }
            ids.add(liaison.sharing().recordConsultation(record.build()).id());
            if (role == ConsulteeRole.LINE_MANAGER && topic == Topic.BEHAVIOUR) {
              // A later refusal on record, never cited: it must still hold over the agreement that
              // is.
              liaison
                  .sharing()
                  .recordConsultation(
                      ConsultationRecord.builder()
                          .from(record.build())
                          .id(ConsultationId.of("c-" + n++))
                          .consultedAt(Fixtures.MORNING.plusSeconds(3600))
                          .outcome(ConsultationOutcome.DECLINED)
                          .build());
            }
          }
          consultations.put(asker.id() + "/" + context + "/" + topic, ids);
        }
      }
    }

    int asks = 0;
    int permits = 0;
    Map<Relevance, Integer> relevance = new EnumMap<>(Relevance.class);
    for (StaffMember asker : askers) {
      for (ResidenceContext context : PUPILS) {
        Pupil pupil = store.pupils().find(Fixtures.pupilId(context)).orElseThrow();
        LiaisonPlan plan =
            store.plans().inForce(pupil.id(), Fixtures.START.plusMonths(2)).orElseThrow();
        List<Recipient> recipients = new ArrayList<>();
        staff.forEach(m -> recipients.add(Recipient.staff(m.id())));
        plan.familySide().forEach(c -> recipients.add(Recipient.familyContact(c.id())));
        for (RecipientKind kind :
            List.of(
                RecipientKind.OTHER_GROUP_SERVICE,
                RecipientKind.LA_SAFEGUARDING_TEAM,
                RecipientKind.EXTERNAL_AGENCY,
                RecipientKind.GOVERNORS,
                RecipientKind.PUBLIC)) {
          recipients.add(Recipient.outside(kind));
        }
        for (Topic topic : Topic.values()) {
          List<ConsultationId> recorded =
              consultations.get(asker.id() + "/" + context + "/" + topic);
          List<List<ConsultationId>> reliances = new ArrayList<>();
          reliances.add(List.of());
          recorded.forEach(id -> reliances.add(List.of(id)));
          reliances.add(recorded);
          for (Recipient recipient : recipients) {
            for (Optional<ConfidentialityLevel> raised : levels()) {
              for (boolean inDoubt : new boolean[] {false, true}) {
                for (List<ConsultationId> reliedOn : reliances) {
                  SharingRequest ask =
                      SharingRequest.builder()
                          .requester(asker.id())
                          .pupil(pupil.id())
                          .topic(topic)
                          .recipient(recipient)
                          .purpose(Purpose.INFORMATION_REQUEST)
                          .raisedLevel(raised)
                          .inDoubt(inDoubt)
                          .consultations(reliedOn)
                          .build();
                  Decision decided = liaison.sharing().decide(ask);
                  StatedRequest facts = oracle(pack, store, asker, pupil, plan, ask);
                  // A raised level may only close: the stricter of the raised and the unraised
                  // answers holds.
                  StatedRequest unraised =
                      oracle(
                          pack,
                          store,
                          asker,
                          pupil,
                          plan,
                          SharingRequest.builder().from(ask).raisedLevel(Optional.empty()).build());
                  if (rank(engine.decide(unraised)) > rank(engine.decide(facts))) {
                    facts = unraised;
                  }
                  assertThat(decided).as("%s", ask).isEqualTo(engine.decide(facts));
                  for (Invariant invariant : StandardInvariants.core()) {
                    assertThat(invariant.holds(facts.requestFacts(), decided))
                        .as("%s for %s: %s", invariant, facts.requestFacts(), decided)
                        .isTrue();
                  }
                  // HSL-5: information is only ever below the pack's level on a headship check.
                  assertThat(
                          facts
                                  .level()
                                  .map(l -> !pack.levelOf(topic).isNarrowerThan(l))
                                  .orElse(true)
                              || facts.requestFacts().consultation(ConsulteeRole.HEADSHIP)
                                  == io.github.liaisonsdk.sharing.ConsultationState.AGREED)
                      .as("%s", ask)
                      .isTrue();
                  relevance.merge(facts.recipientRelevance(), 1, Integer::sum);
                  asks++;
                  permits += decided.permits() ? 1 : 0;
                }
              }
            }
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "ENFORCEMENT %s: %d asks through the facade, %d permitted, relevance %s%n",
        packId,
        asks,
        permits,
        relevance);
    assertThat(permits).isPositive().isLessThan(asks);
    assertThat(relevance)
        .containsKeys(
            Relevance.NOT_RELEVANT, Relevance.RELEVANT_PARTY, Relevance.NAMED_LIAISON_PERSON);
  }

  private static int rank(Decision decision) {
    return decision.outcome().ordinal() == 0
        ? 0
        : decision.outcome().name().equals("CONSULT") ? 1 : 2;
  }

  private static List<Optional<ConfidentialityLevel>> levels() {
    List<Optional<ConfidentialityLevel>> levels = new ArrayList<>();
    levels.add(Optional.empty());
    for (ConfidentialityLevel level : ConfidentialityLevel.values()) {
      levels.add(Optional.of(level));
    }
    return levels;
  }

  /** The facts as a second, independent reading of the school's records gives them. */
  private static StatedRequest oracle(
      PolicyPack pack,
      InMemoryStore store,
      StaffMember asker,
      Pupil pupil,
      LiaisonPlan plan,
      SharingRequest ask) {
    // For each consultation cited, the latest on record for the same question counts; at a tie, a
    // refusal.
    List<ConsultationRecord> relied =
        ask.consultations().stream()
            .map(id -> store.consultations().find(id).orElseThrow())
            .map(
                cited ->
                    store.consultations().forPupil(cited.pupil()).stream()
                        .filter(
                            c ->
                                c.consultedBy().equals(cited.consultedBy())
                                    && c.topic() == cited.topic()
                                    && c.role() == cited.role())
                        .max(
                            java.util.Comparator.comparing(ConsultationRecord::consultedAt)
                                .thenComparing(c -> c.outcome() == ConsultationOutcome.DECLINED))
                        .orElseThrow())
            .distinct()
            .toList();
    Optional<ConsultationRecord> head =
        relied.stream().filter(c -> c.role() == ConsulteeRole.HEADSHIP).findFirst();
    Optional<ConfidentialityLevel> level;
    if (head.isPresent() && head.get().outcome() == ConsultationOutcome.DECLINED) {
      level = Optional.empty();
    } else if (head.isPresent()) {
      ConfidentialityLevel checked = head.get().classifiedAs().orElseThrow();
      level = Optional.of(ask.raisedLevel().map(checked::narrowest).orElse(checked));
    } else if (ask.inDoubt()) {
      level = ask.raisedLevel().filter(r -> r.isNarrowerThan(pack.levelOf(ask.topic())));
    } else {
      ConfidentialityLevel floor = pack.levelOf(ask.topic());
      level = Optional.of(ask.raisedLevel().map(floor::narrowest).orElse(floor));
    }
    List<Consultation> consultations = new ArrayList<>();
    if (asker.holds(Designation.DESIGNATED_SAFEGUARDING_LEAD)) {
      consultations.add(
          Consultation.builder()
              .role(ConsulteeRole.DESIGNATED_SAFEGUARDING_LEAD)
              .consulteeName("n")
              .consulteeDesignation("d")
              .consultedAt(Fixtures.MORNING)
              .outcome(ConsultationOutcome.AGREED)
              .build());
    }
    if (asker.holds(Designation.HEADTEACHER) && asker.lineManager().isEmpty()) {
      consultations.add(
          Consultation.builder()
              .role(ConsulteeRole.LINE_MANAGER)
              .consulteeName("n")
              .consulteeDesignation("d")
              .consultedAt(Fixtures.MORNING)
              .outcome(ConsultationOutcome.AGREED)
              .build());
    }
    for (ConsultationRecord c : relied) {
      consultations.add(
          Consultation.builder()
              .role(c.role())
              .consulteeName("n")
              .consulteeDesignation("d")
              .consultedAt(c.consultedAt())
              .outcome(c.outcome())
              .whoInformsOtherServices(c.whoInformsOtherServices())
              .build());
    }
    var stated =
        StatedRequest.builder()
            .pupil(pupil.id())
            .topic(ask.topic())
            .level(level)
            .originService(pupil.homeService())
            .requester(asker.id())
            .requesterDesignation(asker.designations().iterator().next())
            .pupilInOtherServices(!pupil.otherServices().isEmpty())
            .purpose(ask.purpose())
            .urgency(ask.urgency())
            .consultations(consultations);
    if (ask.recipient().staff().isPresent()) {
      StaffMember to = store.staff().find(ask.recipient().staff().get()).orElseThrow();
      boolean named = plan.schoolSide().contains(to.id());
      Relevance relevance =
          named && (ask.topic() != Topic.SUPPORT_PLAN || !pupil.supportPlans().isEmpty())
              ? Relevance.NAMED_LIAISON_PERSON
              : named
                      || pack.relevantPosts(ask.topic())
                          .contains(to.designations().iterator().next())
                      || ask.topic() == Topic.SUPPORT_PLAN
                          && pupil.supportPlans().stream()
                              .anyMatch(p -> p.accessibleTo().contains(to.id()))
                  ? Relevance.RELEVANT_PARTY
                  : Relevance.NOT_RELEVANT;
      stated
          .recipient(RecipientKind.STAFF_IN_SCHOOL)
          .recipientDesignation(to.designations().iterator().next())
          .recipientRelevance(relevance);
    } else if (ask.recipient().familyContact().isPresent()) {
      FamilyContact contact =
          plan.familyContact(ask.recipient().familyContact().get()).orElseThrow();
      stated.recipient(
          contact.parentalResponsibility()
              ? RecipientKind.PARENT_WITH_RESPONSIBILITY
              : RecipientKind.PARENT_WITHOUT_RESPONSIBILITY);
    } else {
      stated.recipient(ask.recipient().outside().orElseThrow());
    }
    return stated.build();
  }
}
