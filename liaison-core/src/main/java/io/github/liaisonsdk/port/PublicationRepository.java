package io.github.liaisonsdk.port;

import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyVersion;
import java.util.List;

/**
 * Who was given the policy (HSL-10): requests for a copy, and staff acknowledgements per version. Implementations are
 * thread-safe.
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
}
