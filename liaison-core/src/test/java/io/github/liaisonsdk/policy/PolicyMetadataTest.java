package io.github.liaisonsdk.policy;

import static io.github.liaisonsdk.testing.Violations.expectViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.staff.Designation;
import io.github.liaisonsdk.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyMetadataTest {

  @Test
  @DisplayName("LP36-0: the local procedure's metadata is carried and validated")
  void lp36_0_metadata() {
    PolicyMetadata lp36 = Fixtures.lp36Metadata();
    assertThat(lp36.templateReference()).contains("ECS LP 36");
    assertThat(lp36.authors()).containsExactly("CP");
    expectViolation(
        () -> PolicyMetadata.builder().from(lp36).title(" ").build(), "title", "LP36-0");
    expectViolation(
        () ->
            PolicyMetadata.builder()
                .from(lp36)
                .reviewDue(ReviewDue.by(LocalDate.of(2021, 1, 1)))
                .build(),
        "reviewDue",
        "LP36-0");
  }

  @Test
  @DisplayName("LP36-8: references are carried, one clean line each")
  void lp36_8_references() {
    assertThat(Fixtures.lp36Metadata().references()).contains("Children Act 2004");
    expectViolation(
        () ->
            PolicyMetadata.builder()
                .from(Fixtures.lp36Metadata())
                .addReference("two\nlines")
                .build(),
        "references[2]",
        "LP36-8");
  }

  @Test
  @DisplayName("LP36-9: review history is kept oldest first")
  void lp36_9_reviewHistory() {
    ReviewEntry earlier =
        ReviewEntry.of(LocalDate.of(2022, 6, 1), "CP", "Annual review; no changes");
    ReviewEntry later =
        ReviewEntry.of(LocalDate.of(2023, 6, 1), "SLT", "Added the contact directory");
    assertThat(
            PolicyMetadata.builder()
                .from(Fixtures.lp36Metadata())
                .addReviewHistory(earlier)
                .addReviewHistory(later)
                .build()
                .reviewHistory())
        .containsExactly(earlier, later);
    expectViolation(
        () ->
            PolicyMetadata.builder()
                .from(Fixtures.lp36Metadata())
                .addReviewHistory(later)
                .addReviewHistory(earlier)
                .build(),
        "reviewHistory[1].reviewed",
        "LP36-9");
    expectViolation(() -> ReviewEntry.of(LocalDate.of(2022, 6, 1), "", "x"), "reviewer", "LP36-9");
  }

  @Test
  @DisplayName(
      "HSL-11: 'Spring Term 2023' is overdue today, 2026-11-24, and was not before Easter 2023")
  void hsl11_reviewOverdue() {
    PolicyMetadata hsl = Fixtures.hslMetadata();
    TermCalendar calendar = TermCalendar.conventional();
    assertThat(hsl.reviewDue().dueBy(calendar)).isEqualTo(LocalDate.of(2023, 4, 8));
    assertThat(hsl.reviewOverdue(LocalDate.of(2026, 11, 24), calendar)).isTrue();
    assertThat(hsl.reviewOverdue(LocalDate.of(2023, 3, 1), calendar)).isFalse();
    assertThat(hsl.signatories())
        .extracting(Signatory::designation)
        .containsExactly(Designation.HEADTEACHER, Designation.ASSISTANT_HEADTEACHER);
  }

  @Test
  @DisplayName(
      "HSL-11: a local authority's own term dates take precedence over the conventional shape")
  void hsl11_localTermDates() {
    TermReference spring = TermReference.parse("Spring Term 2023");
    TermCalendar local =
        TermCalendar.of(
            List.of(TermDates.of(spring, LocalDate.of(2023, 1, 4), LocalDate.of(2023, 3, 31))));
    assertThat(local.endOf(spring)).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(local.endOf(TermReference.parse("Summer 2023")))
        .isEqualTo(LocalDate.of(2023, 7, 31));
    expectViolation(
        () -> TermDates.of(spring, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 1, 4)),
        "last",
        "HSL-11");
  }

  @ParameterizedTest
  @CsvSource({
    "2023,2023-04-09",
    "2024,2024-03-31",
    "2025,2025-04-20",
    "2026,2026-04-05",
    "2000,2000-04-23"
  })
  @DisplayName("HSL-11: the conventional calendar computes Easter, which ends the spring term")
  void hsl11_easter(int year, LocalDate easter) {
    assertThat(TermCalendar.easterSunday(year)).isEqualTo(easter);
    assertThat(TermCalendar.conventional().endOf(new TermReference(SchoolTerm.SPRING, year)))
        .isEqualTo(easter.minusDays(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Spring Term 2023", "spring 2023", "  SPRING TERM 2023 "})
  @DisplayName("HSL-11: a term is read as policies write it")
  void hsl11_parseTerm(String text) {
    assertThat(TermReference.parse(text)).isEqualTo(new TermReference(SchoolTerm.SPRING, 2023));
    assertThat(TermReference.parse(text).toString()).isEqualTo("Spring Term 2023");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Winter Term 2023", "Spring Term", "Spring Term 23", "Spring Term 1066"})
  @DisplayName("HSL-11: anything else is refused")
  void hsl11_badTerms(String text) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TermReference.parse(text))
        .isInstanceOf(io.github.liaisonsdk.basics.LiaisonValidationException.class)
        .satisfies(
            e ->
                assertThat(
                        ((io.github.liaisonsdk.basics.LiaisonValidationException) e)
                            .cites(Clause.HSL_11))
                    .isTrue());
  }

  @Test
  @DisplayName("HSL-11: a review is due by a date or in a term, exactly one")
  void hsl11_reviewDueExactlyOne() {
    expectViolation(() -> ReviewDue.builder().build(), "reviewDue", "HSL-11");
    expectViolation(
        () ->
            ReviewDue.builder()
                .date(LocalDate.of(2024, 1, 31))
                .term(TermReference.parse("Spring 2024"))
                .build(),
        "reviewDue",
        "HSL-11");
  }
}
