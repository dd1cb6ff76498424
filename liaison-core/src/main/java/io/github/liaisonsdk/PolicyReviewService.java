package io.github.liaisonsdk;

import io.github.liaisonsdk.audit.AuditEventType;
import io.github.liaisonsdk.basics.AccessDeniedException;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.ReviewDue;
import io.github.liaisonsdk.policy.ReviewEntry;
import io.github.liaisonsdk.policy.Signatory;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.NotFoundException;
import io.github.liaisonsdk.publication.DraftStatus;
import io.github.liaisonsdk.publication.PolicyDraft;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.Ratification;
import io.github.liaisonsdk.sharing.PackComparison;
import io.github.liaisonsdk.sharing.PolicyVerifier;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.staff.StaffId;
import io.github.liaisonsdk.staff.StaffMember;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The LP36-9 / HSL-11 use cases: draft, compare, sign, publish. Every step reads what it rests on (the latest
 * version, the signatures, the signers' posts) in its own unit of work, and every refused step is audited after its
 * unit has rolled back. Thread-safe.
 */
final class PolicyReviewService implements PolicyReview {
  /** Reviews fall due a year after a version comes into force, in the term that day falls in. */
  private static final int REVIEW_CYCLE_MONTHS = 12;

  /**
   * A publication comes into force two days after it is made at the soonest: every facade reads the schedule at its
   * first call of a day, so one that read it just before the publication committed reads it again before then.
   */
  private static final int SHORTEST_NOTICE_DAYS = 2;

  /** A publication is made ahead of its day in force, but not years ahead: a year at most. */
  private static final int LONGEST_NOTICE_DAYS = 366;

  /** The posts that may sign a policy: its senior leaders and the chair of governors. */
  private static final Set<Designation> SIGNATORY_POSTS =
      Set.of(
          Designation.HEADTEACHER,
          Designation.ASSISTANT_HEADTEACHER,
          Designation.CHAIR_OF_GOVERNORS);

  private final SchoolRecords records;

  PolicyReviewService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public DraftStatus propose(PolicyPack draft, StaffId proposer) {
    return step(
        "propose",
        proposer,
        () -> {
          Checks.present(draft, "PolicyReview", "draft");
          StaffMember member = headship(proposer, "propose a new version of the policy");
          PolicyPack configured = records.packs.baseline();
          if (!draft.id().equals(configured.id())) {
            throw refusal(
                "PolicyDraft",
                "id",
                "must be the school's pack id, "
                    + configured.id()
                    + ": a draft is the next version of the pack the school decides under",
                Clause.LP36_9);
          }
          if (!draft
              .group()
              .map(PolicyPack::contentHash)
              .equals(configured.group().map(PolicyPack::contentHash))) {
            throw refusal(
                "PolicyDraft",
                "extends",
                configured.group().isPresent()
                    ? "must extend the group pack the school is configured with, "
                        + configured.group().get().id()
                        + "@"
                        + configured.group().get().version()
                    : "must not extend a group pack: the school's pack extends none",
                Clause.LP36_1);
          }
          List<Signatory> signatories = draft.metadata().signatories();
          for (int i = 0; i < signatories.size(); i++) {
            if (!SIGNATORY_POSTS.contains(signatories.get(i).designation())) {
              throw refusal(
                  "PolicyDraft",
                  "metadata.signatories[" + i + "].designation",
                  "must be the headteacher,"
                      + " an assistant headteacher or the chair of governors: a policy is signed by its senior leaders or"
                      + " its governors",
                  Clause.HSL_11);
            }
          }
          PolicyDraft proposed =
              new PolicyDraft(PolicyVersion.of(draft), draft.toJson(), member.id(), records.now());
          try {
            records.writeAudited(
                AuditEventType.WRITE,
                Optional.of(member.id()),
                "policy",
                versionDetails("draft proposed", proposed.version()),
                tx -> {
                  int latest = latestVersion(tx);
                  if (draft.version() <= latest) {
                    throw refusal(
                        "PolicyDraft",
                        "version",
                        "must be above "
                            + latest
                            + ", the latest version of "
                            + draft.id()
                            + " the school holds",
                        Clause.LP36_9);
                  }
                  PolicyPack follows = records.packs.latestIn(tx);
                  if (!draft
                      .metadata()
                      .reviewHistory()
                      .equals(follows.metadata().reviewHistory())) {
                    throw refusal(
                        "PolicyDraft",
                        "metadata.reviewHistory",
                        "must be the review history of the latest"
                            + " version, "
                            + follows.version()
                            + ", as it stands: publishing the draft adds its entry",
                        Clause.LP36_9);
                  }
                  tx.publication().saveDraft(proposed);
                });
          } catch (ConcurrentUpdateException raced) {
            throw refusal(
                "PolicyDraft",
                "version",
                "is the version of another draft, proposed at the same moment",
                Clause.LP36_9);
          }
          return status(records.store, proposed);
        });
  }

  @Override
  public PackComparison compare(int version, StaffId reader) {
    return step(
        "compare",
        reader,
        () -> {
          StaffMember member = headship(reader, "compare a draft with the policy in force");
          PolicyDraft draft = draft(records.store, version);
          PackComparison comparison =
              PolicyVerifier.compare(records.packs.latestIn(records.store), signed(draft));
          granted(member, "compare", draft.version());
          return comparison;
        });
  }

  @Override
  public DraftStatus ratify(int version, StaffId signer) {
    return step(
        "ratify",
        signer,
        () -> {
          StaffMember member = records.staffMember(signer);
          PolicyDraft draft = draft(records.store, version);
          try {
            records.audit.inUnit(
                (tx, trail) -> {
                  DraftStatus status = status(tx, draft);
                  if (status.publication().isPresent()) {
                    throw refusal(
                        "Ratification",
                        "version",
                        "is published already: a published version is not signed" + " again",
                        Clause.HSL_11);
                  }
                  if (status.signatures().stream()
                      .anyMatch(s -> s.signedBy().equals(member.id()))) {
                    throw refusal(
                        "Ratification",
                        "signedBy",
                        "has signed this draft already: each post is signed by a"
                            + " different member of staff",
                        Clause.HSL_11);
                  }
                  Designation post =
                      status.missing().stream()
                          .filter(member::holds)
                          .min(
                              java.util.Comparator.comparingLong(
                                  (Designation p) -> othersWhoCouldSign(tx, status, member, p)))
                          .orElseThrow(
                              () ->
                                  new AccessDeniedException(
                                      "a draft is signed by the posts the policy names as its"
                                          + " signatories, each by someone holding it; still to sign: "
                                          + status.missing(),
                                      List.of(Clause.HSL_11)));
                  tx.publication()
                      .saveRatification(
                          new Ratification(draft.version(), post, member.id(), records.now()));
                  Map<String, String> details =
                      new LinkedHashMap<>(versionDetails("draft signed", draft.version()));
                  details.put("post", post.name());
                  trail.record(AuditEventType.WRITE, Optional.of(member.id()), "policy", details);
                  return null;
                });
          } catch (ConcurrentUpdateException raced) {
            throw refusal(
                "Ratification",
                "signedBy",
                "was signed for the same post by someone else at the same"
                    + " moment: look at the draft again",
                Clause.HSL_11);
          } finally {
            records.reference.invalidate();
          }
          return status(records.store, draft);
        });
  }

  @Override
  public PolicyPublication publish(
      int version, LocalDate inForceFrom, String summary, StaffId publisher) {
    PolicyPublication published =
        step(
            "publish",
            publisher,
            () -> {
              Checks.present(inForceFrom, "PolicyPublication", "inForceFrom");
              StaffMember member = headship(publisher, "publish a new version of the policy");
              PolicyDraft draft = draft(records.store, version);
              LocalDate today = records.today();
              if (inForceFrom.isBefore(today.plusDays(SHORTEST_NOTICE_DAYS))
                  || inForceFrom.isAfter(today.plusDays(LONGEST_NOTICE_DAYS))) {
                throw refusal(
                    "PolicyPublication",
                    "inForceFrom",
                    "must be "
                        + today.plusDays(SHORTEST_NOTICE_DAYS)
                        + " or later, and within a year: every facade of the school reads a new version before its first day"
                        + " in force",
                    Clause.LP36_9);
              }
              ReviewEntry entry =
                  ReviewEntry.of(
                      today, reviewer(member), Checks.present(summary, "ReviewEntry", "summary"));
              PolicyPack signed = signed(draft);
              ReviewDue nextReview =
                  ReviewDue.in(
                      signed.calendar().termOf(inForceFrom.plusMonths(REVIEW_CYCLE_MONTHS)));
              PolicyPublication[] made = {null};
              try {
                records.audit.inUnit(
                    (tx, trail) -> {
                      DraftStatus status = status(tx, draft);
                      if (!status.ratified()) {
                        throw refusal(
                            "PolicyPublication",
                            "signatures",
                            "must include every post the policy names as a"
                                + " signatory; still to sign: "
                                + status.missing(),
                            Clause.HSL_11);
                      }
                      for (Ratification signature : status.signatures()) {
                        boolean holds =
                            tx.staff()
                                .find(signature.signedBy())
                                .map(s -> s.holds(signature.post()))
                                .orElse(false);
                        if (!holds) {
                          throw refusal(
                              "PolicyPublication",
                              "signatures",
                              signature.signedBy()
                                  + " signed as "
                                  + signature.post()
                                  + " and no longer holds the post: someone who holds it signs a new draft",
                              Clause.HSL_11);
                        }
                      }
                      int held =
                          IntStream.concat(
                                  tx.packs().versions(draft.version().pack()).stream()
                                      .mapToInt(PackDocument::version),
                                  tx.publication().publications(draft.version().pack()).stream()
                                      .mapToInt(p -> p.version().version()))
                              .max()
                              .orElse(0);
                      if (held >= version) {
                        throw refusal(
                            "PolicyPublication",
                            "version",
                            "version "
                                + held
                                + " of "
                                + draft.version().pack()
                                + " is held already (published, or configured by the vendor): propose a version above it",
                            Clause.LP36_9);
                      }
                      PolicyPack follows = records.packs.latestIn(tx);
                      if (!signed
                          .metadata()
                          .reviewHistory()
                          .equals(follows.metadata().reviewHistory())) {
                        throw refusal(
                            "PolicyPublication",
                            "metadata.reviewHistory",
                            "the draft follows a version that is no longer the latest: version "
                                + follows.version()
                                + " has been published or configured since, so propose a new draft from it",
                            Clause.LP36_9);
                      }
                      // The document's date and ratification come from the record, not from the
                      // draft's text.
                      PolicyPack reviewed =
                          signed.reviewed(entry, nextReview, inForceFrom, ratification(status));
                      PolicyPublication publication =
                          new PolicyPublication(
                              PolicyVersion.of(reviewed),
                              draft.version().contentHash(),
                              inForceFrom,
                              member.id(),
                              records.now());
                      made[0] = publication;
                      Map<String, String> details =
                          new LinkedHashMap<>(versionDetails("published", publication.version()));
                      details.put("draftHash", draft.version().contentHash());
                      details.put("inForceFrom", inForceFrom.toString());
                      details.put("nextReview", nextReview.toString());
                      tx.packs()
                          .save(
                              PackDocument.of(
                                  reviewed.id(), reviewed.version(), reviewed.toJson()));
                      tx.publication().savePublication(publication);
                      trail.record(
                          AuditEventType.POLICY_PACK,
                          Optional.of(member.id()),
                          reviewed.id() + "@" + reviewed.version(),
                          details);
                      return null;
                    });
              } catch (ConcurrentUpdateException raced) {
                throw refusal(
                    "PolicyPublication",
                    "version",
                    "was published by someone else at the same moment",
                    Clause.LP36_9);
              } finally {
                records.reference.invalidate();
              }
              return made[0];
            });
    records.packs.published();
    return published;
  }

  @Override
  public List<DraftStatus> drafts(StaffId reader) {
    return step(
        "drafts",
        reader,
        () -> {
          StaffMember member = headship(reader, "read the policy's drafts");
          List<DraftStatus> drafts =
              records.store.publication().drafts(records.packs.baseline().id()).stream()
                  .map(draft -> status(records.store, draft))
                  .toList();
          granted(member, "drafts", PolicyVersion.of(records.pack()));
          return drafts;
        });
  }

  @Override
  public PolicyPack inForceOn(LocalDate day) {
    return records.packs.on(Checks.present(day, "PolicyReview", "day"));
  }

  /**
   * One step, refused in a caller's transaction (its audit would vanish with the caller's rollback), its refusal
   * audited after the step's own unit of work rolled back: who, which step, the kind of refusal and its field.
   */
  private <T> T step(String step, StaffId actor, Supplier<T> work) {
    records.requireOwnTransaction("the policy's review");
    try {
      return work.get();
    } catch (LiaisonValidationException | AccessDeniedException | NotFoundException refused) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("event", "policy review: " + step);
      details.put("granted", "false");
      details.put("refusal", refused.getClass().getSimpleName());
      if (refused instanceof LiaisonValidationException invalid
          && !invalid.violations().isEmpty()) {
        details.put("field", invalid.violations().get(0).path());
      }
      records.audit.record(AuditEventType.WRITE, Optional.ofNullable(actor), "policy", details);
      throw refused;
    }
  }

  private void granted(StaffMember member, String step, PolicyVersion version) {
    Map<String, String> details =
        new LinkedHashMap<>(versionDetails("policy review: " + step, version));
    details.put("granted", "true");
    records.audit.record(
        AuditEventType.RESTRICTED_READ, Optional.of(member.id()), "policy", details);
  }

  /**
   * How many others who have not signed could sign for a post: a signer holding several posts still to sign takes the
   * one fewest others could (the policy's order among equals), so that the others stay signable.
   */
  private static long othersWhoCouldSign(
      LiaisonStore in, DraftStatus status, StaffMember signer, Designation post) {
    Set<StaffId> signed = new java.util.HashSet<>();
    status.signatures().forEach(s -> signed.add(s.signedBy()));
    return in.staff().all().stream()
        .filter(other -> !other.id().equals(signer.id()) && !signed.contains(other.id()))
        .filter(other -> other.holds(post))
        .count();
  }

  private static LiaisonValidationException refusal(
      String type, String field, String rule, Clause clause) {
    return new LiaisonValidationException(type, Violation.of(field, rule, clause));
  }

  /**
   * The posts that sign a draft: the latest version's signatories and the draft's, in that order, where a version
   * naming none ("Checked and Approved by: SLT") stands for the headteacher: a draft cannot drop a signature by
   * naming someone else.
   */
  private static List<Designation> required(PolicyPack latest, PolicyPack draft) {
    Set<Designation> posts = new LinkedHashSet<>();
    for (PolicyPack version : List.of(latest, draft)) {
      List<Signatory> signatories = version.metadata().signatories();
      if (signatories.isEmpty()) {
        posts.add(Designation.HEADTEACHER);
      }
      signatories.stream().map(Signatory::designation).forEach(posts::add);
    }
    return List.copyOf(posts);
  }

  private DraftStatus status(LiaisonStore in, PolicyDraft draft) {
    Optional<PolicyPublication> publication =
        in.publication().publications(draft.version().pack()).stream()
            .filter(p -> p.version().version() == draft.version().version())
            .findFirst();
    return new DraftStatus(
        draft,
        required(records.packs.latestIn(in), signed(draft)),
        in.publication().ratifications(draft.version()),
        publication);
  }

  /**
   * Who ratified a version, as the signatures on record give it: their posts and the day of the last signature
   * (the signers themselves are on the record of signatures, and a post name keeps the line short).
   */
  private static String ratification(DraftStatus status) {
    String posts =
        status.signatures().stream()
            .map(s -> s.post().name())
            .collect(java.util.stream.Collectors.joining(", "));
    String last =
        status.signatures().stream()
            .map(Ratification::signedAt)
            .max(java.util.Comparator.naturalOrder())
            .map(at -> at.toString().substring(0, 10))
            .orElse("");
    return "Signed by " + posts + " (last signature " + last + ")";
  }

  /** The draft as it was proposed and signed: a stored document whose hash is not the draft's is refused. */
  private PolicyPack signed(PolicyDraft draft) {
    PolicyPack pack = PacksInForce.load(records.packs.baseline(), draft.document());
    if (!pack.contentHash().equals(draft.version().contentHash())) {
      throw refusal(
          "PolicyDraft",
          "document",
          "the stored document of version "
              + draft.version().version()
              + " is not the one proposed (SHA-256 "
              + draft.version().contentHash()
              + "): it is not signed, compared or published",
          Clause.HSL_11);
    }
    return pack;
  }

  private PolicyDraft draft(LiaisonStore in, int version) {
    return in.publication().drafts(records.packs.baseline().id()).stream()
        .filter(d -> d.version().version() == version)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException("no draft of version " + version + " of the policy is held"));
  }

  /** The highest version of the school's pack held anywhere: registered, drafted or published. */
  private int latestVersion(LiaisonStore in) {
    PolicyPack configured = records.packs.baseline();
    return IntStream.concat(
            IntStream.concat(
                in.packs().versions(configured.id()).stream().mapToInt(PackDocument::version),
                in.publication().drafts(configured.id()).stream()
                    .mapToInt(d -> d.version().version())),
            IntStream.of(configured.version()))
        .max()
        .orElse(configured.version());
  }

  private static Map<String, String> versionDetails(String event, PolicyVersion version) {
    return Map.of(
        "event",
        event,
        "pack",
        version.pack().value(),
        "version",
        Integer.toString(version.version()),
        "contentHash",
        version.contentHash());
  }

  /** The reviewer the history names: the publisher's name as the directory gives it, else their post. */
  private static String reviewer(StaffMember member) {
    return member
        .displayName()
        .orElseGet(
            () ->
                member.designations().stream()
                    .filter(Designation::isHeadship)
                    .findFirst()
                    .map(
                        post -> {
                          String words = post.name().toLowerCase(Locale.ROOT).replace('_', ' ');
                          return Character.toUpperCase(words.charAt(0)) + words.substring(1);
                        })
                    .orElse("Headship"));
  }

  private StaffMember headship(StaffId who, String what) {
    StaffMember member = records.staffMember(who);
    if (!SchoolRecords.headship(member)) {
      throw new AccessDeniedException(
          "only the headteacher or an assistant headteacher may " + what, List.of(Clause.HSL_11));
    }
    return member;
  }
}
