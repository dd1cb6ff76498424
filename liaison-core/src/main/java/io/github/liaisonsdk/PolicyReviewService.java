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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The LP36-9 / HSL-11 use cases: draft, compare, sign, publish. Thread-safe. */
final class PolicyReviewService implements PolicyReview {
  /** Reviews fall due a year after a version comes into force, in the term that day falls in. */
  private static final int REVIEW_CYCLE_MONTHS = 12;
  /** A publication is made ahead of its day in force, but not years ahead: a year at most. */
  private static final int LONGEST_NOTICE_DAYS = 366;

  private final SchoolRecords records;

  PolicyReviewService(SchoolRecords records) {
    this.records = records;
  }

  @Override
  public DraftStatus propose(PolicyPack draft, StaffId proposer) {
    Checks.present(draft, "PolicyReview", "draft");
    StaffMember member = headship(proposer, "propose a new version of the policy", "propose");
    PolicyPack configured = records.packs.baseline();
    if (!draft.id().equals(configured.id())) {
      throw new LiaisonValidationException("PolicyDraft", Violation.of("id", "must be the school's pack id, "
          + configured.id() + ": a draft is the next version of the pack the school decides under", Clause.LP36_9));
    }
    Optional<String> group = draft.group().map(PolicyPack::contentHash);
    if (!group.equals(configured.group().map(PolicyPack::contentHash))) {
      throw new LiaisonValidationException("PolicyDraft", Violation.of("extends", configured.group().isPresent()
          ? "must extend the group pack the school is configured with, "
              + configured.group().get().id() + "@" + configured.group().get().version()
          : "must not extend a group pack: the school's pack extends none", Clause.LP36_1));
    }
    List<io.github.liaisonsdk.policy.ReviewEntry> history = records.packs.latest().metadata().reviewHistory();
    List<io.github.liaisonsdk.policy.ReviewEntry> drafted = draft.metadata().reviewHistory();
    if (drafted.size() < history.size() || !drafted.subList(0, history.size()).equals(history)) {
      throw new LiaisonValidationException("PolicyDraft", Violation.of("metadata.reviewHistory", "must begin with"
          + " the review history of the latest version, " + records.packs.latest().version()
          + ": the history is only ever added to", Clause.LP36_9));
    }
    PolicyDraft proposed = new PolicyDraft(PolicyVersion.of(draft), draft.toJson(), member.id(), records.now());
    try {
      records.writeAudited(AuditEventType.WRITE, Optional.of(member.id()), "policy", versionDetails("draft proposed",
          proposed.version()), tx -> {
            int latest = latestVersion(tx);
            if (draft.version() <= latest) {
              throw new LiaisonValidationException("PolicyDraft", Violation.of("version", "must be above "
                  + latest + ", the latest version of " + draft.id() + " the school holds", Clause.LP36_9));
            }
            tx.publication().saveDraft(proposed);
          });
    } catch (ConcurrentUpdateException raced) {
      throw new LiaisonValidationException("PolicyDraft", Violation.of("version", "is the version of another"
          + " draft, proposed at the same moment", Clause.LP36_9));
    }
    return status(records.store, proposed);
  }

  @Override
  public PackComparison compare(int version, StaffId reader) {
    records.requireOwnTransaction("comparing a draft with the policy in force");
    headship(reader, "compare a draft with the policy in force", "compare");
    PolicyDraft draft = draft(records.store, version);
    return PolicyVerifier.compare(records.packs.latest(),
        PacksInForce.load(records.packs.baseline(), draft.document()));
  }

  @Override
  public DraftStatus ratify(int version, StaffId signer) {
    StaffMember member = records.staffMember(signer);
    PolicyDraft draft = draft(records.store, version);
    try {
      records.audit.inUnit((tx, trail) -> {
        DraftStatus status = status(tx, draft);
        if (status.publication().isPresent()) {
          throw new RefusedInUnit(new LiaisonValidationException("Ratification", Violation.of("version",
              "is published already: a published version is not signed again", Clause.HSL_11)));
        }
        if (status.signatures().stream().anyMatch(s -> s.signedBy().equals(member.id()))) {
          throw new RefusedInUnit(new LiaisonValidationException("Ratification", Violation.of("signedBy",
              "has signed this draft already: each post is signed by a different member of staff", Clause.HSL_11)));
        }
        Designation post = status.missing().stream().filter(member::holds).findFirst()
            .orElseThrow(() -> new RefusedInUnit(new AccessDeniedException("a draft is signed by the posts the"
                + " policy names as its signatories, each by someone holding it; still to sign: "
                + status.missing(), List.of(Clause.HSL_11))));
        tx.publication().saveRatification(new Ratification(draft.version(), post, member.id(), records.now()));
        Map<String, String> details = new java.util.LinkedHashMap<>(versionDetails("draft signed",
            draft.version()));
        details.put("post", post.name());
        trail.record(AuditEventType.WRITE, Optional.of(member.id()), "policy", details);
        return null;
      });
    } catch (RefusedInUnit refused) {
      // The unit that refused rolled back: the refused attempt is audited on its own.
      records.audit.record(AuditEventType.WRITE, Optional.of(member.id()), "policy",
          Map.of("event", "draft signed", "pack", draft.version().pack().value(),
              "version", Integer.toString(draft.version().version()), "granted", "false"));
      throw refused.refusal;
    } catch (ConcurrentUpdateException raced) {
      throw new LiaisonValidationException("Ratification", Violation.of("signedBy", "was signed for the same post"
          + " by someone else at the same moment: look at the draft again", Clause.HSL_11));
    } finally {
      records.reference.invalidate();
    }
    return status(records.store, draft);
  }

  @Override
  public PolicyPublication publish(int version, LocalDate inForceFrom, String summary, StaffId publisher) {
    Checks.present(inForceFrom, "PolicyPublication", "inForceFrom");
    StaffMember member = headship(publisher, "publish a new version of the policy", "publish");
    PolicyDraft draft = draft(records.store, version);
    LocalDate today = records.today();
    if (!inForceFrom.isAfter(today) || inForceFrom.isAfter(today.plusDays(LONGEST_NOTICE_DAYS))) {
      throw new LiaisonValidationException("PolicyPublication", Violation.of("inForceFrom", "must be after today, "
          + today + ", and within a year: every facade of the school reads a new version before its first day in"
          + " force", Clause.LP36_9));
    }
    PolicyPack signed = PacksInForce.load(records.packs.baseline(), draft.document());
    ReviewEntry entry = ReviewEntry.of(today, reviewer(member), Checks.present(summary, "ReviewEntry", "summary"));
    ReviewDue nextReview = ReviewDue.in(signed.calendar().termOf(inForceFrom.plusMonths(REVIEW_CYCLE_MONTHS)));
    PolicyPack published = signed.reviewed(entry, nextReview);
    PolicyPublication publication = new PolicyPublication(PolicyVersion.of(published), draft.version().contentHash(),
        inForceFrom, member.id(), records.now());
    Map<String, String> details = new java.util.LinkedHashMap<>(versionDetails("published",
        publication.version()));
    details.put("draftHash", draft.version().contentHash());
    details.put("inForceFrom", inForceFrom.toString());
    details.put("nextReview", nextReview.toString());
    try {
      records.audit.inUnit((tx, trail) -> {
        DraftStatus status = status(tx, draft);
        if (!status.ratified()) {
          throw new LiaisonValidationException("PolicyPublication", Violation.of("signatures", "must include every"
              + " post the policy names as a signatory; still to sign: " + status.missing(), Clause.HSL_11));
        }
        int latestPublished = tx.publication().publications(draft.version().pack()).stream()
            .mapToInt(p -> p.version().version()).max().orElse(0);
        if (latestPublished >= version) {
          throw new LiaisonValidationException("PolicyPublication", Violation.of("version", "version "
              + latestPublished + " is published already: publish a version above it", Clause.LP36_9));
        }
        tx.packs().save(PackDocument.of(published.id(), published.version(), published.toJson()));
        tx.publication().savePublication(publication);
        trail.record(AuditEventType.POLICY_PACK, Optional.of(member.id()), published.id() + "@" + published.version(),
            details);
        return null;
      });
    } catch (ConcurrentUpdateException raced) {
      throw new LiaisonValidationException("PolicyPublication", Violation.of("version", "was published by someone"
          + " else at the same moment", Clause.LP36_9));
    } finally {
      records.reference.invalidate();
    }
    records.packs.published();
    return publication;
  }

  @Override
  public List<DraftStatus> drafts(StaffId reader) {
    records.requireOwnTransaction("reading the policy's drafts");
    headship(reader, "read the policy's drafts", "drafts");
    return records.store.publication().drafts(records.packs.baseline().id()).stream()
        .map(draft -> status(records.store, draft)).toList();
  }

  @Override
  public PolicyPack inForceOn(LocalDate day) {
    return records.packs.on(Checks.present(day, "PolicyReview", "day"));
  }

  /**
   * The posts that sign a draft: its own signatories' and the version in force's, in the policy's order; the
   * headteacher when neither names any.
   */
  private List<Designation> required(PolicyPack draft) {
    Set<Designation> posts = new LinkedHashSet<>();
    Stream.concat(records.packs.latest().metadata().signatories().stream(),
            draft.metadata().signatories().stream())
        .map(Signatory::designation).forEach(posts::add);
    return posts.isEmpty() ? List.of(Designation.HEADTEACHER) : List.copyOf(posts);
  }

  private DraftStatus status(LiaisonStore in, PolicyDraft draft) {
    PolicyPack pack = PacksInForce.load(records.packs.baseline(), draft.document());
    Optional<PolicyPublication> publication = in.publication().publications(draft.version().pack()).stream()
        .filter(p -> p.version().version() == draft.version().version()).findFirst();
    return new DraftStatus(draft, required(pack), in.publication().ratifications(draft.version()), publication);
  }

  private PolicyDraft draft(LiaisonStore in, int version) {
    return in.publication().drafts(records.packs.baseline().id()).stream()
        .filter(d -> d.version().version() == version).findFirst()
        .orElseThrow(() -> new NotFoundException("no draft of version " + version + " of the policy is held"));
  }

  /** The highest version of the school's pack held anywhere: registered, drafted or published. */
  private int latestVersion(LiaisonStore in) {
    PolicyPack configured = records.packs.baseline();
    return IntStream.concat(IntStream.concat(
        in.packs().versions(configured.id()).stream().mapToInt(PackDocument::version),
        in.publication().drafts(configured.id()).stream().mapToInt(d -> d.version().version())),
        IntStream.of(configured.version())).max().orElse(configured.version());
  }

  private static Map<String, String> versionDetails(String event, PolicyVersion version) {
    return Map.of("event", event, "pack", version.pack().value(), "version", Integer.toString(version.version()),
        "contentHash", version.contentHash());
  }

  /** The reviewer the history names: the publisher's name as the directory gives it, else their post. */
  private static String reviewer(StaffMember member) {
    return member.displayName().orElseGet(() -> member.designations().stream().filter(Designation::isHeadship)
        .findFirst().map(post -> {
          String words = post.name().toLowerCase(Locale.ROOT).replace('_', ' ');
          return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }).orElse("Headship"));
  }

  private StaffMember headship(StaffId who, String what, String step) {
    StaffMember member = records.staffMember(who);
    boolean allowed = SchoolRecords.headship(member);
    if (!allowed) {
      records.audit.record(AuditEventType.WRITE, Optional.of(member.id()), "policy",
          Map.of("event", "policy review: " + step, "granted", "false"));
      throw new AccessDeniedException("only the headteacher or an assistant headteacher may " + what,
          List.of(Clause.HSL_11));
    }
    return member;
  }

  /** Carries a refusal out of a unit of work, so that the unit rolls back and the refusal is audited after. */
  private static final class RefusedInUnit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException refusal;

    RefusedInUnit(RuntimeException refusal) {
      super(null, null, false, false);
      this.refusal = refusal;
    }
  }
}
