package io.github.liaisonsdk.childprotection;

import io.github.liaisonsdk.contact.ContactRecordId;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;

/**
 * What travels to the receiving school's designated safeguarding lead: the pupil's child protection file and
 * nothing of the main pupil file, each record hashed, the whole sealed. The receiving school confirms receipt by
 * quoting the seal. Records of the file the sender may not read are not carried; they are named, so the sender can
 * resolve them. Value-based and immutable; the vendor serialises it as JSON for its secure channel.
 *
 * @param transfer the transfer
 * @param pupil the pupil
 * @param items the records carried, oldest first
 * @param withheld records of the file the sender was not granted, so not carried
 * @param seal the SHA-256 over the items' hashes in order
 */
public record TransferBundle(TransferId transfer, PupilId pupil, List<BundleItem> items,
    List<ContactRecordId> withheld, String seal) {

  /**
   * Copies the lists.
   *
   * @param transfer the transfer
   * @param pupil the pupil
   * @param items the items
   * @param withheld the withheld records
   * @param seal the seal
   */
  public TransferBundle {
    items = List.copyOf(items);
    withheld = List.copyOf(withheld);
  }
}
