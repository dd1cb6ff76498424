package io.github.liaisonsdk;

import io.github.liaisonsdk.policy.PolicyPack;
import io.github.liaisonsdk.publication.DraftStatus;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.sharing.PackComparison;
import io.github.liaisonsdk.staff.StaffId;
import java.time.LocalDate;
import java.util.List;

/**
 * The school's policy from one version to the next (LP36-9, HSL-11, LP36-0): a headship member proposes a draft; it
 * is compared, request by request, with the latest version the school holds; the posts the policy names as its signatories each
 * sign it, every post by a different member of staff who holds it on the school's directory; a headship member then
 * publishes it with a day in force, which writes its review-history entry and sets its next review date from the
 * term calendar. From that day every decision is taken under it; decisions taken before stay under the version then
 * in force, and replay finds that version by its hash.
 *
 * <p>Who must sign: the signatory posts of the latest version (published or configured, in force or still to come)
 * and of the draft, in that order, where a version naming none ("Checked and Approved by: SLT") stands for the
 * headteacher; a draft may name only the headteacher, an assistant headteacher or the chair of governors. A draft is
 * never edited: a change is a new draft with a higher version number. A publication comes into force two days after
 * it is made at the soonest, so that every facade of the school has read it first.
 *
 * <p>Every step is audited, and every refused one with its field; the steps are refused on a facade joined to a
 * caller's transaction. Thread-safe. Get it from {@link Liaison#policyReview()}.
 */
public interface PolicyReview {

  /**
   * Puts a new version forward.
   *
   * @param draft the new version: the school's pack id, a version number above every version the school holds, and
   *     (for a site) the same group pack the facade was configured with
   * @param proposer a headship member
   * @return the draft and the posts that must sign it
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the proposer is not a headship member (HSL-11)
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException naming {@code id}, {@code version},
   *     {@code extends}, {@code metadata.reviewHistory} or {@code metadata.signatories[i].designation} when the draft
   *     is not a next version of the school's pack
   */
  DraftStatus propose(PolicyPack draft, StaffId proposer);

  /**
   * What the draft changes, on every request the engine can be asked: what it newly permits and what it newly
   * forbids, in plain English with a request for each (LP36-9). Compiles both versions; takes seconds.
   *
   * @param version the draft's version number
   * @param reader a headship member
   * @return the comparison of the latest version (baseline) with the draft (candidate)
   * @throws io.github.liaisonsdk.port.NotFoundException if there is no draft of that version
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   */
  PackComparison compare(int version, StaffId reader);

  /**
   * Signs the draft for the first of its required posts the signer holds and nobody has signed for yet.
   *
   * @param version the draft's version number
   * @param signer a member of staff holding a required post on the school's directory
   * @return where the draft stands after the signature
   * @throws io.github.liaisonsdk.port.NotFoundException if there is no draft of that version
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the signer holds none of the posts still to sign
   *     (HSL-11)
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException if the signer has signed this draft already, or
   *     it is published
   */
  DraftStatus ratify(int version, StaffId signer);

  /**
   * Publishes a ratified draft: the published version is the draft with a review-history entry (today, the
   * publisher, the summary) and its next review due in the term a year after its day in force.
   *
   * @param version the draft's version number
   * @param inForceFrom the first day in force: two days after today or later, within a year
   * @param summary what changed, for the review history: 1 to 2000 characters
   * @param publisher a headship member
   * @return the publication
   * @throws io.github.liaisonsdk.port.NotFoundException if there is no draft of that version
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the publisher is not a headship member
   * @throws io.github.liaisonsdk.basics.LiaisonValidationException naming {@code signatures} while a post has not
   *     signed or a signer no longer holds the post, {@code inForceFrom} for a day sooner than two days from today,
   *     {@code summary}, or {@code version} if the school holds that version or a later one already
   */
  PolicyPublication publish(int version, LocalDate inForceFrom, String summary, StaffId publisher);

  /**
   * Every draft of the school's pack and where it stands.
   *
   * @param reader a headship member
   * @return the drafts, in version order
   * @throws io.github.liaisonsdk.basics.AccessDeniedException if the reader is not a headship member
   */
  List<DraftStatus> drafts(StaffId reader);

  /**
   * The version in force on a day, by the publications this facade has read (see {@link Liaison#pack()}).
   *
   * @param day a day in the school's time zone
   * @return the pack in force that day
   */
  PolicyPack inForceOn(LocalDate day);
}
