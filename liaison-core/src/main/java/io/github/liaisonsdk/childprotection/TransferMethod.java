package io.github.liaisonsdk.childprotection;

/** How the bundle travelled: always secure, and apart from the main pupil file. */
public enum TransferMethod {
  /** A secure electronic transfer, such as the vendor's safeguarding system or an encrypted school-to-school link. */
  SECURE_ELECTRONIC,
  /** Handed to the receiving designated safeguarding lead in person. */
  HAND_DELIVERED,
  /** Recorded, signed-for post. */
  RECORDED_DELIVERY
}
