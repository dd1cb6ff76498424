package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.internal.Hashing;
import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.policy.PolicyPackId;

/**
 * One version of a policy pack, as people are given it: its id, version number and content hash, so a copy or an
 * acknowledgement names exactly the text it was of. Value-based and immutable.
 *
 * @param pack the pack's id
 * @param version the pack's version
 * @param contentHash the SHA-256 of the pack's canonical JSON
 */
public record PolicyVersion(PolicyPackId pack, int version, String contentHash) {

  /**
   * Checks the parts.
   *
   * @param pack the pack's id
   * @param version the version, from 1
   * @param contentHash a SHA-256 in hex
   */
  public PolicyVersion {
    if (pack == null || version < 1 || contentHash == null || !Hashing.isSha256(contentHash)) {
      throw new io.github.liaisonsdk.basics.LiaisonValidationException(
          "PolicyVersion",
          io.github.liaisonsdk.basics.Violation.of(
              "version", "a policy version is a pack id, a version from 1 and a SHA-256"));
    }
  }

  /**
   * The version of a pack.
   *
   * @param pack the pack
   * @return its version
   */
  public static PolicyVersion of(PolicyPack pack) {
    return new PolicyVersion(pack.id(), pack.version(), pack.contentHash());
  }
}
