package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.internal.LiaisonStyle;
import io.github.liaisonsdk.internal.Text;
import io.github.liaisonsdk.json.LiaisonJson;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a policy document says about itself (LP36-0): title, site, number, template reference, date, review date,
 * authors, ratification; who signed it (HSL-11); its review history (LP36-9); its references (LP36-8).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@LiaisonStyle
@JsonSerialize(as = ImmutablePolicyMetadata.class)
@JsonDeserialize(as = ImmutablePolicyMetadata.class)
public abstract class PolicyMetadata {
  /** Only the generated implementation extends it: build values with {@link #builder()}. */
  PolicyMetadata() {}

  /**
   * The pack's id.
   *
   * @return the id
   */
  public abstract PolicyPackId id();

  /**
   * The pack's version: one more each time the school changes it.
   *
   * @return at least 1
   */
  @Min(value = 1, message = "[LP36-9] must be at least 1")
  public abstract int version();

  /**
   * The title, such as "Home/School Liaison Policy".
   *
   * @return 1 to 200 characters
   */
  public abstract String title();

  /**
   * The site or school the document applies to.
   *
   * @return 1 to 200 characters
   */
  public abstract String site();

  /**
   * The group policy number and title, such as "ECS 36 Home-School/College Liaison".
   *
   * @return the number and title, if the document has one
   */
  public abstract Optional<String> policyNumber();

  /**
   * The local procedure template reference, such as "ECS LP 36".
   *
   * @return the reference, if any
   */
  public abstract Optional<String> templateReference();

  /**
   * The date of the document, when it gives a day.
   *
   * @return the date, if the document has one
   */
  public abstract Optional<LocalDate> issued();

  /**
   * The month of the document, when it names only a month ("June 2021"). A month-only date is kept as the month,
   * never made into a day it does not name; where a deadline needs a day, it is the month's last (a review due in
   * January 2024 is due by 31 January).
   *
   * @return the month, if the document names one instead of a date
   */
  // Left out of the canonical JSON when absent, so packs written before it existed keep their
  // content hash.
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
  public abstract Optional<java.time.YearMonth> issuedIn();

  /**
   * When the document is due for review (HSL-11, LP36-0).
   *
   * @return a date or a term
   */
  public abstract ReviewDue reviewDue();

  /**
   * The authors.
   *
   * @return the authors, possibly none when the document does not say
   */
  public abstract List<String> authors();

  /**
   * Who ratified the document, such as "Checked and Approved by: SLT".
   *
   * @return the ratification, if the document records one
   */
  public abstract Optional<String> ratification();

  /**
   * Who signed it.
   *
   * @return the signatories, possibly none
   */
  public abstract List<Signatory> signatories();

  /**
   * The review history, oldest first (LP36-9).
   *
   * @return the entries
   */
  public abstract List<ReviewEntry> reviewHistory();

  /**
   * The legislation and guidance the document cites (LP36-8).
   *
   * @return the references
   */
  public abstract List<String> references();

  /**
   * The version of the JSON form this value was written in.
   *
   * @return the schema version
   */
  @Value.Default
  public int schemaVersion() {
    return LiaisonJson.SCHEMA_VERSION;
  }

  /**
   * Whether the review date has passed (HSL-11): on the day after the due date the review is overdue.
   *
   * @param today the current date in the school's time zone
   * @param calendar the calendar mapping terms to dates
   * @return {@code true} if overdue
   */
  public boolean reviewOverdue(LocalDate today, TermCalendar calendar) {
    return today.isAfter(reviewDue().dueBy(calendar));
  }

  /**
   * A month as policies write it: "January 2024".
   *
   * @param month the month
   * @return its name and year
   */
  public static String monthName(java.time.YearMonth month) {
    return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
        + " "
        + month.getYear();
  }

  /**
   * Starts the metadata.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyMetadata}; {@code build()} checks every rule and names each violation. Not thread-safe. */
  public static final class Builder extends ImmutablePolicyMetadata.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of(this, "PolicyMetadata");
    checks.require(
        Text.label(title(), 200),
        "title",
        "must be 1 to 200 characters on one line",
        Clause.LP36_0);
    checks.require(
        Text.label(site(), 200), "site", "must be 1 to 200 characters on one line", Clause.LP36_0);
    checks.require(
        policyNumber().map(s -> Text.label(s, 200)).orElse(true),
        "policyNumber",
        "must be 1 to 200 characters on one line",
        Clause.LP36_0);
    checks.require(
        templateReference().map(s -> Text.label(s, 200)).orElse(true),
        "templateReference",
        "must be 1 to 200 characters on one line",
        Clause.LP36_0);
    checks.require(
        ratification().map(s -> Text.label(s, 200)).orElse(true),
        "ratification",
        "must be 1 to 200 characters on one line",
        Clause.LP36_0);
    for (int i = 0; i < authors().size(); i++) {
      checks.require(
          Text.label(authors().get(i), 200),
          "authors[" + i + "]",
          "must be 1 to 200 characters on one line",
          Clause.LP36_0);
    }
    for (int i = 0; i < references().size(); i++) {
      checks.require(
          Text.label(references().get(i), 500),
          "references[" + i + "]",
          "must be 1 to 500 characters on one line",
          Clause.LP36_8);
    }
    for (int i = 1; i < reviewHistory().size(); i++) {
      checks.require(
          !reviewHistory().get(i).reviewed().isBefore(reviewHistory().get(i - 1).reviewed()),
          "reviewHistory[" + i + "].reviewed",
          "review history is in date order, oldest first",
          Clause.LP36_9);
    }
    checks.require(
        issued().isEmpty() || issuedIn().isEmpty(),
        "issuedIn",
        "is given instead of issued, when the document names only a month",
        Clause.LP36_0);
    Optional<LocalDate> lastIssueDay =
        issued().or(() -> issuedIn().map(java.time.YearMonth::atEndOfMonth));
    Optional<LocalDate> lastReviewDay =
        reviewDue().date().or(() -> reviewDue().month().map(java.time.YearMonth::atEndOfMonth));
    checks.require(
        lastIssueDay.flatMap(d -> lastReviewDay.map(due -> due.isAfter(d))).orElse(true),
        "reviewDue",
        "must be after the document's date",
        Clause.LP36_0);
    checks.require(
        LiaisonJson.supports(schemaVersion()), "schemaVersion", LiaisonJson.SCHEMA_RULE, null);
    checks.done();
  }
}
