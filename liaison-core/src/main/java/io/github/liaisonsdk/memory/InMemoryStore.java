package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.audit.AuditEvent;
import io.github.liaisonsdk.audit.ChainCheckpoint;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.CaseId;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.contact.ExternalContactCase;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.LiaisonPlan;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.port.AuditEventRepository;
import io.github.liaisonsdk.port.ChildProtectionFileRepository;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.ConsultationRepository;
import io.github.liaisonsdk.port.ContactRecordRepository;
import io.github.liaisonsdk.port.ContactTally;
import io.github.liaisonsdk.port.ExternalContactRepository;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.MonitoringQueries;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.port.OutOfHoursTally;
import io.github.liaisonsdk.port.PlanRepository;
import io.github.liaisonsdk.port.PolicyPackRepository;
import io.github.liaisonsdk.port.PublicationRepository;
import io.github.liaisonsdk.port.PupilRepository;
import io.github.liaisonsdk.port.SafeguardingAgreementRepository;
import io.github.liaisonsdk.port.StaffRepository;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyDraft;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.Ratification;
import io.github.liaisonsdk.pupil.Pupil;
import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.ConsultationId;
import io.github.liaisonsdk.sharing.ConsultationRecord;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One school's {@link LiaisonStore} in memory: for tests, demos and trying the library out. Nothing survives the
 * process. Many schools: {@link InMemorySchoolStores}, one of these per school.
 *
 * <p>Thread-safe: one lock serialises every operation, and a unit of work holds it throughout, so units of work
 * are serialisable. A unit of work records the inverse of each change it makes and undoes them if the work throws.
 */
public final class InMemoryStore implements LiaisonStore {

  private static final Comparator<ConsultationRecord> BY_CONSULTATION =
      Comparator.comparing(ConsultationRecord::consultedAt).thenComparing(c -> c.id().value());
  private static final Comparator<ContactRecord> BY_OCCURRENCE =
      Comparator.comparing(ContactRecord::occurredAt).thenComparing(r -> r.id().value());

  private final ReentrantLock lock = new ReentrantLock();
  private final Tables tables = new Tables();

  /** While a unit of work runs, the inverse of each change it made, in order; null otherwise. Guarded by lock. */
  private @Nullable List<Runnable> undo;

  /** Bumped by every write of a pupil, a member of staff or a plan. Guarded by lock for writes. */
  private volatile long referenceVersion;

  private final SchoolId school;

  private InMemoryStore(SchoolId school) {
    this.school = school;
  }

  /**
   * A new, empty store of {@link SchoolId#DEFAULT the default school}.
   *
   * @return the store
   */
  public static InMemoryStore create() {
    return new InMemoryStore(SchoolId.DEFAULT);
  }

  /**
   * A new, empty store of one school.
   *
   * @param school the school
   * @return the store
   */
  public static InMemoryStore create(SchoolId school) {
    return new InMemoryStore(Checks.present(school, "InMemoryStore", "school"));
  }

  @Override
  public SchoolId school() {
    return school;
  }

  @Override
  public PupilRepository pupils() {
    return pupils;
  }

  @Override
  public StaffRepository staff() {
    return staff;
  }

  @Override
  public PlanRepository plans() {
    return plans;
  }

  @Override
  public ContactRecordRepository contacts() {
    return contacts;
  }

  @Override
  public ExternalContactRepository externalContacts() {
    return cases;
  }

  @Override
  public MonitoringQueries monitoring() {
    return monitoring;
  }

  @Override
  public PolicyPackRepository packs() {
    return packs;
  }

  @Override
  public AuditEventRepository audit() {
    return audit;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public SafeguardingAgreementRepository agreements() {
    return agreements;
  }

  @Override
  public ChildProtectionFileRepository childProtectionFiles() {
    return childProtectionFiles;
  }

  @Override
  public PublicationRepository publication() {
    return publication;
  }

  @Override
  public long referenceVersion() {
    return referenceVersion;
  }

  /**
   * Runs the work holding the store's lock, recording the inverse of every change so that a failure undoes
   * exactly what the work did: the cost of a unit of work is that of its own writes, not of the store's size.
   * Nested units roll back to where they began.
   */
  @Override
  public <T> T inTransaction(Function<LiaisonStore, T> work) {
    lock.lock();
    boolean outermost = undo == null;
    if (outermost) {
      undo = new ArrayList<>();
    }
    int mark = undo.size();
    try {
      return work.apply(this);
    } catch (RuntimeException | Error e) {
      List<Runnable> changes = undo;
      for (int i = changes.size() - 1; i >= mark; i--) {
        changes.remove(i).run();
      }
      throw e;
    } finally {
      if (outermost) {
        undo = null;
      }
      lock.unlock();
    }
  }

  /** Under the lock: how to take back a change, if a unit of work is running. */
  private void onRollback(Runnable inverse) {
    List<Runnable> changes = undo;
    if (changes != null) {
      changes.add(inverse);
    }
  }

  /** Under the lock: a write of reference data, which the facade's cached facts must notice. */
  private void referenceChanged() {
    referenceVersion++;
  }

  /** Under the lock: puts a value, remembering what it replaced. */
  private <K, V> void put(Map<K, V> map, K key, V value) {
    V previous = map.put(key, value);
    onRollback(
        () -> {
          if (previous == null) {
            map.remove(key);
          } else {
            map.put(key, previous);
          }
        });
  }

  /** Under the lock: appends to a key's list, remembering to take it off again. */
  private <K, V> void add(Map<K, List<V>> map, K key, V value) {
    List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(value);
    onRollback(
        () -> {
          list.remove(list.size() - 1);
          if (list.isEmpty()) {
            map.remove(key);
          }
        });
  }

  private <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  private void locked(Runnable action) {
    locked(
        () -> {
          action.run();
          return null;
        });
  }

  private final SafeguardingAgreementRepository agreements =
      new SafeguardingAgreementRepository() {
        @Override
        public void save(String key, SafeguardingAgreement agreement) {
          locked(
              () -> {
                if (tables.agreements.containsKey(key)) {
                  throw new ConcurrentUpdateException(
                      "safeguarding agreement " + key + " is already documented");
                }
                put(tables.agreements, key, agreement);
              });
        }

        @Override
        public List<SafeguardingAgreement> forPupil(PupilId pupil) {
          return locked(
              () ->
                  tables.agreements.values().stream()
                      .filter(a -> a.pupil().equals(pupil))
                      .sorted(Comparator.comparing(SafeguardingAgreement::agreedAt))
                      .toList());
        }
      };

  private final ConsultationRepository consultations =
      new ConsultationRepository() {
        @Override
        public void save(ConsultationRecord consultation) {
          locked(
              () -> {
                if (tables.consultations.containsKey(consultation.id())) {
                  throw new ConcurrentUpdateException(
                      "consultation " + consultation.id() + " is already recorded");
                }
                put(tables.consultations, consultation.id(), consultation);
              });
        }

        @Override
        public Optional<ConsultationRecord> find(ConsultationId id) {
          return locked(() -> Optional.ofNullable(tables.consultations.get(id)));
        }

        @Override
        public List<ConsultationRecord> forPupil(PupilId pupil) {
          return locked(
              () ->
                  tables.consultations.values().stream()
                      .filter(c -> c.pupil().equals(pupil))
                      .sorted(
                          Comparator.comparing(ConsultationRecord::consultedAt)
                              .thenComparing(c -> c.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final PupilRepository pupils =
      new PupilRepository() {
        @Override
        public void save(Pupil pupil) {
          locked(
              () -> {
                // A synchronisation that re-saves a pupil unchanged changes nothing a decision
                // rests on.
                if (!pupil.equals(tables.pupils.get(pupil.id()))) {
                  put(tables.pupils, pupil.id(), pupil);
                  referenceChanged();
                }
              });
        }

        @Override
        public Optional<Pupil> find(PupilId id) {
          return locked(() -> Optional.ofNullable(tables.pupils.get(id)));
        }

        @Override
        public List<Pupil> all() {
          return locked(
              () ->
                  tables.pupils.values().stream()
                      .sorted(Comparator.comparing(p -> p.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final StaffRepository staff =
      new StaffRepository() {
        @Override
        public void save(StaffMember member) {
          locked(
              () -> {
                if (!member.equals(tables.staff.get(member.id()))) {
                  put(tables.staff, member.id(), member);
                  referenceChanged();
                }
              });
        }

        @Override
        public Optional<StaffMember> find(StaffId id) {
          return locked(() -> Optional.ofNullable(tables.staff.get(id)));
        }

        @Override
        public List<StaffMember> all() {
          return locked(
              () ->
                  tables.staff.values().stream()
                      .sorted(Comparator.comparing(s -> s.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final PlanRepository plans =
      new PlanRepository() {
        @Override
        public void save(LiaisonPlan plan) {
          locked(
              () -> {
                List<LiaisonPlan> versions = tables.plans.get(plan.id());
                int latest = versions == null ? 0 : versions.get(versions.size() - 1).version();
                if (plan.version() != latest + 1) {
                  throw new ConcurrentUpdateException(
                      "plan "
                          + plan.id()
                          + " is at version "
                          + latest
                          + "; version "
                          + plan.version()
                          + " cannot be saved");
                }
                if (versions != null && !versions.get(0).pupil().equals(plan.pupil())) {
                  throw new ConcurrentUpdateException(
                      "plan " + plan.id() + " belongs to another pupil");
                }
                add(tables.plans, plan.id(), plan);
                referenceChanged();
              });
        }

        @Override
        public Optional<LiaisonPlan> latest(PlanId id) {
          return locked(
              () -> {
                List<LiaisonPlan> versions = tables.plans.get(id);
                return versions == null
                    ? Optional.empty()
                    : Optional.of(versions.get(versions.size() - 1));
              });
        }

        @Override
        public List<LiaisonPlan> versions(PlanId id) {
          return locked(() -> List.copyOf(tables.plans.getOrDefault(id, List.of())));
        }

        @Override
        public List<LiaisonPlan> forPupil(PupilId pupil) {
          return locked(
              () ->
                  tables.plans.values().stream()
                      .map(versions -> versions.get(versions.size() - 1))
                      .filter(plan -> plan.pupil().equals(pupil))
                      .sorted(
                          Comparator.comparing(LiaisonPlan::effectiveFrom)
                              .thenComparing(p -> p.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final ContactRecordRepository contacts =
      new ContactRecordRepository() {
        @Override
        public void append(ContactRecord record) {
          locked(
              () -> {
                if (tables.records.containsKey(record.id())) {
                  throw new ConcurrentUpdateException(
                      "contact record " + record.id() + " exists already");
                }
                put(tables.records, record.id(), record);
              });
        }

        @Override
        public void amend(Amendment amendment) {
          locked(
              () -> {
                if (!tables.records.containsKey(amendment.record())) {
                  throw new NotFoundException(
                      "contact record " + amendment.record() + " is not held");
                }
                add(tables.amendments, amendment.record(), amendment);
              });
        }

        @Override
        public boolean dispose(ContactRecordId id) {
          return locked(
              () -> {
                List<Amendment> amended = tables.amendments.remove(id);
                ContactRecord removed = tables.records.remove(id);
                onRollback(
                    () -> {
                      if (removed != null) {
                        tables.records.put(id, removed);
                      }
                      if (amended != null) {
                        tables.amendments.put(id, amended);
                      }
                    });
                return removed != null;
              });
        }

        @Override
        public Optional<ContactRecord> find(ContactRecordId id) {
          return locked(() -> Optional.ofNullable(tables.records.get(id)));
        }

        @Override
        public List<Amendment> amendments(ContactRecordId id) {
          return locked(() -> List.copyOf(tables.amendments.getOrDefault(id, List.of())));
        }

        @Override
        public List<ContactRecord> chronology(PupilId pupil) {
          return locked(
              () ->
                  tables.records.values().stream()
                      .filter(r -> r.pupil().equals(pupil))
                      .sorted(BY_OCCURRENCE)
                      .collect(Collectors.toList()));
        }

        @Override
        public List<ContactRecord> occurredBetween(Instant from, Instant until) {
          return locked(
              () ->
                  tables.records.values().stream()
                      .filter(r -> !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(until))
                      .sorted(BY_OCCURRENCE)
                      .collect(Collectors.toList()));
        }
      };

  private final ExternalContactRepository cases =
      new ExternalContactRepository() {
        @Override
        public void save(ExternalContactCase contactCase) {
          locked(
              () -> {
                List<ExternalContactCase> versions = tables.cases.get(contactCase.id());
                int latest = versions == null ? 0 : versions.get(versions.size() - 1).version();
                if (contactCase.version() != latest + 1) {
                  throw new ConcurrentUpdateException(
                      "case "
                          + contactCase.id()
                          + " is at version "
                          + latest
                          + "; version "
                          + contactCase.version()
                          + " cannot be saved");
                }
                add(tables.cases, contactCase.id(), contactCase);
              });
        }

        @Override
        public Optional<ExternalContactCase> latest(CaseId id) {
          return locked(
              () -> {
                List<ExternalContactCase> versions = tables.cases.get(id);
                return versions == null
                    ? Optional.empty()
                    : Optional.of(versions.get(versions.size() - 1));
              });
        }

        @Override
        public List<ExternalContactCase> versions(CaseId id) {
          return locked(() -> List.copyOf(tables.cases.getOrDefault(id, List.of())));
        }

        @Override
        public List<ExternalContactCase> forPupil(PupilId pupil) {
          return locked(
              () ->
                  tables.cases.values().stream()
                      .map(versions -> versions.get(versions.size() - 1))
                      .filter(c -> c.pupil().equals(pupil))
                      .sorted(
                          Comparator.comparing(ExternalContactCase::disclosedAt)
                              .thenComparing(c -> c.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final MonitoringQueries monitoring =
      new MonitoringQueries() {
        @Override
        public List<io.github.liaisonsdk.port.ContactParties> contactParties(
            Instant from, Instant until) {
          return locked(
              () ->
                  tables.records.values().stream()
                      .filter(r -> !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(until))
                      .map(
                          r ->
                              new io.github.liaisonsdk.port.ContactParties(
                                  r.pupil(), r.kind(), r.plan(), r.planVersion(), r.counterparts()))
                      .toList());
        }

        @Override
        public Map<PupilId, List<Instant>> routineContacts(Instant from, Instant until) {
          return locked(
              () -> {
                Map<PupilId, List<Instant>> found = new HashMap<>();
                tables.records.values().stream()
                    .filter(r -> r.kind() == io.github.liaisonsdk.contact.ContactKind.ROUTINE)
                    .filter(r -> !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(until))
                    .sorted(BY_OCCURRENCE)
                    .forEach(
                        r ->
                            found
                                .computeIfAbsent(r.pupil(), k -> new ArrayList<>())
                                .add(r.occurredAt()));
                return found;
              });
        }

        @Override
        public Map<PupilId, ContactTally> contactTallies(Instant from, Instant until) {
          return locked(
              () -> {
                Map<PupilId, List<ContactRecord>> byPupil =
                    tables.records.values().stream()
                        .collect(Collectors.groupingBy(ContactRecord::pupil));
                Map<PupilId, ContactTally> tallies = new HashMap<>();
                byPupil.forEach(
                    (pupil, records) ->
                        tallies.put(pupil, Tallies.of(pupil, records, from, until)));
                return tallies;
              });
        }

        @Override
        public List<OutOfHoursTally> outOfHours(Instant from, Instant until) {
          return locked(() -> Tallies.outOfHours(tables.records.values(), from, until));
        }

        @Override
        public List<OutOfHoursTally> outOfHoursCases() {
          return locked(
              () ->
                  Tallies.cases(
                      tables.cases.values().stream()
                          .map(v -> v.get(v.size() - 1))
                          .collect(Collectors.toList())));
        }

        @Override
        public List<ExternalContactCase> casesAwaitingReview() {
          return locked(
              () ->
                  tables.cases.values().stream()
                      .map(v -> v.get(v.size() - 1))
                      .filter(c -> c.state() == io.github.liaisonsdk.contact.CaseState.DISCLOSED)
                      .sorted(
                          Comparator.comparing(ExternalContactCase::disclosedAt)
                              .thenComparing(c -> c.id().value()))
                      .toList());
        }

        @Override
        public List<ConsultationRecord> whoInformsUnrecorded() {
          return locked(
              () -> {
                Map<List<Object>, ConsultationRecord> latestLa = new HashMap<>();
                tables.consultations.values().stream()
                    .filter(
                        c ->
                            c.role()
                                == io.github.liaisonsdk.sharing.ConsulteeRole.LA_SAFEGUARDING_TEAM)
                    .sorted(BY_CONSULTATION)
                    .forEach(c -> latestLa.put(List.of(c.pupil(), c.topic()), c));
                return latestLa.values().stream()
                    .filter(
                        c -> c.outcome() == io.github.liaisonsdk.sharing.ConsultationOutcome.AGREED)
                    .filter(c -> c.whoInformsOtherServices().isEmpty())
                    .sorted(BY_CONSULTATION)
                    .toList();
              });
        }

        @Override
        public List<LiaisonPlan> latestPlans() {
          return locked(
              () ->
                  tables.plans.values().stream()
                      .map(v -> v.get(v.size() - 1))
                      .sorted(Comparator.comparing(p -> p.id().value()))
                      .collect(Collectors.toList()));
        }
      };

  private final ChildProtectionFileRepository childProtectionFiles =
      new ChildProtectionFileRepository() {
        @Override
        public void saveTransfer(FileTransfer transfer) {
          locked(
              () -> {
                List<FileTransfer> versions = tables.transfers.get(transfer.id());
                int latest = versions == null ? 0 : versions.get(versions.size() - 1).version();
                if (transfer.version() != latest + 1) {
                  throw new ConcurrentUpdateException(
                      "file transfer "
                          + transfer.id()
                          + " is at version "
                          + latest
                          + "; version "
                          + transfer.version()
                          + " cannot be saved");
                }
                add(tables.transfers, transfer.id(), transfer);
              });
        }

        @Override
        public Optional<FileTransfer> transfer(TransferId id) {
          return locked(
              () -> Optional.ofNullable(tables.transfers.get(id)).map(v -> v.get(v.size() - 1)));
        }

        @Override
        public List<FileTransfer> transfersOf(PupilId pupil) {
          return locked(
              () ->
                  tables.transfers.values().stream()
                      .map(v -> v.get(v.size() - 1))
                      .filter(t -> t.pupil().equals(pupil))
                      .sorted(
                          Comparator.comparing(FileTransfer::recordedAt)
                              .thenComparing(t -> t.id().value()))
                      .toList());
        }

        @Override
        public List<FileTransfer> openTransfers() {
          return locked(
              () ->
                  tables.transfers.values().stream()
                      .map(v -> v.get(v.size() - 1))
                      .filter(t -> t.state().open())
                      .sorted(
                          Comparator.comparing(FileTransfer::dueBy)
                              .thenComparing(t -> t.id().value()))
                      .toList());
        }

        @Override
        public void saveReview(DisposalReview review) {
          locked(
              () -> {
                if (tables.disposalReviews.containsKey(review.id())) {
                  throw new ConcurrentUpdateException(
                      "disposal review " + review.id() + " is already recorded");
                }
                put(tables.disposalReviews, review.id(), review);
              });
        }

        @Override
        public List<DisposalReview> reviewsOf(PupilId pupil) {
          return locked(
              () ->
                  tables.disposalReviews.values().stream()
                      .filter(r -> r.pupil().equals(pupil))
                      .sorted(
                          Comparator.comparing(DisposalReview::reviewedAt)
                              .thenComparing(DisposalReview::id))
                      .toList());
        }
      };

  private final PublicationRepository publication =
      new PublicationRepository() {
        @Override
        public void saveCopyRequest(CopyRequest request) {
          locked(
              () -> {
                if (tables.copyRequests.containsKey(request.id())) {
                  throw new ConcurrentUpdateException(
                      "copy request " + request.id() + " is already recorded");
                }
                put(tables.copyRequests, request.id(), request);
              });
        }

        @Override
        public List<CopyRequest> copyRequests() {
          return locked(
              () ->
                  tables.copyRequests.values().stream()
                      .sorted(
                          Comparator.comparing(CopyRequest::requestedAt)
                              .thenComparing(CopyRequest::id))
                      .toList());
        }

        @Override
        public void saveAcknowledgement(Acknowledgement acknowledgement) {
          locked(
              () -> {
                List<Object> key = List.of(acknowledgement.staff(), acknowledgement.version());
                if (tables.acknowledgements.containsKey(key)) {
                  throw new ConcurrentUpdateException(
                      "member of staff "
                          + acknowledgement.staff()
                          + " has acknowledged this version already");
                }
                put(tables.acknowledgements, key, acknowledgement);
              });
        }

        @Override
        public List<Acknowledgement> acknowledgements(PolicyVersion version) {
          return locked(
              () ->
                  tables.acknowledgements.values().stream()
                      .filter(a -> a.version().equals(version))
                      .sorted(
                          Comparator.comparing(Acknowledgement::acknowledgedAt)
                              .thenComparing(a -> a.staff().value()))
                      .toList());
        }

        @Override
        public void saveDraft(PolicyDraft draft) {
          locked(
              () -> {
                List<Object> key = List.of(draft.version().pack(), draft.version().version());
                if (tables.drafts.containsKey(key)) {
                  throw new ConcurrentUpdateException(
                      "a draft of "
                          + draft.version().pack()
                          + " version "
                          + draft.version().version()
                          + " is already recorded");
                }
                put(tables.drafts, key, draft);
              });
        }

        @Override
        public List<PolicyDraft> drafts(PolicyPackId pack) {
          return locked(
              () ->
                  tables.drafts.values().stream()
                      .filter(d -> d.version().pack().equals(pack))
                      .sorted(Comparator.comparingInt(d -> d.version().version()))
                      .toList());
        }

        @Override
        public void saveRatification(Ratification signature) {
          locked(
              () -> {
                List<Object> key = List.of(signature.draft(), signature.post());
                if (tables.ratifications.containsKey(key)) {
                  throw new ConcurrentUpdateException(
                      "the draft is signed for " + signature.post() + " already");
                }
                put(tables.ratifications, key, signature);
              });
        }

        @Override
        public List<Ratification> ratifications(PolicyVersion draft) {
          return locked(
              () ->
                  tables.ratifications.values().stream()
                      .filter(r -> r.draft().equals(draft))
                      .sorted(
                          Comparator.comparing(Ratification::signedAt)
                              .thenComparing(r -> r.post().name()))
                      .toList());
        }

        @Override
        public void savePublication(PolicyPublication publication) {
          locked(
              () -> {
                List<Object> key =
                    List.of(publication.version().pack(), publication.version().version());
                if (tables.publications.containsKey(key)) {
                  throw new ConcurrentUpdateException(
                      publication.version().pack()
                          + " version "
                          + publication.version().version()
                          + " is already published");
                }
                put(tables.publications, key, publication);
              });
        }

        @Override
        public List<PolicyPublication> publications(PolicyPackId pack) {
          return locked(
              () ->
                  tables.publications.values().stream()
                      .filter(p -> p.version().pack().equals(pack))
                      .sorted(Comparator.comparingInt(p -> p.version().version()))
                      .toList());
        }
      };

  private final PolicyPackRepository packs =
      new PolicyPackRepository() {
        @Override
        public void save(PackDocument document) {
          locked(
              () -> {
                TreeMap<Integer, PackDocument> versions =
                    tables.packs.computeIfAbsent(document.id(), id -> new TreeMap<>());
                onRollback(
                    () -> {
                      if (versions.isEmpty()) {
                        tables.packs.remove(document.id());
                      }
                    });
                PackDocument held = versions.get(document.version());
                if (held != null && !held.contentHash().equals(document.contentHash())) {
                  throw new ConcurrentUpdateException(
                      "policy pack "
                          + document.id()
                          + " version "
                          + document.version()
                          + " is held with different content");
                }
                put(versions, document.version(), document);
              });
        }

        @Override
        public Optional<PackDocument> find(PolicyPackId id, int version) {
          return locked(
              () ->
                  Optional.ofNullable(tables.packs.getOrDefault(id, new TreeMap<>()).get(version)));
        }

        @Override
        public Optional<PackDocument> latest(PolicyPackId id) {
          return locked(
              () -> Optional.ofNullable(tables.packs.get(id)).map(v -> v.lastEntry().getValue()));
        }

        @Override
        public List<PackDocument> versions(PolicyPackId id) {
          return locked(() -> List.copyOf(tables.packs.getOrDefault(id, new TreeMap<>()).values()));
        }
      };

  private final AuditEventRepository audit =
      new AuditEventRepository() {
        @Override
        public void append(List<AuditEvent> events) {
          locked(
              () -> {
                ChainCheckpoint head =
                    tables.audit.isEmpty()
                        ? ChainCheckpoint.GENESIS
                        : ChainCheckpoint.of(tables.audit.get(tables.audit.size() - 1));
                long expected = head.sequence() + 1;
                String follows = head.hash();
                for (AuditEvent event : events) {
                  if (event.sequence() != expected || !event.previousHash().equals(follows)) {
                    throw new ConcurrentUpdateException(
                        "audit event "
                            + event.sequence()
                            + " does not follow event "
                            + (expected - 1)
                            + " as stored");
                  }
                  expected++;
                  follows = event.hash();
                }
                int before = tables.audit.size();
                tables.audit.addAll(events);
                onRollback(() -> tables.audit.subList(before, tables.audit.size()).clear());
              });
        }

        @Override
        public ChainCheckpoint headCheckpoint() {
          return locked(
              () ->
                  tables.audit.isEmpty()
                      ? ChainCheckpoint.GENESIS
                      : ChainCheckpoint.of(tables.audit.get(tables.audit.size() - 1)));
        }

        @Override
        public List<StoredAuditEvent> readStored(long fromSequence, int limit) {
          List<StoredAuditEvent> rows = new ArrayList<>();
          for (AuditEvent event : read(fromSequence, limit)) {
            rows.add(
                new StoredAuditEvent(
                    event.sequence(),
                    event.occurredAt().toString(),
                    event.type().name(),
                    event.subject(),
                    event.hash(),
                    LiaisonJson.write(event)));
          }
          return rows;
        }

        @Override
        public Optional<AuditEvent> head() {
          return locked(
              () ->
                  tables.audit.isEmpty()
                      ? Optional.<AuditEvent>empty()
                      : Optional.of(tables.audit.get(tables.audit.size() - 1)));
        }

        @Override
        public List<AuditEvent> read(long fromSequence, int limit) {
          return locked(
              () -> {
                int from = (int) Math.min(Math.max(1, fromSequence) - 1, tables.audit.size());
                int to = (int) Math.min(tables.audit.size(), (long) from + Math.max(0, limit));
                return List.copyOf(tables.audit.subList(from, to));
              });
        }
      };
}
