package io.github.liaisonsdk.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.basics.LiaisonValidationException;
import io.github.liaisonsdk.basics.Violation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term of a calendar year, as policies write it: "Spring Term 2023" (HSL-11). Which dates it covers is a
 * question for a {@link TermCalendar}, because term dates differ by local authority.
 *
 * <p>Value-based and immutable; serialises as the string {@code "Spring Term 2023"}.
 *
 * @param term the term
 * @param year the calendar year the term falls in, 1990 to 2200
 */
public record TermReference(SchoolTerm term, int year) {
  /** The first year a term may be named in. */
  public static final int FIRST_YEAR = 1990;

  /** The last year a term may be named in. */
  public static final int LAST_YEAR = 2200;

  private static final Pattern TEXT =
      Pattern.compile("(?i)\\s*(spring|summer|autumn)(?:\\s+term)?\\s+(\\d{4})\\s*");

  /**
   * Checks the components.
   *
   * @param term the term
   * @param year the calendar year
   */
  public TermReference {
    if (term == null || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new LiaisonValidationException(
          "TermReference",
          Violation.of(
              term == null ? "term" : "year",
              term == null ? "is required" : "must be 1990 to 2200",
              Clause.HSL_11));
    }
  }

  /**
   * Reads a term as policies write it, such as {@code "Spring Term 2023"} or {@code "autumn 2025"}.
   *
   * @param text the text
   * @return the term reference
   * @throws LiaisonValidationException if the text is not a term and a year
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TermReference parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new LiaisonValidationException(
          "TermReference",
          Violation.of(
              "term", "must be a term and a year, such as \"Spring Term 2023\"", Clause.HSL_11));
    }
    return new TermReference(
        SchoolTerm.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
  }

  /**
   * The term as policies write it.
   *
   * @return for example {@code "Spring Term 2023"}
   */
  @JsonValue
  @Override
  public String toString() {
    String name = term.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " Term " + year;
  }
}
