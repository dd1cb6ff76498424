package io.github.liaisonsdk.childprotection;

import io.github.liaisonsdk.contact.Amendment;
import io.github.liaisonsdk.contact.ContactRecord;
import java.util.List;

/**
 * One record of a child protection file bundle, as first written with every correction since, and its hash.
 * Value-based and immutable.
 *
 * @param original the record as first written
 * @param amendments its corrections, oldest first
 * @param sha256 the SHA-256 over the record's canonical JSON and its amendments' ({@code CanonicalDigest} fields)
 */
public record BundleItem(ContactRecord original, List<Amendment> amendments, String sha256) {

  /**
   * Copies the list.
   *
   * @param original the record
   * @param amendments the corrections
   * @param sha256 the hash
   */
  public BundleItem {
    amendments = List.copyOf(amendments);
  }
}
