package io.github.liaisonsdk.policy;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.staff.Designation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small values a pack is made of: each rule at its limits, naming the field and the clause. */
class PolicyValueRulesTest {

  @Test
  @DisplayName(
      "HSL-11: Easter, which ends the spring term, matches Gauss's method for every year a term may name")
  void easterMatchesAnIndependentComputus() {
    for (int year = 1990; year <= 2200; year++) {
      assertThat(TermCalendar.easterSunday(year))
          .as("Easter %d", year)
          .isEqualTo(gauss(year))
          .satisfies(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
    }
    assertThat(List.of(2000, 2008, 2011, 2019, 2024, 2025, 2026, 2038))
        .map(TermCalendar::easterSunday)
        .containsExactly(
            LocalDate.of(2000, 4, 23),
            LocalDate.of(2008, 3, 23),
            LocalDate.of(2011, 4, 24),
            LocalDate.of(2019, 4, 21),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2025, 4, 20),
            LocalDate.of(2026, 4, 5),
            LocalDate.of(2038, 4, 25));
  }

  /** Gauss's Easter algorithm with its two exceptions: written differently on purpose. */
  private static LocalDate gauss(int year) {
    int a = year % 19;
    int b = year % 4;
    int c = year % 7;
    int k = year / 100;
    int p = (13 + 8 * k) / 25;
    int q = k / 4;
    int m = (15 - p + k - q) % 30;
    int n = (4 + k - q) % 7;
    int d = (19 * a + m) % 30;
    int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6) {
      return LocalDate.of(year, Month.APRIL, 19);
    }
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
      return LocalDate.of(year, Month.APRIL, 18);
    }
    return LocalDate.of(year, Month.MARCH, 22).plusDays(d + e);
  }

  @Test
  @DisplayName(
      "HSL-11: without local dates, terms run spring to Easter, Easter to July, September to December")
  void conventionalTerms() {
    assertThat(TermCalendar.of(List.of()).datesOf(new TermReference(SchoolTerm.SPRING, 2026)))
        .isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 4)));
    assertThat(TermCalendar.of(List.of()).datesOf(new TermReference(SchoolTerm.SUMMER, 2026)))
        .isEqualTo(new DateRange(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 7, 31)));
    assertThat(TermCalendar.of(List.of()).datesOf(new TermReference(SchoolTerm.AUTUMN, 2026)))
        .isEqualTo(new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  @DisplayName(
      "HSL-11: a term names a term and a year from 1990 to 2200, written as policies write it")
  void termReferences() {
    assertThat(new TermReference(SchoolTerm.SPRING, 1990).year()).isEqualTo(1990);
    assertThat(new TermReference(SchoolTerm.SPRING, 2200).year()).isEqualTo(2200);
    expectViolation(() -> new TermReference(SchoolTerm.SPRING, 1989), "year", "HSL-11");
    expectViolation(() -> new TermReference(SchoolTerm.SPRING, 2201), "year", "HSL-11");
    expectViolation(() -> new TermReference(null, 2023), "term", "HSL-11");
    assertThat(TermReference.parse("Spring Term 2023"))
        .isEqualTo(new TermReference(SchoolTerm.SPRING, 2023));
    assertThat(TermReference.parse(" autumn 2025 "))
        .isEqualTo(new TermReference(SchoolTerm.AUTUMN, 2025));
    assertThat(TermReference.parse("SUMMER TERM 2024"))
        .isEqualTo(new TermReference(SchoolTerm.SUMMER, 2024));
    expectViolation(() -> TermReference.parse("Michaelmas 2024"), "term", "HSL-11");
    expectViolation(() -> TermReference.parse(null), "term", "HSL-11");
    expectViolation(() -> TermReference.parse("Spring 1989"), "year", "HSL-11");
  }

  @Test
  @DisplayName("a date range includes both ends, and its last day is never before its first")
  void dateRanges() {
    LocalDate first = LocalDate.of(2026, 9, 1);
    DateRange range = new DateRange(first, first.plusDays(9));
    assertThat(range.contains(first)).isTrue();
    assertThat(range.contains(first.plusDays(9))).isTrue();
    assertThat(range.contains(first.plusDays(4))).isTrue();
    assertThat(range.contains(first.minusDays(1))).isFalse();
    assertThat(range.contains(first.plusDays(10))).isFalse();
    assertThat(new DateRange(first, first).contains(first)).isTrue();
    expectViolation(() -> new DateRange(first, first.minusDays(1)), "last", null);
    expectViolation(() -> new DateRange(null, first), "first", null);
    expectViolation(() -> new DateRange(first, null), "last", null);
  }

  @Test
  @DisplayName(
      "LP36-A: directory entries have a role and a name on one line, a plausible telephone and email")
  void directoryEntries() {
    DirectoryEntry entry =
        DirectoryEntry.builder()
            .role("DSL")
            .name("A. Person")
            .telephone("+44 (0)1234 567-890")
            .email("dsl@school.example")
            .build();
    assertThat(entry.telephone()).contains("+44 (0)1234 567-890");
    assertThat(DirectoryEntry.of("DSL", "A. Person").email()).isEmpty();
    expectViolation(() -> DirectoryEntry.of(" ", "A. Person"), "role", "LP36-A");
    expectViolation(() -> DirectoryEntry.of("DSL", "n".repeat(201)), "name", "LP36-A");
    expectViolation(
        () -> DirectoryEntry.builder().from(entry).telephone("12").build(), "telephone", "LP36-A");
    expectViolation(
        () -> DirectoryEntry.builder().from(entry).telephone("call me").build(),
        "telephone",
        "LP36-A");
    expectViolation(
        () -> DirectoryEntry.builder().from(entry).email("no-at-sign").build(), "email", "LP36-A");
    expectViolation(
        () -> DirectoryEntry.builder().from(entry).email("a@b\nc@d").build(), "email", "LP36-A");
  }

  @Test
  @DisplayName(
      "HSL-11, LP36-9: signatories, review entries, retention rules and stored packs are checked")
  void otherPackValues() {
    assertThat(Signatory.of("Chair of Governors", Designation.HEADTEACHER).name()).isEmpty();
    expectViolation(() -> Signatory.of("", Designation.HEADTEACHER), "title", "HSL-11");
    expectViolation(
        () ->
            Signatory.builder()
                .title("Chair")
                .designation(Designation.HEADTEACHER)
                .name("two\nlines")
                .build(),
        "name",
        "HSL-11");

    LocalDate day = LocalDate.of(2026, 9, 1);
    assertThat(ReviewEntry.of(day, "r".repeat(200), "s".repeat(2000)).summary()).hasSize(2000);
    expectViolation(() -> ReviewEntry.of(day, "r".repeat(201), "reviewed"), "reviewer", "LP36-9");
    expectViolation(() -> ReviewEntry.of(day, "Head", "s".repeat(2001)), "summary", "LP36-9");
    expectViolation(() -> ReviewEntry.of(day, "Head", " "), "summary", "LP36-9");
    expectViolation(() -> ReviewEntry.of(day, "Head", "bell\u0007"), "summary", "LP36-9");

    assertThat(
            RetentionRule.of(RecordKind.CONTACT_RECORD, 1, RetentionAnchor.DATE_OF_BIRTH).years())
        .isOne();
    assertThat(
            RetentionRule.of(RecordKind.CONTACT_RECORD, 100, RetentionAnchor.DATE_OF_BIRTH).years())
        .isEqualTo(100);
    expectViolation(
        () -> RetentionRule.of(RecordKind.CONTACT_RECORD, 0, RetentionAnchor.DATE_OF_BIRTH),
        "years",
        "LP36-4e");
    expectViolation(
        () -> RetentionRule.of(RecordKind.CONTACT_RECORD, 101, RetentionAnchor.DATE_OF_BIRTH),
        "years",
        "LP36-4e");

    PolicyPackId id = StandardPacks.hsl().id();
    assertThat(PackDocument.of(id, 1, "{}").contentHash()).hasSize(64);
    expectViolation(() -> PackDocument.of(id, 1, " "), "json", null);
    expectViolation(() -> PackDocument.of(id, 0, "{}"), "version", "LP36-9");
  }

  @Test
  @DisplayName("LP36-0: optional metadata texts are one line each when present")
  void metadataTexts() {
    PolicyMetadata lp36 = io.github.liaisonsdk.testing.Fixtures.lp36Metadata();
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).site("a\nb").build(), "site", "LP36-0");
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).policyNumber(" ").build(),
        "policyNumber",
        "LP36-0");
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).templateReference("t".repeat(201)).build(),
        "templateReference",
        "LP36-0");
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).ratification("a\rb").build(),
        "ratification",
        "LP36-0");
    assertThat(
            PolicyMetadata.builder()
                .from(lp36)
                .policyNumber("LP36")
                .templateReference("T-1")
                .ratification("Board, 2026")
                .build()
                .policyNumber())
        .contains("LP36");
  }

  @Test
  @DisplayName(
      "LP36-1, HSL-3: a rule takes only the parameters it declares, never reaches CONFIDENTIAL, and cites known clauses")
  void ruleSpecParameters() {
    assertThat(RuleSpec.of(RuleName.PUBLIC_INFORMATION).posts()).isEmpty();
    expectViolation(
        () ->
            RuleSpec.builder()
                .rule(RuleName.PUBLIC_INFORMATION)
                .addPosts(Designation.TEACHER)
                .build(),
        "posts",
        "LP36-1");
    expectViolation(
        () -> RuleSpec.builder().rule(RuleName.PUBLIC_INFORMATION).addCites("HSL-2").build(),
        "cites",
        "LP36-1");
    expectViolation(
        () -> RuleSpec.builder().rule(RuleName.FAMILY_LIAISON).addCites("HSL-99").build(),
        "cites[0]",
        null);
    assertThat(
            RuleSpec.builder()
                .rule(RuleName.RESTRICTED_TO_POSTS)
                .addPosts(Designation.HEADTEACHER)
                .build()
                .posts())
        .containsExactly(Designation.HEADTEACHER);
  }

  @Test
  @DisplayName(
      "LP36-1, LP36-4d: a pack that extends nothing may choose to flag departures; its roles are one-line names")
  void standalonePacks() {
    String hsl = StandardPacks.json("clare-hsl");
    PolicyPack flagging =
        PolicyPackLoader.create()
            .load(hsl.replaceFirst("\\{", "{\"recordingDepartures\": \"FLAG\","));
    assertThat(flagging.recordingDepartures()).isEqualTo(DepartureHandling.FLAG);
    assertThat(flagging.spec().recordingDepartures()).contains(DepartureHandling.FLAG);
    expectViolation(
        () ->
            PolicyPackLoader.create()
                .load(hsl.replace("\"School Office\"", "\"" + "r".repeat(101) + "\"")),
        "$.roles",
        null);
    PolicyPack pack = StandardPacks.hsl();
    assertThat(pack.toString())
        .isEqualTo(
            "PolicyPack["
                + pack.id()
                + " v"
                + pack.version()
                + " "
                + pack.contentHash().substring(0, 12)
                + "]");
    assertThat(pack.id()).hasToString("clare-hsl");
  }

  @Test
  @DisplayName(
      "HSL-11: a review date prints as the date or the term the policy names; clauses print as their ids")
  void printing() {
    assertThat(ReviewDue.by(LocalDate.of(2027, 1, 31))).hasToString("2027-01-31");
    assertThat(ReviewDue.in(new TermReference(SchoolTerm.SPRING, 2023)))
        .hasToString("Spring Term 2023");
    Clause hsl4 = Clause.byId("HSL-4").orElseThrow();
    assertThat(hsl4).hasToString("HSL-4");
    assertThat(hsl4.summary()).isNotBlank().isNotEqualTo("HSL-4");
    assertThat(Clause.byId("HSL-99")).isEmpty();
  }
}
