package io.github.liaisonsdk.port;

import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyDraft;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.Ratification;
import java.util.List;

/**
 * The policy's life in the school's records: who was given it (HSL-10: requests for a copy, staff acknowledgements
 * per version), and its new versions from draft to force (LP36-9, HSL-11: drafts, signatures, publications). All
 * insert-only. Implementations are thread-safe.
 */
public interface PublicationRepository {

  /**
   * Saves a request for a copy.
   *
   * @param request the request; its id not held yet
   * @throws ConcurrentUpdateException if a request with its id is held
   */
  void saveCopyRequest(CopyRequest request);

  /**
   * Every request for a copy, oldest first.
   *
   * @return the requests
   */
  List<CopyRequest> copyRequests();

  /**
   * Saves a member of staff's acknowledgement of a version.
   *
   * @param acknowledgement the acknowledgement
   * @throws ConcurrentUpdateException if that member of staff has acknowledged that version already (the same id,
   *     version number and content hash: a group pack changed under a site's version number is another version)
   */
  void saveAcknowledgement(Acknowledgement acknowledgement);

  /**
   * The acknowledgements of one version (id, number and content hash), oldest first.
   *
   * @param version the version
   * @return the acknowledgements
   */
  List<Acknowledgement> acknowledgements(PolicyVersion version);

  /**
   * Saves a draft.
   *
   * @param draft the draft
   * @throws ConcurrentUpdateException if a draft of its pack id and version number is held
   */
  void saveDraft(PolicyDraft draft);

  /**
   * The drafts of a pack, in version order.
   *
   * @param pack the pack's id
   * @return the drafts
   */
  List<PolicyDraft> drafts(PolicyPackId pack);

  /**
   * Saves a signature on a draft.
   *
   * @param signature the signature
   * @throws ConcurrentUpdateException if that draft's post is signed already
   */
  void saveRatification(Ratification signature);

  /**
   * The signatures on one draft (id, number and content hash), oldest first.
   *
   * @param draft the draft's version
   * @return the signatures
   */
  List<Ratification> ratifications(PolicyVersion draft);

  /**
   * Saves a publication. The caller saves the published pack document in the same unit of work.
   *
   * @param publication the publication
   * @throws ConcurrentUpdateException if that pack id and version number is published already
   */
  void savePublication(PolicyPublication publication);

  /**
   * The publications of a pack, in version order.
   *
   * @param pack the pack's id
   * @return the publications
   */
  List<PolicyPublication> publications(PolicyPackId pack);
}
