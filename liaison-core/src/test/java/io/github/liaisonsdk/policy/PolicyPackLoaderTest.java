package io.github.liaisonsdk.policy;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.staff.Designation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyPackLoaderTest {

  private static final String SITE =
      "{\"schemaVersion\":1,\"metadata\":{\"id\":\"site\",\"version\":1,"
          + "\"title\":\"Site procedure\",\"site\":\"A site\",\"reviewDue\":{\"date\":\"2027-01-31\"}},"
          + "\"extends\":\"ecs36-group\",%s}";

  private static PolicyPackLoader withGroup() {
    PolicyPackLoader loader = PolicyPackLoader.create();
    loader.load(StandardPacks.json("ecs36-group"));
    return loader;
  }

  private static String site(String body) {
    return String.format(SITE, body);
  }

  @Test
  @DisplayName(
      "LP36-0, LP36-8, LP36-A: the shipped LP36 pack carries its metadata, references and directory")
  void lp36_0_shippedMetadata() {
    PolicyPack lp36 = StandardPacks.lp36();
    assertThat(lp36.metadata().templateReference()).contains("ECS LP 36");
    assertThat(lp36.metadata().ratification()).contains("Checked and Approved by: SLT");
    assertThat(lp36.metadata().authors()).containsExactly("CP");
    assertThat(lp36.group().orElseThrow().metadata().references())
        .contains("Children Act 2004")
        .hasSize(12);
    assertThat(lp36.directory()).extracting(DirectoryEntry::role).contains("First aider", "Driver");
    assertThat(lp36.designationOf("DSL")).contains(Designation.DESIGNATED_SAFEGUARDING_LEAD);
    assertThat(lp36.designationOf("Class Teacher")).contains(Designation.TEACHER);
    assertThat(lp36.designationOf("Caretaker")).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-A: the entries the procedure leaves blank ship as placeholders the school completes, never invented")
  void lp36_A_placeholdersNotInventions() {
    PolicyPack lp36 = StandardPacks.lp36();
    assertThat(lp36.placeholders())
        .extracting(DirectoryEntry::role)
        .containsExactly("First aider", "Driver", DirectoryEntry.LA_SAFEGUARDING_TEAM);
    assertThat(lp36.directory()).allSatisfy(entry -> assertThat(entry.placeholder()).isTrue());
    assertThat(StandardPacks.hsl().placeholders()).isEmpty();
  }

  @Test
  @DisplayName(
      "LP36-6.1 / LP36-A: the LA safeguarding contact is its own directory role, not the LADO")
  void lp36_6_1_laContactIsNotTheLado() {
    DirectoryEntry la = StandardPacks.lp36().laSafeguardingContact().orElseThrow();
    assertThat(la.role()).isEqualTo(DirectoryEntry.LA_SAFEGUARDING_TEAM);
    assertThat(la.name())
        .contains("Local Authority safeguarding team contact")
        .doesNotContainIgnoringCase("designated officer");
  }

  @Test
  @DisplayName(
      "LP36-6.1: no default maps an MIS \"Site Manager\" (often the caretaker) to the site/service manager post")
  void lp36_6_1_siteManagerNotASafeguardingPost() {
    assertThat(StandardPacks.group().designationOf("Site Manager")).isEmpty();
    assertThat(StandardPacks.lp36().designationOf("Site Manager")).isEmpty();
    assertThat(StandardPacks.lp36().designationOf("Site/Service Manager"))
        .contains(Designation.SITE_MANAGER);
    assertThat(StandardPacks.group().designationOf("Service Manager"))
        .contains(Designation.SITE_MANAGER);
  }

  @Test
  @DisplayName(
      "HSL-7 / LP36-1: the head's disclosures go to the chair of governors or an assistant head, and a site keeps its group's choice")
  void hsl7_headDisclosureReviewerBounded() throws Exception {
    for (String post : List.of("TEACHER", "OFFICE", "HEADTEACHER")) {
      com.fasterxml.jackson.databind.node.ObjectNode json =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              io.github.liaisonsdk.json.LiaisonJson.mapper()
                  .readTree(StandardPacks.json("clare-hsl"));
      json.put("headDisclosureReviewer", post);
      expectViolation(
          () ->
              PolicyPackLoader.create()
                  .load(io.github.liaisonsdk.json.LiaisonJson.mapper().writeValueAsString(json)),
          "$.headDisclosureReviewer",
          "HSL-7");
    }
    PolicyPackLoader loader = PolicyPackLoader.create();
    loader.load(StandardPacks.json("ecs36-group"));
    com.fasterxml.jackson.databind.node.ObjectNode site =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            io.github.liaisonsdk.json.LiaisonJson.mapper()
                .readTree(StandardPacks.json("coxlease-lp36"));
    site.put("headDisclosureReviewer", "ASSISTANT_HEADTEACHER");
    expectViolation(
        () -> loader.load(io.github.liaisonsdk.json.LiaisonJson.mapper().writeValueAsString(site)),
        "$.headDisclosureReviewer",
        "LP36-1");
    assertThat(StandardPacks.lp36().headDisclosureReviewer())
        .isEqualTo(Designation.CHAIR_OF_GOVERNORS);
  }

  @Test
  @DisplayName(
      "LP36-0 / HSL-11: a month-only date is kept as the month; a review due in January 2024 is due by its last day")
  void lp36_0_monthOnlyDates() {
    PolicyMetadata lp36 = StandardPacks.lp36().metadata();
    assertThat(lp36.issued()).isEmpty();
    assertThat(lp36.issuedIn()).contains(java.time.YearMonth.of(2021, 6));
    assertThat(lp36.reviewDue().month()).contains(java.time.YearMonth.of(2024, 1));
    assertThat(lp36.reviewDue().toString()).isEqualTo("January 2024");
    assertThat(lp36.reviewDue().dueBy(TermCalendar.conventional()))
        .isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(lp36.reviewOverdue(LocalDate.of(2024, 1, 31), TermCalendar.conventional()))
        .isFalse();
    assertThat(lp36.reviewOverdue(LocalDate.of(2024, 2, 1), TermCalendar.conventional())).isTrue();
    assertThat(io.github.liaisonsdk.publication.PolicyDocuments.html(StandardPacks.lp36()))
        .contains("June 2021")
        .contains("January 2024");
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).issued(LocalDate.of(2021, 6, 1)).build(),
        "issuedIn",
        "LP36-0");
    expectViolation(
        () ->
            ReviewDue.builder()
                .month(java.time.YearMonth.of(2024, 1))
                .date(LocalDate.of(2024, 1, 31))
                .build(),
        "reviewDue",
        "HSL-11");
  }

  @Test
  @DisplayName("LP36-1: a site pack adds checklist items and tightens, keeping every core rule")
  void lp36_1_siteExtendsGroup() {
    PolicyPack group = StandardPacks.group();
    PolicyPack lp36 = StandardPacks.lp36();
    assertThat(lp36.rules().keySet()).containsAll(group.rules().keySet());
    assertThat(lp36.checklist())
        .startsWith(group.checklist().toArray(new String[0]))
        .hasSize(group.checklist().size() + 1);
    assertThat(lp36.levelOf(Topic.BEHAVIOUR)).isEqualTo(ConfidentialityLevel.CONFIDENTIAL);
    assertThat(group.levelOf(Topic.BEHAVIOUR)).isEqualTo(ConfidentialityLevel.SCHOOL_INTERNAL);
    assertThat(lp36.retention().get(RecordKind.CHILD_PROTECTION_FILE).years()).isEqualTo(35);
    assertThat(lp36.contentHash()).isNotEqualTo(group.contentHash());
  }

  @Test
  @DisplayName("LP36-1: dropping a core rule is refused, naming the rule")
  void lp36_1_dropRefused() {
    LiaisonValidationException e =
        expectViolation(
            () -> withGroup().load(site("\"dropRules\":[\"SAFEGUARDING_BEYOND_SERVICE\"]")),
            "$.dropRules[0]",
            "LP36-1");
    assertThat(e.getMessage()).contains("SAFEGUARDING_BEYOND_SERVICE");
  }

  @Test
  @DisplayName("LP36-1: loosening a core rule is refused, naming the rule; tightening is accepted")
  void lp36_1_loosenRefused() {
    LiaisonValidationException e =
        expectViolation(
            () ->
                withGroup()
                    .load(
                        site(
                            "\"rules\":[{\"rule\":\"RESTRICTED_TO_POSTS\",\"posts\":[\"HEADTEACHER\",\"OFFICE\"]}]")),
            "$.rules[0]",
            "LP36-1");
    assertThat(e.getMessage()).contains("RESTRICTED_TO_POSTS");
    PolicyPack tightened =
        withGroup()
            .load(
                site(
                    "\"rules\":[{\"rule\":\"RESTRICTED_TO_POSTS\",\"posts\":[\"HEADTEACHER\"]},"
                        + "{\"rule\":\"FAMILY_LIAISON\",\"maxLevel\":\"PUBLIC\"}]"));
    assertThat(tightened.rules().get(RuleName.RESTRICTED_TO_POSTS).effectivePosts())
        .containsExactly(Designation.HEADTEACHER);
  }

  @Test
  @DisplayName("LP36-1 / LP36-4e: a site may not lower a topic level or shorten retention")
  void lp36_1_levelsAndRetention() {
    expectViolation(
        () -> withGroup().load(site("\"topicLevels\":{\"RISKS\":\"SCHOOL_INTERNAL\"}")),
        "$.topicLevels.RISKS",
        "LP36-1");
    expectViolation(
        () ->
            withGroup()
                .load(
                    site(
                        "\"retention\":[{\"record\":\"CHILD_PROTECTION_FILE\",\"years\":10,\"countedFrom\":\"DATE_OF_BIRTH\"}]")),
        "$.retention[0].years",
        "LP36-4e");
    expectViolation(
        () -> withGroup().load(site("\"roles\":{\"DSL\":\"TEACHER\"}")), "$.roles", "LP36-1");
  }

  @Test
  @DisplayName(
      "LP36-4e: a site may keep records as long as or longer than its group, counted the same way")
  void lp36_4e_retentionOnlyLengthens() {
    String equal =
        "\"retention\":[{\"record\":\"CHILD_PROTECTION_FILE\",\"years\":25,"
            + "\"countedFrom\":\"DATE_OF_BIRTH\"}]";
    assertThat(
            withGroup().load(site(equal)).retention().get(RecordKind.CHILD_PROTECTION_FILE).years())
        .isEqualTo(25);
    expectViolation(
        () -> withGroup().load(site(equal.replace("DATE_OF_BIRTH", "RECORD_DATE"))),
        "$.retention[0].years",
        "LP36-4e");
    assertThat(
            withGroup()
                .load(
                    site(
                        "\"retention\":[{\"record\":\"AUDIT_TRAIL\",\"years\":3,"
                            + "\"countedFrom\":\"RECORD_DATE\"}]"))
                .retention()
                .get(RecordKind.AUDIT_TRAIL)
                .years())
        .isEqualTo(3);
  }

  @Test
  @DisplayName(
      "LP36-1, LP36-4d: a site may not loosen its group's refusal of off-plan recording to flagging")
  void lp36_1_departuresOnlyTighten() {
    expectViolation(
        () -> withGroup().load(site("\"recordingDepartures\":\"FLAG\"")),
        "$.recordingDepartures",
        "LP36-1");
    assertThat(withGroup().load(site("\"recordingDepartures\":\"REFUSE\"")).recordingDepartures())
        .isEqualTo(DepartureHandling.REFUSE);
  }

  @Test
  @DisplayName(
      "LP36-1: a loader remembers what it loaded, by id, and a pack says which rules it applies")
  void loaderRemembersPacks() {
    PolicyPackLoader loader = withGroup();
    PolicyPack site = loader.load(site("\"dropRules\":[]"));
    assertThat(loader.get(site.id())).containsSame(site);
    assertThat(loader.get(StandardPacks.group().id()))
        .hasValueSatisfying(g -> assertThat(g.id()).isEqualTo(StandardPacks.group().id()));
    assertThat(PolicyPackLoader.create().get(site.id())).isEmpty();
    assertThat(StandardPacks.hsl().applies(RuleName.FAMILY_LIAISON)).isTrue();
    assertThat(StandardPacks.hsl().applies(RuleName.SAFEGUARDING_BEYOND_SERVICE)).isFalse();
  }

  @Test
  @DisplayName("LP36-1: a site pack's group must be loaded first")
  void lp36_1_unknownGroup() {
    expectViolation(
        () -> PolicyPackLoader.create().load(site("\"checklist\":[]")), "$.extends", "LP36-1");
  }

  @Test
  @DisplayName("unknown rule names, roles, levels and topics are refused with their JSON path")
  void unknownNamesRefused() {
    LiaisonValidationException rule =
        expectViolation(
            () -> withGroup().load(site("\"rules\":[{\"rule\":\"SHARE_EVERYTHING\"}]")),
            "$.rules[0].rule",
            null);
    assertThat(rule.getMessage()).contains("FAMILY_LIAISON");
    expectViolation(
        () -> withGroup().load(site("\"roles\":{\"Caretaker\":\"JANITOR\"}")),
        "$.roles.Caretaker",
        null);
    expectViolation(
        () -> withGroup().load(site("\"topicLevels\":{\"RISKS\":\"TOP_SECRET\"}")),
        "$.topicLevels.RISKS",
        null);
    LiaisonValidationException topic =
        catchValidation(() -> withGroup().load(site("\"topicLevels\":{\"GOSSIP\":\"PUBLIC\"}")));
    assertThat(topic.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).startsWith("$.topicLevels"));
    expectViolation(
        () ->
            withGroup().load(site("\"rules\":[{\"rule\":\"FAMILY_LIAISON\",\"colour\":\"red\"}]")),
        "$.rules[0].<unknown field>",
        null);
  }

  @Test
  @DisplayName(
      "LP36-1 / HSL-3: parameters a rule does not take, repeated rules and unknown clause ids are refused")
  void ruleParametersChecked() {
    expectViolation(
        () ->
            withGroup()
                .load(
                    site(
                        "\"rules\":[{\"rule\":\"PUBLIC_INFORMATION\","
                            + "\"maxLevel\":\"PUBLIC\"}]")),
        "$.rules[0].maxLevel",
        "LP36-1");
    expectViolation(
        () ->
            withGroup()
                .load(
                    site(
                        "\"rules\":[{\"rule\":\"FAMILY_LIAISON\","
                            + "\"maxLevel\":\"CONFIDENTIAL\"}]")),
        "$.rules[0].maxLevel",
        "HSL-3");
    expectViolation(
        () ->
            withGroup()
                .load(
                    site(
                        "\"rules\":[{\"rule\":\"FAMILY_LIAISON\"},"
                            + "{\"rule\":\"FAMILY_LIAISON\"}]")),
        "$.rules[1].rule",
        "LP36-1");
    expectViolation(
        () ->
            withGroup()
                .load(
                    site("\"rules\":[{\"rule\":\"FAMILY_LIAISON\"," + "\"cites\":[\"HSL-99\"]}]")),
        "$.rules[0].cites[0]",
        null);
  }

  @Test
  @DisplayName("LP36-5: a pack that extends nothing must classify every topic")
  void lp36_5_baseClassifiesEveryTopic() {
    String json = StandardPacks.json("clare-hsl").replace("\"RISKS\": \"CONFIDENTIAL\",", "");
    expectViolation(() -> PolicyPackLoader.create().load(json), "$.topicLevels", "LP36-5");
  }

  @Test
  @DisplayName("HSL-10: a pack exports as JSON that reloads to the same content hash")
  void hsl10_exportable() {
    PolicyPack hsl = StandardPacks.hsl();
    PolicyPack reloaded = PolicyPackLoader.create().load(hsl.toJson());
    assertThat(reloaded.contentHash()).isEqualTo(hsl.contentHash());
    assertThat(
            PolicyPackLoader.create()
                .load(StandardPacks.json("clare-hsl").replace("  ", " "))
                .contentHash())
        .as("the hash is of the canonical form, not the whitespace")
        .isEqualTo(hsl.contentHash());
  }

  @Test
  @DisplayName(
      "HSL-11: the HSL pack's 'Spring Term 2023' review is overdue on 2026-11-24; its signatories are carried")
  void hsl11_reviewOverdue() {
    PolicyPack hsl = StandardPacks.hsl();
    assertThat(hsl.metadata().reviewOverdue(LocalDate.of(2026, 11, 24), hsl.calendar())).isTrue();
    assertThat(hsl.metadata().signatories())
        .extracting(Signatory::title)
        .containsExactly("Acting Headteacher", "Assistant Headteacher");
  }

  private static LiaisonValidationException catchValidation(Runnable code) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(
        LiaisonValidationException.class, code::run);
  }
}
