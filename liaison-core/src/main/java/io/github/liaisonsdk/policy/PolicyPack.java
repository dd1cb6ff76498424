package io.github.liaisonsdk.policy;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.confidentiality.TopicClassification;
import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.staff.Designation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded policy pack: the pack document merged with the group pack it extends, validated, with a content hash
 * that every decision made under it cites. Obtain one from {@link PolicyPackLoader} or {@link StandardPacks}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyPack {
  private static final Set<Designation> HEADSHIP =
      Set.copyOf(EnumSet.of(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER));
  private static final Set<Designation> HEADSHIP_AND_DSL =
      Set.copyOf(
          EnumSet.of(
              Designation.HEADTEACHER,
              Designation.ASSISTANT_HEADTEACHER,
              Designation.DESIGNATED_SAFEGUARDING_LEAD));
  private final PackSpec spec;
  private final PolicyPack group;
  private final Map<RuleName, RuleSpec> rules;
  private final TopicClassification topicLevels;
  private final Map<String, Designation> roles;
  private final List<String> checklist;
  private final Map<RecordKind, RetentionRule> retention;
  private final List<DirectoryEntry> directory;
  private final TermCalendar calendar;
  private final String canonicalJson;
  private final String contentHash;
  private final DepartureHandling recordingDepartures;

  PolicyPack(
      PackSpec spec,
      PolicyPack group,
      Map<RuleName, RuleSpec> rules,
      TopicClassification topicLevels,
      Map<String, Designation> roles,
      List<String> checklist,
      Map<RecordKind, RetentionRule> retention,
      List<DirectoryEntry> directory,
      DepartureHandling recordingDepartures) {
    this.recordingDepartures = recordingDepartures;
    this.spec = spec;
    this.group = group;
    this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
    this.topicLevels = topicLevels;
    this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    this.checklist = List.copyOf(checklist);
    this.retention = Collections.unmodifiableMap(new EnumMap<>(retention));
    this.directory = List.copyOf(directory);
    List<TermDates> terms = new ArrayList<>(group == null ? List.of() : group.spec.termDates());
    terms.addAll(spec.termDates());
    this.calendar = TermCalendar.of(terms);
    this.canonicalJson = LiaisonJson.write(spec);
    this.contentHash =
        Hashing.sha256(group == null ? canonicalJson : canonicalJson + "\n" + group.contentHash);
  }

  /**
   * The pack's id.
   *
   * @return the id
   */
  public PolicyPackId id() {
    return spec.metadata().id();
  }

  /**
   * The pack's version.
   *
   * @return the version
   */
  public int version() {
    return spec.metadata().version();
  }

  /**
   * The SHA-256 of the pack's canonical JSON (and of the group pack's hash, for a site pack): decisions cite it,
   * so any decision can be traced to the exact rules that made it.
   *
   * @return 64 lower-case hex digits
   */
  public String contentHash() {
    return contentHash;
  }

  /**
   * The pack's own metadata.
   *
   * @return the metadata
   */
  public PolicyMetadata metadata() {
    return spec.metadata();
  }

  /**
   * The document the pack was loaded from, as parsed.
   *
   * @return the pack document
   */
  public PackSpec spec() {
    return spec;
  }

  /**
   * The group pack this site pack extends (LP36-1).
   *
   * @return the group pack, for a site pack
   */
  public Optional<PolicyPack> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The effective rules: the group's, tightened or added to by the site.
   *
   * @return rule to its settings
   */
  public Map<RuleName, RuleSpec> rules() {
    return rules;
  }

  /**
   * Whether the pack applies a rule.
   *
   * @param rule the rule
   * @return {@code true} if applied
   */
  public boolean applies(RuleName rule) {
    return rules.containsKey(rule);
  }

  /**
   * The effective default level of each topic.
   *
   * @return the classification
   */
  public TopicClassification topicLevels() {
    return topicLevels;
  }

  /**
   * The default level of a topic (LP36-5).
   *
   * @param topic the topic
   * @return its level
   */
  public ConfidentialityLevel levelOf(Topic topic) {
    return topicLevels.levelOf(topic);
  }

  /**
   * Maps an MIS role name to a post.
   *
   * @param misRole the MIS's own role name
   * @return the designation, if the pack maps the role
   */
  public Optional<Designation> designationOf(String misRole) {
    return Optional.ofNullable(roles.get(misRole));
  }

  /**
   * The effective role mapping.
   *
   * @return MIS role name to designation
   */
  public Map<String, Designation> roles() {
    return roles;
  }

  /**
   * The checklist: the group's core items, then the site's additions (LP36-1).
   *
   * @return the items
   */
  public List<String> checklist() {
    return checklist;
  }

  /**
   * The retention schedule (LP36-4e).
   *
   * @return record kind to its rule
   */
  public Map<RecordKind, RetentionRule> retention() {
    return retention;
  }

  /**
   * The contact directory: the group's entries, then the site's (LP36-A).
   *
   * @return the entries
   */
  public List<DirectoryEntry> directory() {
    return directory;
  }

  /**
   * The posts that are relevant parties for a topic inside school (HSL-4), besides the persons the pupil's plan
   * names: the pack's own, else its group pack's, else the headteacher and assistant headteacher, with the
   * designated safeguarding lead for concerns and safeguarding and for risks.
   *
   * @param topic the topic
   * @return the posts
   */
  public Set<Designation> relevantPosts(Topic topic) {
    for (PolicyPack p = this; p != null; p = p.group) {
      Set<Designation> posts = p.spec.relevantPosts().get(topic);
      if (posts != null) {
        return posts;
      }
    }
    return topic == Topic.CONCERNS_AND_SAFEGUARDING || topic == Topic.RISKS
        ? HEADSHIP_AND_DSL
        : HEADSHIP;
  }

  /**
   * The Local Authority safeguarding team contact of the directory (LP36-6.1, LP36-A): the entry whose role is
   * {@value DirectoryEntry#LA_SAFEGUARDING_TEAM}. A consultation of the LA team can be recorded only with one.
   *
   * @return the contact, if the directory has one
   */
  public Optional<DirectoryEntry> laSafeguardingContact() {
    return directory.stream()
        .filter(e -> DirectoryEntry.LA_SAFEGUARDING_TEAM.equalsIgnoreCase(e.role()))
        .reduce((first, later) -> later);
  }

  /**
   * The directory entries the school has still to complete (LP36-A): placeholders the policy names and leaves blank.
   *
   * @return the placeholders, in directory order
   */
  public List<DirectoryEntry> placeholders() {
    return directory.stream().filter(DirectoryEntry::placeholder).toList();
  }

  /**
   * What happens when a contact record departs from its plan (LP36-4d).
   *
   * @return refuse or flag
   */
  public DepartureHandling recordingDepartures() {
    return recordingDepartures;
  }

  /**
   * The term calendar from the pack's term dates (HSL-11).
   *
   * @return the calendar
   */
  public TermCalendar calendar() {
    return calendar;
  }

  /**
   * How many out-of-hours contacts or cases with one family in a period count as repeated (HSL-2): this pack's, else
   * its group's, else 3.
   *
   * @return the threshold
   */
  public int repeatedOutOfHoursThreshold() {
    return spec.repeatedOutOfHoursContacts()
        .orElseGet(
            () ->
                group == null
                    ? DEFAULT_REPEATED_OUT_OF_HOURS
                    : group.repeatedOutOfHoursThreshold());
  }

  /**
   * Who reviews the headteacher's own disclosures (HSL-7): this pack's post, else its group's, else the chair of
   * governors.
   *
   * @return the post
   */
  public io.github.liaisonsdk.staff.Designation headDisclosureReviewer() {
    return spec.headDisclosureReviewer()
        .orElseGet(
            () ->
                group == null
                    ? io.github.liaisonsdk.staff.Designation.CHAIR_OF_GOVERNORS
                    : group.headDisclosureReviewer());
  }

  /** The HSL-2 threshold when no pack sets one. */
  public static final int DEFAULT_REPEATED_OUT_OF_HOURS = 3;

  /**
   * This pack as published after a review (LP36-9, HSL-11, LP36-0): the same rules, levels, roles and directory,
   * with one more entry in its review history, its next review date, its date (the day in force) and its
   * ratification as the signatures give it. Nothing else changes.
   *
   * @param review the review-history entry, dated no earlier than the last one
   * @param nextReview when the version is next due for review
   * @param issued the document's date: the day it comes into force
   * @param ratification who ratified it, from the signatures on record
   * @return the reviewed pack, with its own content hash
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the entry is out of date order or the review
   *     date falls on or before the document's date
   */
  public PolicyPack reviewed(
      ReviewEntry review, ReviewDue nextReview, java.time.LocalDate issued, String ratification) {
    PolicyMetadata metadata =
        PolicyMetadata.builder()
            .from(spec.metadata())
            .reviewDue(nextReview)
            .addReviewHistory(review)
            .issued(issued)
            .issuedIn(Optional.empty())
            .ratification(ratification)
            .build();
    return PolicyPackLoader.merge(PackSpec.builder().from(spec).metadata(metadata).build(), group);
  }

  /**
   * The pack as canonical JSON, to give anyone who asks for the policy (HSL-10).
   *
   * @return the document
   */
  public String toJson() {
    return canonicalJson;
  }

  @Override
  public String toString() {
    return "PolicyPack[" + id() + " v" + version() + " " + contentHash.substring(0, 12) + "]";
  }
}
