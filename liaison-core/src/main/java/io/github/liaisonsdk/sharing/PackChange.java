package io.github.liaisonsdk.sharing;

import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import java.util.Locale;

/**
 * One kind of request a draft pack answers differently from the pack in force, for the people who sign the draft
 * off (LP36-9, HSL-11): information on one topic at one level to one kind of recipient, answered one way before and
 * another now, how many distinct requests that is, and one of them, in plain English. Value-based and immutable.
 *
 * @param topic the topic
 * @param level the level the information is recorded at
 * @param treatedAs the level the draft treats it at: the recorded level, or the draft's default for the topic where
 *     that is narrower (a site raising a topic's level, LP36-1)
 * @param recipient the kind of recipient
 * @param was the answer under the pack in force
 * @param now the answer under the draft
 * @param requests how many distinct requests of the request space change so
 * @param example one of them, with every fact stated
 */
public record PackChange(
    Topic topic,
    ConfidentialityLevel level,
    ConfidentialityLevel treatedAs,
    RecipientKind recipient,
    Outcome was,
    Outcome now,
    long requests,
    Counterexample example) {

  /**
   * The change in plain English: "Attendance information (school internal) to a parent with parental
   * responsibility: was DENY, now PERMIT (96 requests)".
   *
   * @return one sentence
   */
  public String summary() {
    String topicWords = words(topic.name());
    return Character.toUpperCase(topicWords.charAt(0))
        + topicWords.substring(1)
        + " information ("
        + words(level.name())
        + (treatedAs == level ? "" : ", now treated as " + words(treatedAs.name()) + " by default")
        + ") to "
        + recipientWords(recipient)
        + ": was "
        + was
        + ", now "
        + now
        + " ("
        + requests
        + (requests == 1 ? " request" : " requests")
        + ")";
  }

  /**
   * The example request in plain English: who asks, what about whom, with what on record.
   *
   * @return one sentence
   */
  public String exampleInWords() {
    RequestFacts facts = example.facts();
    StringBuilder out =
        new StringBuilder("For example: ")
            .append(article(words(facts.requesterDesignation().name())))
            .append(" asks to share ")
            .append(words(topic.name()))
            .append(" information with ")
            .append(recipientWords(recipient));
    facts
        .recipientDesignation()
        .ifPresent(
            post ->
                out.append(" (")
                    .append(words(post.name()))
                    .append(", ")
                    .append(words(facts.relevance().name()))
                    .append(')'));
    out.append(
            facts.pupilInOtherServices() ? ", the pupil being in other services of the group" : "")
        .append(facts.childAtRisk() ? ", the child at risk of significant harm" : "");
    StringBuilder consulted = new StringBuilder();
    for (ConsulteeRole role : ConsulteeRole.values()) {
      if (facts.consultation(role) != ConsultationState.NONE) {
        consulted
            .append(consulted.length() == 0 ? "" : ", ")
            .append(words(role.name()))
            .append(' ')
            .append(words(facts.consultation(role).name()));
      }
    }
    out.append(
        consulted.length() == 0 ? ", with no consultation on record" : ", on record: " + consulted);
    return out.append(". ")
        .append(example.baseline().outcome())
        .append(" before, ")
        .append(example.decision().outcome())
        .append(" now ")
        .append(example.decision().clauses())
        .append('.')
        .toString();
  }

  private static String recipientWords(RecipientKind kind) {
    return kind == RecipientKind.STAFF_IN_SCHOOL
        ? "a member of staff"
        : article(words(kind.name()));
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
