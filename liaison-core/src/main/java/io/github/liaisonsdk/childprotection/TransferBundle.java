package io.github.liaisonsdk.childprotection;

import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;

/**
 * What travels to the receiving school's designated safeguarding lead: the pupil's child protection file and
 * nothing of the main pupil file, each record hashed, the whole sealed. The receiving school confirms receipt by
 * quoting the seal. The whole file travels: it is the school's statutory duty to pass it on, not a sharing decision
 * that may withhold part of it. Value-based and immutable; the vendor serialises it as JSON for its secure channel.
 *
 * @param transfer the transfer
 * @param pupil the pupil
 * @param items the records carried, oldest first
 * @param seal the SHA-256 over the transfer's id, the pupil's id and the items' hashes in order, each as a
 *     length-prefixed field ({@code <length>:<value>;}, the length in UTF-16 units), so a receipt for one transfer
 *     never confirms another of the same file
 */
public record TransferBundle(
    TransferId transfer, PupilId pupil, List<BundleItem> items, String seal) {

  /**
   * Copies the lists.
   *
   * @param transfer the transfer
   * @param pupil the pupil
   * @param items the items
   * @param seal the seal
   */
  public TransferBundle {
    items = List.copyOf(items);
  }
}
