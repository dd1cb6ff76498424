package io.github.liaisonsdk.port;

import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPackId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every version of every policy pack as the JSON document it was loaded from, with its content hash, so
 * any past decision can be traced to the exact pack that made it. Implementations are thread-safe.
 */
public interface PolicyPackRepository {

  /**
   * Saves a pack version. Saving the same version with the same content again does nothing.
   *
   * @param document the pack document
   * @throws ConcurrentUpdateException if that version is held with different content
   */
  void save(PackDocument document);

  /**
   * A pack version.
   *
   * @param id the pack's id
   * @param version the version
   * @return the document, if held
   */
  Optional<PackDocument> find(PolicyPackId id, int version);

  /**
   * The latest version of a pack.
   *
   * @param id the pack's id
   * @return the document, if any version is held
   */
  Optional<PackDocument> latest(PolicyPackId id);

  /**
   * Every version of a pack, oldest first.
   *
   * @param id the pack's id
   * @return the documents
   */
  List<PackDocument> versions(PolicyPackId id);
}
