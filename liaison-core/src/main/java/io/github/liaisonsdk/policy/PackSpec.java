package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.staff.Designation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A policy pack document as written in JSON: a school's procedure as data. {@link PolicyPackLoader} reads it,
 * resolves what it extends and compiles it into a {@link PolicyPack}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutablePackSpec.class)
@JsonDeserialize(as = ImmutablePackSpec.class)
public abstract class PackSpec {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  PackSpec() {}

  /**
   * The document's metadata (LP36-0, LP36-9, HSL-11).
   *
   * @return the metadata
   */
  public abstract PolicyMetadata metadata();

  /**
   * The group pack this site pack extends (LP36-1).
   *
   * @return the group pack's id, for a site pack
   */
  @JsonProperty("extends")
  public abstract Optional<PolicyPackId> extendsPack();

  /**
   * The MIS's own role names mapped to the posts the policies name.
   *
   * @return role name to designation
   */
  public abstract Map<String, Designation> roles();

  /**
   * The default confidentiality level of each topic (LP36-5); a site pack may only raise them.
   *
   * @return topic to level; every topic for a pack that extends nothing
   */
  public abstract Map<Topic, ConfidentialityLevel> topicLevels();

  /**
   * The posts that are relevant parties for a topic inside school (HSL-4), beyond the persons named in the pupil's
   * plan. A topic not listed takes the group pack's posts, or else the library's: the headteacher and assistant
   * headteacher for every topic, and the designated safeguarding lead for concerns and safeguarding and for risks.
   *
   * @return topic to posts; written only when set
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<Topic, Set<Designation>> relevantPosts();

  /**
   * The standard rules applied, with their parameters.
   *
   * @return the rules, each at most once
   */
  public abstract List<RuleSpec> rules();

  /**
   * Rules of the group pack this site would drop. Always refused: a site may not drop a core rule (LP36-1). The
   * field exists so that such an attempt is refused by name instead of silently ignored.
   *
   * @return the rules a site tried to drop
   */
  public abstract List<RuleName> dropRules();

  /**
   * The procedure's checklist items; a site adds to the group's core list (LP36-1).
   *
   * @return the items
   */
  public abstract List<String> checklist();

  /**
   * How long each kind of record is kept (LP36-4e).
   *
   * @return the retention rules, each record kind at most once
   */
  public abstract List<RetentionRule> retention();

  /**
   * The contact directory (LP36-A).
   *
   * @return the entries
   */
  public abstract List<DirectoryEntry> directory();

  /**
   * The local authority's term dates (HSL-11).
   *
   * @return the term dates
   */
  public abstract List<TermDates> termDates();

  /**
   * What happens when a contact record departs from its plan (LP36-4d); a site may only tighten FLAG to REFUSE.
   *
   * @return the handling, if the document sets it; a pack that extends nothing defaults to REFUSE
   */
  public abstract Optional<DepartureHandling> recordingDepartures();

  /**
   * How many out-of-hours contacts, or disclosed cases, between one member of staff and one family in a monitoring
   * period count as repeated, for the headteacher to look at (HSL-2: staff keep to their role).
   *
   * @return the threshold, if the document sets it; otherwise the group's, or 3
   */
  // Left out of the canonical JSON when absent, so packs written before it existed keep their
  // content hash.
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Integer> repeatedOutOfHoursContacts();

  /**
   * Who reviews the headteacher's own disclosures of contact outside school (HSL-7): the headteacher cannot.
   *
   * @return the post, if the document names one; otherwise the group's, or the chair of governors
   */
  // Left out of the canonical JSON when absent, so packs written before it existed keep their
  // content hash.
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<io.github.liaisonsdk.staff.Designation> headDisclosureReviewer();

  /**
   * The version of the JSON form this document was written in.
   *
   * @return the schema version
   */
  @Value.Default
  public int schemaVersion() {
    return LiaisonJson.SCHEMA_VERSION;
  }

  /**
   * Starts a pack document.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PackSpec}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutablePackSpec.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(this, "PackSpec");
    Set<RuleName> seen = EnumSet.noneOf(RuleName.class);
    for (int i = 0; i < rules().size(); i++) {
      checks.require(
          seen.add(rules().get(i).rule()),
          "rules[" + i + "].rule",
          "each rule appears at most once",
          Clause.LP36_1);
    }
    Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
    for (int i = 0; i < retention().size(); i++) {
      checks.require(
          kinds.add(retention().get(i).record()),
          "retention[" + i + "].record",
          "each record kind appears at most once",
          Clause.LP36_4E);
    }
    roles()
        .keySet()
        .forEach(
            role ->
                checks.require(
                    Text.label(role, 100),
                    "roles",
                    "role names are 1 to 100 characters on one line",
                    null));
    for (int i = 0; i < checklist().size(); i++) {
      checks.require(
          Text.label(checklist().get(i), 500),
          "checklist[" + i + "]",
          "must be 1 to 500 characters on one line",
          Clause.LP36_1);
    }
    if (extendsPack().isEmpty()) {
      checks.require(
          topicLevels().size() == Topic.values().length,
          "topicLevels",
          "a pack that extends nothing classifies every topic",
          Clause.LP36_5);
      checks.require(
          dropRules().isEmpty(),
          "dropRules",
          "only a site pack could drop rules, and none may",
          Clause.LP36_1);
    }
    checks.require(
        !extendsPack().map(metadata().id()::equals).orElse(false),
        "extends",
        "a pack cannot extend itself",
        Clause.LP36_1);
    checks.require(
        repeatedOutOfHoursContacts().map(n -> n >= 2 && n <= 50).orElse(true),
        "repeatedOutOfHoursContacts",
        "must be 2 to 50",
        Clause.HSL_2);
    checks.require(
        headDisclosureReviewer()
            .map(
                post ->
                    post == Designation.CHAIR_OF_GOVERNORS
                        || post == Designation.ASSISTANT_HEADTEACHER)
            .orElse(true),
        "headDisclosureReviewer",
        "is the chair of governors or an assistant headteacher: no one reviews their own disclosure, nor their"
            + " line manager's",
        Clause.HSL_7);
    checks.require(
        LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null);
    checks.done();
  }
}
