package io.github.liaisonsdk.port;

import io.github.liaisonsdk.pupil.PupilId;
import io.github.liaisonsdk.sharing.SafeguardingAgreement;
import java.util.List;

/**
 * The child's safeguarding record of sharing agreements (LP36-6.3), insert-only, apart from the audit trail: the
 * trail holds each agreement's key, never the names and designations in it. Implementations are thread-safe.
 */
public interface SafeguardingAgreementRepository {

  /**
   * Stores an agreement under its key.
   *
   * @param key the SHA-256 of the agreement's canonical JSON document, as the audit trail records it
   * @param agreement the agreement
   * @throws ConcurrentUpdateException if an agreement is already held under the key
   */
  void save(String key, SafeguardingAgreement agreement);

  /**
   * The agreements documented for a pupil.
   *
   * @param pupil the pupil
   * @return the agreements, oldest first
   */
  List<SafeguardingAgreement> forPupil(PupilId pupil);
}
