package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the in-memory store holds. Values are immutable, so a copy of the maps is a full snapshot, which is
 * how a unit of work rolls back.
 */
final class Tables {
  final Map<PupilId, Pupil> pupils;
  final Map<StaffId, StaffMember> staff;
  final Map<PlanId, List<LiaisonPlan>> plans;
  final Map<ContactRecordId, ContactRecord> records;
  final Map<ContactRecordId, List<Amendment>> amendments;
  final Map<PolicyPackId, TreeMap<Integer, PackDocument>> packs;
  final List<AuditEvent> audit;
  final Map<CaseId, List<ExternalContactCase>> cases;
  final Map<ConsultationId, ConsultationRecord> consultations;
  final Map<String, SafeguardingAgreement> agreements = new LinkedHashMap<>();
  final Map<
          io.github.liaisonsdk.childprotection.TransferId,
          List<io.github.liaisonsdk.childprotection.FileTransfer>>
      transfers = new LinkedHashMap<>();
  final Map<String, io.github.liaisonsdk.dataprotection.DisposalReview> disposalReviews =
      new LinkedHashMap<>();
  final Map<String, io.github.liaisonsdk.publication.CopyRequest> copyRequests =
      new LinkedHashMap<>();
  final Map<List<Object>, io.github.liaisonsdk.publication.Acknowledgement> acknowledgements =
      new LinkedHashMap<>();

  /** Keyed on pack id and version number. */
  final Map<List<Object>, io.github.liaisonsdk.publication.PolicyDraft> drafts =
      new LinkedHashMap<>();

  /** Keyed on the draft's version and the post signed for. */
  final Map<List<Object>, io.github.liaisonsdk.publication.Ratification> ratifications =
      new LinkedHashMap<>();

  /** Keyed on pack id and version number. */
  final Map<List<Object>, io.github.liaisonsdk.publication.PolicyPublication> publications =
      new LinkedHashMap<>();

  Tables() {
    this(
        new HashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        new LinkedHashMap<>(),
        new HashMap<>(),
        new HashMap<>(),
        new ArrayList<>(),
        new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }

  private Tables(
      Map<PupilId, Pupil> pupils,
      Map<StaffId, StaffMember> staff,
      Map<PlanId, List<LiaisonPlan>> plans,
      Map<ContactRecordId, ContactRecord> records,
      Map<ContactRecordId, List<Amendment>> amendments,
      Map<PolicyPackId, TreeMap<Integer, PackDocument>> packs,
      List<AuditEvent> audit,
      Map<CaseId, List<ExternalContactCase>> cases,
      Map<ConsultationId, ConsultationRecord> consultations) {
    this.cases = cases;
    this.consultations = consultations;
    this.pupils = pupils;
    this.staff = staff;
    this.plans = plans;
    this.records = records;
    this.amendments = amendments;
    this.packs = packs;
    this.audit = audit;
  }
}
