package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.sharing.ConsultationState;
import io.github.liaisonsdk.sharing.ConsulteeRole;
import io.github.liaisonsdk.sharing.Decision;
import io.github.liaisonsdk.sharing.DecisionEngine;
import io.github.liaisonsdk.sharing.DecisionReplay;
import io.github.liaisonsdk.sharing.Outcome;
import io.github.liaisonsdk.sharing.RecipientKind;
import io.github.liaisonsdk.sharing.Relevance;
import io.github.liaisonsdk.sharing.RequestFacts;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a recorded decision under the pack version then in force and under today's: the facts come from the
 * decision's audit event, which names each of them, never from the caller. Thread-safe.
 */
final class Replays {
  private final SchoolRecords records;

  Replays(SchoolRecords records) {
    this.records = records;
  }

  DecisionReplay replay(long sequence, StaffId reader) {
    records.requireOwnTransaction("replaying a decision");
    StaffMember member = records.staffMember(reader);
    boolean allowed = SchoolRecords.headship(member);
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(member.id()),
        "audit",
        Map.of(
            "event",
            "decision replayed",
            "sequence",
            Long.toString(sequence),
            "granted",
            Boolean.toString(allowed)));
    if (!allowed) {
      throw new AccessDeniedException(
          "a decision is replayed by the headteacher or an assistant headteacher",
          List.of(Clause.HSL_11, Clause.LP36_9));
    }
    AuditEvent event =
        records.store.audit().read(sequence, 1).stream()
            .filter(e -> e.sequence() == sequence)
            .findFirst()
            .filter(e -> e.type() == AuditEventType.DECISION)
            .orElseThrow(
                () -> new NotFoundException("decision " + sequence + " is not on the audit trail"));
    Map<String, String> d = event.details();
    if (!d.containsKey("consultationStates") || !d.containsKey("capacity")) {
      throw new LiaisonValidationException(
          "DecisionReplay",
          Violation.of(
              "sequence",
              "names a decision recorded"
                  + " before decisions kept every fact they rest on, or a refused question: it cannot be replayed",
              Clause.LP36_9));
    }
    RequestFacts facts = facts(d);
    Outcome recorded = Outcome.valueOf(d.get("outcome"));
    List<Clause> recordedClauses =
        d.get("clauses").isEmpty()
            ? List.of()
            : Arrays.stream(d.get("clauses").split(",")).map(Clause::of).toList();
    String packThen = d.get("pack");
    PacksInForce.InForce now = records.policy();
    Optional<PolicyPack> then = packThen(packThen, d.get("packHash"), now.pack());
    Optional<Decision> again =
        then.map(
            pack ->
                pack.contentHash().equals(now.pack().contentHash())
                    ? now.engine().decide(facts)
                    : DecisionEngine.compile(pack).decide(facts));
    boolean reproduced =
        again
            .map(
                a ->
                    a.outcome() == recorded
                        && List.copyOf(a.clauses()).equals(recordedClauses)
                        && a.explanationSha256().equals(d.get("explanationSha256")))
            .orElse(false);
    Decision today = now.engine().decide(facts);
    boolean sameToday =
        today.outcome() == recorded && List.copyOf(today.clauses()).equals(recordedClauses);
    String why =
        (then.isEmpty()
                ? "The pack version it was taken under ("
                    + packThen
                    + ") is not held here, so it"
                    + " cannot be answered again as it was. "
                : reproduced
                    ? "Under "
                        + packThen
                        + " it is answered as recorded: "
                        + recorded
                        + " "
                        + recordedClauses
                        + ". "
                    : "Under "
                        + packThen
                        + " it is answered "
                        + again.get().outcome()
                        + " "
                        + again.get().clauses()
                        + ", not as recorded ("
                        + recorded
                        + " "
                        + recordedClauses
                        + "). ")
            + (sameToday
                ? "Today's pack ("
                    + now.pack().id()
                    + "@"
                    + now.pack().version()
                    + ") answers it the same."
                : "Today's pack ("
                    + now.pack().id()
                    + "@"
                    + now.pack().version()
                    + ") answers it "
                    + today.outcome()
                    + " "
                    + today.clauses()
                    + ": "
                    + today.explanation());
    return new DecisionReplay(
        sequence, recorded, recordedClauses, packThen, again, reproduced, today, sameToday, why);
  }

  /**
   * The pack version named by the event, if this school holds a document of it that loads to the same content hash
   * (a site's over the group pack the facade was configured with: the group's own versions are not kept here).
   */
  private Optional<PolicyPack> packThen(String idAtVersion, String hash, PolicyPack inForce) {
    if (inForce.contentHash().equals(hash)) {
      return Optional.of(inForce);
    }
    int at = idAtVersion.lastIndexOf('@');
    Optional<PackDocument> held =
        records
            .store
            .packs()
            .find(
                PolicyPackId.of(idAtVersion.substring(0, at)),
                Integer.parseInt(idAtVersion.substring(at + 1)));
    return held.map(doc -> PacksInForce.load(records.packs.baseline(), doc.json()))
        .filter(pack -> pack.contentHash().equals(hash));
  }

  private static RequestFacts facts(Map<String, String> d) {
    Map<ConsulteeRole, ConsultationState> states = new EnumMap<>(ConsulteeRole.class);
    if (!d.get("consultationStates").isEmpty()) {
      for (String state : d.get("consultationStates").split(",")) {
        String[] parts = state.split(":");
        states.put(ConsulteeRole.valueOf(parts[0]), ConsultationState.valueOf(parts[1]));
      }
    }
    String level = d.get("level");
    return RequestFacts.of(
        Topic.valueOf(d.get("topic")),
        "UNCLASSIFIED".equals(level)
            ? Optional.empty()
            : Optional.of(ConfidentialityLevel.valueOf(level)),
        Designation.valueOf(d.get("capacity")),
        RecipientKind.valueOf(d.get("recipient")),
        Optional.ofNullable(d.get("recipientDesignation")).map(Designation::valueOf),
        Relevance.valueOf(d.get("relevance")),
        Boolean.parseBoolean(d.get("otherServices")),
        Boolean.parseBoolean(d.get("childAtRisk")),
        states);
  }
}
