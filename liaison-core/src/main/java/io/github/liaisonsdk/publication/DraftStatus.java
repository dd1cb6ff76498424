package io.github.liaisonsdk.publication;

import io.github.liaisonsdk.staff.Designation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a draft stands: the posts that must sign it, the signatures it has, and its publication if published.
 * Value-based and immutable.
 *
 * @param draft the draft
 * @param required the signatory posts that must sign, in the order the policy lists them
 * @param signatures the signatures so far, oldest first
 * @param publication the publication, once published
 */
public record DraftStatus(
    PolicyDraft draft,
    List<Designation> required,
    List<Ratification> signatures,
    Optional<PolicyPublication> publication) {

  /**
   * Copies the lists.
   *
   * @param draft the draft
   * @param required the posts that must sign
   * @param signatures the signatures so far
   * @param publication the publication, if any
   */
  public DraftStatus {
    required = List.copyOf(required);
    signatures = List.copyOf(signatures);
  }

  /**
   * The posts still to sign.
   *
   * @return the posts, in the policy's order
   */
  public List<Designation> missing() {
    Set<Designation> signed =
        signatures.stream().map(Ratification::post).collect(Collectors.toSet());
    return required.stream().filter(post -> !signed.contains(post)).toList();
  }

  /**
   * Whether every required post has signed.
   *
   * @return {@code true} if ratified
   */
  public boolean ratified() {
    return missing().isEmpty();
  }
}
