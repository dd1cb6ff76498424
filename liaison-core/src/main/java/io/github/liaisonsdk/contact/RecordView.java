package io.github.liaisonsdk.contact;

import io.github.liaisonsdk.basics.Clause;
import io.github.liaisonsdk.confidentiality.ConfidentialityLevel;
import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.pupil.PupilId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contact record as one reader may see it. A reader the policy permits gets the record as written, its
 * amendments and the record as corrected; a reader who may know it exists but not its content gets the existence
 * and a summary signal (when, what kind, which topics, how confidential) with the clauses that withhold the rest.
 * Value-based and immutable.
 *
 * @param id the record's id
 * @param pupil the pupil
 * @param occurredAt when the contact happened
 * @param kind routine, emergency or out-of-hours
 * @param topics the topics covered
 * @param level how confidential the record is
 * @param original the record as written, when the content is granted
 * @param amendments its corrections, oldest first, when the content is granted
 * @param withheldBy the clauses that withhold the content, empty when it is granted
 */
public record RecordView(
    ContactRecordId id,
    PupilId pupil,
    Instant occurredAt,
    ContactKind kind,
    Set<Topic> topics,
    ConfidentialityLevel level,
    Optional<ContactRecord> original,
    List<Amendment> amendments,
    List<Clause> withheldBy) {

  /**
   * Copies the collections.
   *
   * @param id the record's id
   * @param pupil the pupil
   * @param occurredAt when
   * @param kind what kind
   * @param topics the topics
   * @param level the level
   * @param original the record, if granted
   * @param amendments the amendments, if granted
   * @param withheldBy the withholding clauses
   */
  public RecordView {
    topics = Set.copyOf(topics);
    amendments = List.copyOf(amendments);
    withheldBy = List.copyOf(withheldBy);
  }

  /**
   * Whether the reader was granted the content.
   *
   * @return {@code true} if the original and its amendments are included
   */
  public boolean contentGranted() {
    return original.isPresent();
  }

  /**
   * The record as corrected by its amendments, when the content is granted.
   *
   * @return the current record
   */
  public Optional<ContactRecord> current() {
    return original.map(
        record -> {
          ContactRecord current = record;
          for (Amendment amendment : amendments) {
            current = amendment.applyTo(current);
          }
          return current;
        });
  }
}
