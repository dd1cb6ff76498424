package io.github.liaisonsdk.basics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Every clause of the two seed policies, by the id decisions, validation errors and reports cite: the Home/School
 * Liaison Policy ({@code HSL-n}) and the Home-School/College Liaison local procedure ({@code LP36-n}).
 */
public enum Clause {
  /** The guidelines protect the pupil, protect staff and maintain confidentiality. */
  HSL_1("HSL-1", "the guidelines protect the pupil, protect staff and maintain confidentiality"),
  /** Staff keep to their role; too much involvement brings conflict of interest. */
  HSL_2("HSL-2", "staff keep to their role; support for families is encouraged within it"),
  /** Confidential information is not shared outside school. */
  HSL_3("HSL-3", "confidential information is not shared outside school"),
  /** Inside school, only to the relevant parties, after consulting the line manager. */
  HSL_4(
      "HSL-4",
      "inside school, confidential information goes only to relevant parties, after consulting the line manager"),
  /** In doubt about what is confidential, disclose nothing until checked with the headship. */
  HSL_5(
      "HSL-5",
      "in doubt, disclose nothing until checked with the headteacher or assistant headteacher"),
  /** Contact with pupils or families outside school must be disclosed. */
  HSL_6("HSL-6", "contact with pupils or families outside school must be disclosed"),
  /** The headteacher is made aware and the appropriateness is discussed. */
  HSL_7("HSL-7", "the headteacher is made aware and discusses the appropriateness of the contact"),
  /** A contact that goes ahead is logged on the parent/liaison form. */
  HSL_8(
      "HSL-8",
      "a contact that goes ahead is logged on the parent/liaison form in the school office"),
  /** That log is readable only by the headteacher and assistant headteacher. */
  HSL_9("HSL-9", "the liaison form is readable only by the headteacher and assistant headteacher"),
  /** The policy is available to staff, and on request to governors, parents and others. */
  HSL_10(
      "HSL-10",
      "the policy is available to all staff and, on request, to governors, parents and others"),
  /** Review date and signatories. */
  HSL_11("HSL-11", "the policy is reviewed by its review date and signed"),
  /** Policy metadata. */
  LP36_0("LP36-0", "the procedure's title, site, number, dates, authors and ratification"),
  /** Sites apply the group policy through local procedures and may add to the core checklist. */
  LP36_1(
      "LP36-1",
      "a site's local procedure applies the group policy and may add to, never drop, its core"),
  /** Aims: participation, cooperation, parents' capacity, progression, dissemination. */
  LP36_2("LP36-2", "the aims of home-school liaison"),
  /** Scope: every residence context. */
  LP36_3("LP36-3", "the procedure covers pupils in every residence context"),
  /** The headteacher ensures an agreed approach for each child. */
  LP36_4("LP36-4", "the headteacher ensures an agreed approach to communication for each child"),
  /** Named persons. */
  LP36_4A("LP36-4a", "named persons maintain liaison"),
  /** Routine method and frequency. */
  LP36_4B("LP36-4b", "the method and frequency of routine communication"),
  /** Emergency method. */
  LP36_4C("LP36-4c", "the method for emergency communication"),
  /** Recording plan. */
  LP36_4D("LP36-4d", "a plan for how liaison is recorded"),
  /** Data protection compliance. */
  LP36_4E("LP36-4e", "the arrangements comply with data protection legislation"),
  /** The topics liaison covers. */
  LP36_5("LP36-5", "liaison covers attendance, progress, behaviour and the other listed topics"),
  /** Those involved in liaison have access to IEP and EHCP information. */
  LP36_5_1(
      "LP36-5.1", "those involved in liaison have access to the relevant IEP or EHCP information"),
  /** Consult the LA safeguarding team before sharing safeguarding information beyond the child's service. */
  LP36_6_1(
      "LP36-6.1",
      "consult the Local Authority safeguarding team before sharing safeguarding information beyond the child's service"),
  /** Clarify who contacts the other services. */
  LP36_6_2(
      "LP36-6.2",
      "agree whether the Local Authority team or the referrer contacts the other services"),
  /** Document the agreement with names and designations. */
  LP36_6_3(
      "LP36-6.3",
      "document the agreement in the safeguarding record with the names and designations of those involved"),
  /** Monitor effectiveness. */
  LP36_7("LP36-7", "monitor the effectiveness and impact of liaison"),
  /** References. */
  LP36_8("LP36-8", "the legislation and guidance the procedure rests on"),
  /** Review history. */
  LP36_9("LP36-9", "the procedure's review history"),
  /** Appendices: first aiders, drivers, contact details. */
  LP36_A("LP36-A", "the contact directory of the appendices");

  private static final Map<String, Clause> BY_ID = new HashMap<>();

  static {
    for (Clause clause : values()) {
      BY_ID.put(clause.id, clause);
    }
  }

  private final String id;
  private final String summary;

  Clause(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /**
   * The id as the policies' clause table writes it.
   *
   * @return for example {@code LP36-6.1}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * What the clause says, in a line.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The clause with an id, as JSON documents and packs spell it.
   *
   * @param id an id such as {@code LP36-6.1}
   * @return the clause
   * @throws IllegalArgumentException if no clause has that id
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Clause of(String id) {
    Clause clause = BY_ID.get(id);
    if (clause == null) {
      throw new IllegalArgumentException("not a clause id of the two source policies");
    }
    return clause;
  }

  /**
   * The ids of clauses, joined: for audit details and explanations.
   *
   * @param delimiter what goes between two ids
   * @param clauses the clauses
   * @return the ids in order, joined
   */
  public static String join(String delimiter, Collection<Clause> clauses) {
    StringJoiner joined = new StringJoiner(delimiter);
    clauses.forEach(clause -> joined.add(clause.id));
    return joined.toString();
  }

  public static Optional<Clause> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  @Override
  public String toString() {
    return id;
  }
}
