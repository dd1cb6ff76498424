package io.github.liaisonsdk.policy;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.confidentiality.TopicClassification;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.staff.Designation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads policy packs from JSON and validates them: the document strictly (unknown fields, roles, levels, topics or
 * rule names are refused with their JSON path), then the site against the group it extends (LP36-1: a site may add
 * rules and checklist items and tighten parameters, never drop or loosen a core rule).
 *
 * <p>A loader remembers the packs it loaded, so a site pack can name its group pack by id. Thread-safe.
 */
public final class PolicyPackLoader {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PolicyPackLoader.class);
  private final Map<PolicyPackId, PolicyPack> loaded = new ConcurrentHashMap<>();

  private PolicyPackLoader() {}

  /**
   * A loader that knows no packs yet.
   *
   * @return the loader
   */
  public static PolicyPackLoader create() {
    return new PolicyPackLoader();
  }

  /**
   * Loads a pack document. A site pack's group must have been loaded by this loader first.
   *
   * @param json the pack document
   * @return the loaded pack; one whose directory still holds placeholders loads, with a warning naming their roles
   *     ({@link PolicyPack#placeholders()})
   * @throws LiaisonValidationException naming the JSON path, the rule and the clause of every problem
   */
  public PolicyPack load(String json) {
    PackSpec spec = LiaisonJson.read(json, PackSpec.class);
    PolicyPack group = null;
    if (spec.extendsPack().isPresent()) {
      group = loaded.get(spec.extendsPack().get());
      if (group == null) {
        throw new LiaisonValidationException(
            "PolicyPack",
            Violation.of(
                "$.extends",
                "names a group pack that has not been loaded: load the group pack first",
                Clause.LP36_1));
      }
    }
    PolicyPack pack = merge(spec, group);
    loaded.put(pack.id(), pack);
    if (!pack.placeholders().isEmpty()) {
      // Loaded all the same: a school adopts the shipped pack first and completes its directory
      // after.
      LOG.warn(
          "policy pack {}@{} has {} directory entries for the school to complete (LP36-A): {}",
          pack.id(),
          pack.version(),
          pack.placeholders().size(),
          pack.placeholders().stream()
              .map(DirectoryEntry::role)
              .map(io.github.liaisonsdk.internal.LogSafe::of)
              .toList());
    }
    return pack;
  }

  /**
   * A pack this loader has loaded.
   *
   * @param id the pack's id
   * @return the pack, if loaded
   */
  public Optional<PolicyPack> get(PolicyPackId id) {
    return Optional.ofNullable(loaded.get(id));
  }

  static PolicyPack merge(PackSpec site, PolicyPack group) {
    List<Violation> violations = new ArrayList<>();
    Map<RuleName, RuleSpec> rules = new EnumMap<>(RuleName.class);
    Map<Topic, ConfidentialityLevel> levels = new EnumMap<>(Topic.class);
    Map<String, Designation> roles = new LinkedHashMap<>();
    List<String> checklist = new ArrayList<>();
    Map<RecordKind, RetentionRule> retention = new EnumMap<>(RecordKind.class);
    List<DirectoryEntry> directory = new ArrayList<>();
    if (group != null) {
      rules.putAll(group.rules());
      levels.putAll(group.topicLevels().defaults());
      roles.putAll(group.roles());
      checklist.addAll(group.checklist());
      retention.putAll(group.retention());
      directory.addAll(group.directory());
      for (int i = 0; i < site.dropRules().size(); i++) {
        violations.add(
            Violation.of(
                "$.dropRules[" + i + "]",
                "a site cannot drop core rule "
                    + site.dropRules().get(i)
                    + " of group pack "
                    + group.id(),
                Clause.LP36_1));
      }
    }
    for (int i = 0; i < site.rules().size(); i++) {
      RuleSpec rule = site.rules().get(i);
      RuleSpec core = rules.get(rule.rule());
      if (core != null && !rule.tightens(core)) {
        violations.add(
            Violation.of(
                "$.rules[" + i + "]",
                "loosens core rule "
                    + rule.rule()
                    + " of group pack "
                    + group.id()
                    + ": a site may only tighten its parameters",
                Clause.LP36_1));
      }
      rules.put(rule.rule(), rule);
    }
    site.topicLevels()
        .forEach(
            (topic, level) -> {
              ConfidentialityLevel core = levels.get(topic);
              if (core != null && !level.isAtLeast(core)) {
                violations.add(
                    Violation.of(
                        "$.topicLevels." + topic,
                        "lowers the group pack's level " + core + ": a site may only raise it",
                        Clause.LP36_1));
              }
              levels.put(topic, level);
            });
    site.roles()
        .forEach(
            (role, designation) -> {
              Designation core = roles.get(role);
              if (core != null && core != designation) {
                violations.add(
                    Violation.of(
                        "$.roles",
                        "maps a role the group pack maps to " + core + " differently",
                        Clause.LP36_1));
              }
              roles.put(role, designation);
            });
    checklist.addAll(site.checklist());
    for (int i = 0; i < site.retention().size(); i++) {
      RetentionRule rule = site.retention().get(i);
      RetentionRule core = retention.get(rule.record());
      if (core != null
          && (core.countedFrom() != rule.countedFrom() || rule.years() < core.years())) {
        violations.add(
            Violation.of(
                "$.retention[" + i + "].years",
                "shortens the group pack's retention of "
                    + rule.record()
                    + ": a site may only keep records longer",
                Clause.LP36_4E));
      }
      retention.put(rule.record(), rule);
    }
    directory.addAll(site.directory());
    DepartureHandling core = group == null ? DepartureHandling.REFUSE : group.recordingDepartures();
    DepartureHandling departures = site.recordingDepartures().orElse(core);
    if (core == DepartureHandling.REFUSE && departures == DepartureHandling.FLAG && group != null) {
      violations.add(
          Violation.of(
              "$.recordingDepartures", "loosens the group pack's REFUSE to FLAG", Clause.LP36_1));
    }
    if (group != null
        && site.headDisclosureReviewer()
            .map(post -> post != group.headDisclosureReviewer())
            .orElse(false)) {
      violations.add(
          Violation.of(
              "$.headDisclosureReviewer",
              "differs from the group pack's "
                  + group.headDisclosureReviewer()
                  + ": a site keeps who reviews the headteacher's own disclosures",
              Clause.LP36_1));
    }
    if (group != null
        && site.repeatedOutOfHoursContacts().orElse(0) > group.repeatedOutOfHoursThreshold()) {
      violations.add(
          Violation.of(
              "$.repeatedOutOfHoursContacts",
              "raises the group pack's threshold "
                  + group.repeatedOutOfHoursThreshold()
                  + ": a site may only flag repeated contact sooner",
              Clause.HSL_2));
    }
    if (!violations.isEmpty()) {
      throw new LiaisonValidationException("PolicyPack " + site.metadata().id(), violations);
    }
    TopicClassification classification = TopicClassification.builder().defaults(levels).build();
    return new PolicyPack(
        site, group, rules, classification, roles, checklist, retention, directory, departures);
  }
}
