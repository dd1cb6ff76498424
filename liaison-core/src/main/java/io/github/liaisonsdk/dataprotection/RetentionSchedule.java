package io.github.liaisonsdk.dataprotection;

import io.github.liaisonsdk.confidentiality.Topic;
import io.github.liaisonsdk.contact.ContactRecord;
import io.github.liaisonsdk.plan.RecordLocation;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.RecordKind;
import io.github.liaisonsdk.policy.RetentionAnchor;
import io.github.liaisonsdk.policy.RetentionRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a record may be disposed of, from the pack's retention rules (LP36-4e): a child protection record at the
 * pupil's date of birth plus its years, an SEN/EHCP record likewise, a liaison form or contact record at its own
 * date plus its years. Local policies differ, so every period comes from the pack.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetentionSchedule {
  private final PolicyPack pack;
  private final ZoneId zone;

  /**
   * A schedule from a pack.
   *
   * @param pack the pack with the retention rules
   * @param zone the school's time zone
   */
  public RetentionSchedule(PolicyPack pack, ZoneId zone) {
    this.pack = pack;
    this.zone = zone;
  }

  /**
   * What kind of record a contact record counts as for retention.
   *
   * @param record the record
   * @return the record kind
   */
  public static RecordKind kindOf(ContactRecord record) {
    if (record.location() == RecordLocation.SAFEGUARDING_RECORD
        || record.topics().contains(Topic.CONCERNS_AND_SAFEGUARDING)) {
      return RecordKind.CHILD_PROTECTION_FILE;
    }
    if (record.topics().contains(Topic.SUPPORT_PLAN)) {
      return RecordKind.SEN_AND_EHCP;
    }
    return record.location() == RecordLocation.LIAISON_FORM
        ? RecordKind.LIAISON_FORM
        : RecordKind.CONTACT_RECORD;
  }

  /**
   * The first day a record may be disposed of.
   *
   * @param record the record
   * @param dateOfBirth the pupil's date of birth, if known
   * @return the date, or empty when the pack keeps that kind of record without limit or the date of birth it counts
   *     from is unknown (then the record is kept)
   */
  public Optional<LocalDate> disposableFrom(ContactRecord record, Optional<LocalDate> dateOfBirth) {
    RetentionRule rule = pack.retention().get(kindOf(record));
    if (rule == null) {
      return Optional.empty();
    }
    Optional<LocalDate> anchor =
        rule.countedFrom() == RetentionAnchor.DATE_OF_BIRTH
            ? dateOfBirth
            : Optional.of(record.occurredAt().atZone(zone).toLocalDate());
    return anchor.map(date -> date.plusYears(rule.years()).plusDays(1));
  }

  /**
   * The first day a record may be disposed of, counted on the record as first written and as it is now, whichever
   * ends later: a correction never brings a disposal forward (a new topic can change its kind, and so its period).
   *
   * @param original the record as first written
   * @param current the record with every amendment applied
   * @param dateOfBirth the pupil's date of birth, if known
   * @return the later date, or empty when either is unknown (then the record is kept)
   */
  public Optional<LocalDate> disposableFrom(
      ContactRecord original, ContactRecord current, Optional<LocalDate> dateOfBirth) {
    Optional<LocalDate> first = disposableFrom(original, dateOfBirth);
    Optional<LocalDate> now = disposableFrom(current, dateOfBirth);
    if (first.isEmpty() || now.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(first.get().isAfter(now.get()) ? first.get() : now.get());
  }
}
