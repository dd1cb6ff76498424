package io.github.liaisonsdk.childprotection;

import io.github.liaisonsdk.contact.RecordView;

/**
 * One record of a child protection file bundle, as first written with every correction since, and its hash.
 * Value-based and immutable.
 *
 * @param record the record, its content granted to the sending designated safeguarding lead
 * @param sha256 the SHA-256 of the record's canonical JSON with its amendments
 */
public record BundleItem(RecordView record, String sha256) {}
