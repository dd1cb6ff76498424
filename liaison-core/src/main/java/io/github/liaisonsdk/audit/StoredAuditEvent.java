package io.github.liaisonsdk.audit;

/**
 * One audit event as a store holds it: the columns a store keeps beside the event's document, and the document
 * itself, none of it parsed or checked. Verification compares them with one another and with the chain, so a row
 * whose document no longer parses, or whose columns disagree with it, is named rather than thrown on.
 * Value-based and immutable.
 *
 * @param sequence the sequence column
 * @param occurredAt the time column, as stored, in ISO-8601 form
 * @param type the event-type column
 * @param subject the subject column
 * @param hash the hash column
 * @param document the event's JSON document
 */
public record StoredAuditEvent(
    long sequence, String occurredAt, String type, String subject, String hash, String document) {}
