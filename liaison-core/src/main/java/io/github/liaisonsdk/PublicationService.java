package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyDocuments;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.RequesterKind;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The HSL-10 use cases. Thread-safe. */
final class PublicationService implements Publication {
  private final SchoolRecords records;

  /** The document of the version last asked for, kept while that version is in force. */
  private volatile Rendered document;

  private record Rendered(String contentHash, String html) {}

  PublicationService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public String document() {
    PolicyPack pack = records.pack();
    Rendered rendered = document;
    if (rendered == null || !rendered.contentHash().equals(pack.contentHash())) {
      rendered = new Rendered(pack.contentHash(), PolicyDocuments.html(pack));
      document = rendered;
    }
    return rendered.html();
  }

  @Override
  public CopyRequest recordCopyRequest(
      String id, String requester, RequesterKind kind, StaffId recordedBy) {
    Checks.present(kind, "CopyRequest", "requesterKind");
    StaffMember recorder = records.staffMember(recordedBy);
    PolicyVersion version = PolicyVersion.of(records.pack());
    CopyRequest request =
        CopyRequest.builder()
            .id(id)
            .requester(requester)
            .requesterKind(kind)
            .requestedAt(records.now())
            .version(version)
            .recordedBy(recorder.id())
            .build();
    try {
      records.writeAudited(
          AuditEventType.WRITE,
          Optional.of(recorder.id()),
          "policy",
          Map.of(
              "event",
              "copy of the policy requested",
              "request",
              request.id(),
              "requesterKind",
              kind.name(),
              "pack",
              version.pack().value(),
              "version",
              Integer.toString(version.version()),
              "contentHash",
              version.contentHash()),
          tx -> tx.publication().saveCopyRequest(request));
    } catch (ConcurrentUpdateException held) {
      throw new LiaisonValidationException(
          "CopyRequest", Violation.of("id", "is the id of another request", Clause.HSL_10));
    }
    return request;
  }

  @Override
  public List<CopyRequest> copyRequests(StaffId reader) {
    records.requireOwnTransaction("reading requests for copies of the policy");
    headship(reader, "reads who asked for a copy of the policy", "copy requests");
    return records.store.publication().copyRequests();
  }

  @Override
  public Acknowledgement acknowledge(StaffId staff) {
    StaffMember member = records.staffMember(staff);
    PolicyVersion version = PolicyVersion.of(records.pack());
    Optional<Acknowledgement> already = held(member.id(), version);
    if (already.isPresent()) {
      return already.get();
    }
    Acknowledgement acknowledgement = new Acknowledgement(member.id(), version, records.now());
    try {
      records.writeAudited(
          AuditEventType.WRITE,
          Optional.of(member.id()),
          "policy",
          Map.of(
              "event",
              "policy read and understood",
              "pack",
              version.pack().value(),
              "version",
              Integer.toString(version.version()),
              "contentHash",
              version.contentHash()),
          tx -> tx.publication().saveAcknowledgement(acknowledgement));
    } catch (ConcurrentUpdateException raced) {
      // The same member of staff acknowledged at the same moment elsewhere: theirs is the one kept.
      return held(member.id(), version).orElseThrow(() -> raced);
    }
    return acknowledgement;
  }

  @Override
  public List<StaffId> notAcknowledged(StaffId reader) {
    records.requireOwnTransaction("reading who has not acknowledged the policy");
    headship(
        reader, "reads who has not acknowledged the policy", "staff not acknowledging the policy");
    Set<StaffId> acknowledged =
        records.store.publication().acknowledgements(PolicyVersion.of(records.pack())).stream()
            .map(Acknowledgement::staff)
            .collect(Collectors.toSet());
    return records.store.staff().all().stream()
        .filter(PublicationService::staff)
        .map(StaffMember::id)
        .filter(id -> !acknowledged.contains(id))
        .sorted(java.util.Comparator.comparing(StaffId::value))
        .toList();
  }

  /** A member of the school's staff, not a governor on the directory: the policy is acknowledged by staff. */
  static boolean staff(StaffMember member) {
    return member.designations().stream()
        .anyMatch(io.github.liaisonsdk.staff.Designation::isStaffPost);
  }

  private Optional<Acknowledgement> held(StaffId staff, PolicyVersion version) {
    return records.store.publication().acknowledgements(version).stream()
        .filter(a -> a.staff().equals(staff))
        .findFirst();
  }

  private void headship(StaffId reader, String what, String event) {
    StaffMember member = records.staffMember(reader);
    boolean allowed = SchoolRecords.headship(member);
    records.audit.record(
        AuditEventType.RESTRICTED_READ,
        Optional.of(member.id()),
        "policy",
        Map.of("event", event, "granted", Boolean.toString(allowed)));
    if (!allowed) {
      throw new AccessDeniedException(
          "the headteacher or an assistant headteacher " + what, List.of(Clause.HSL_10));
    }
  }
}
