package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.port.PublicationRepository;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyDraft;
import io.github.liaisonsdk.publication.PolicyPublication;
import io.github.liaisonsdk.publication.PolicyVersion;
import io.github.liaisonsdk.publication.Ratification;
import java.util.List;

/**
 * Copy requests, acknowledgements, drafts, signatures and publications, insert-only: a second acknowledgement of one
 * version, a second signature for one post or a second publication of one version collides on the key.
 */
final class JdbcPublication implements PublicationRepository {
  private final Scope scope;
  private final String school;
  private final String insertRequest;
  private final String requests;
  private final String insertAcknowledgement;
  private final String acknowledgements;
  private final String insertDraft;
  private final String drafts;
  private final String insertSignature;
  private final String signatures;
  private final String insertPublication;
  private final String publications;

  JdbcPublication(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String request = sql.table("copy_request");
    this.insertRequest =
        "INSERT INTO " + request + " (school_id, id, requested_at, doc) VALUES (?, ?, ?, ?)";
    this.requests = "SELECT doc FROM " + request + " WHERE school_id = ? ORDER BY requested_at, id";
    String acknowledgement = sql.table("acknowledgement");
    this.insertAcknowledgement =
        "INSERT INTO "
            + acknowledgement
            + " (school_id, staff_id, pack_id, pack_version,"
            + " content_hash, acknowledged_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.acknowledgements =
        "SELECT doc FROM "
            + acknowledgement
            + " WHERE school_id = ? AND pack_id = ?"
            + " AND pack_version = ? AND content_hash = ? ORDER BY acknowledged_at, staff_id";
    String draft = sql.table("policy_draft");
    this.insertDraft =
        "INSERT INTO "
            + draft
            + " (school_id, pack_id, pack_version, proposed_at, doc)"
            + " VALUES (?, ?, ?, ?, ?)";
    this.drafts =
        "SELECT doc FROM " + draft + " WHERE school_id = ? AND pack_id = ? ORDER BY pack_version";
    String signature = sql.table("policy_signature");
    this.insertSignature =
        "INSERT INTO "
            + signature
            + " (school_id, pack_id, pack_version, content_hash, post,"
            + " signed_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.signatures =
        "SELECT doc FROM "
            + signature
            + " WHERE school_id = ? AND pack_id = ? AND pack_version = ?"
            + " AND content_hash = ? ORDER BY signed_at, post";
    String publication = sql.table("policy_publication");
    this.insertPublication =
        "INSERT INTO "
            + publication
            + " (school_id, pack_id, pack_version, in_force_from,"
            + " published_at, doc) VALUES (?, ?, ?, ?, ?, ?)";
    this.publications =
        "SELECT doc FROM "
            + publication
            + " WHERE school_id = ? AND pack_id = ?"
            + " ORDER BY pack_version";
  }

  @Override
  public void saveCopyRequest(CopyRequest request) {
    String doc = Rows.json(request);
    scope.write(
        "save copy request " + request.id(),
        c -> Rows.update(c, insertRequest, school, request.id(), request.requestedAt(), doc));
  }

  @Override
  public List<CopyRequest> copyRequests() {
    return scope.run(
        "list copy requests", c -> Rows.documents(c, CopyRequest.class, requests, school));
  }

  @Override
  public void saveAcknowledgement(Acknowledgement acknowledgement) {
    String doc = Rows.json(acknowledgement);
    scope.write(
        "save acknowledgement by " + acknowledgement.staff(),
        c ->
            Rows.update(
                c,
                insertAcknowledgement,
                school,
                acknowledgement.staff().value(),
                acknowledgement.version().pack().value(),
                acknowledgement.version().version(),
                acknowledgement.version().contentHash(),
                acknowledgement.acknowledgedAt(),
                doc));
  }

  @Override
  public List<Acknowledgement> acknowledgements(PolicyVersion version) {
    return scope.run(
        "list acknowledgements of " + version.pack(),
        c ->
            Rows.documents(
                c,
                Acknowledgement.class,
                acknowledgements,
                school,
                version.pack().value(),
                version.version(),
                version.contentHash()));
  }

  @Override
  public void saveDraft(PolicyDraft draft) {
    String doc = Rows.json(draft);
    scope.write(
        "save draft of " + draft.version().pack(),
        c ->
            Rows.update(
                c,
                insertDraft,
                school,
                draft.version().pack().value(),
                draft.version().version(),
                draft.proposedAt(),
                doc));
  }

  @Override
  public List<PolicyDraft> drafts(PolicyPackId pack) {
    return scope.run(
        "list drafts of " + pack,
        c -> Rows.documents(c, PolicyDraft.class, drafts, school, pack.value()));
  }

  @Override
  public void saveRatification(Ratification signature) {
    String doc = Rows.json(signature);
    scope.write(
        "save signature by " + signature.signedBy(),
        c ->
            Rows.update(
                c,
                insertSignature,
                school,
                signature.draft().pack().value(),
                signature.draft().version(),
                signature.draft().contentHash(),
                signature.post().name(),
                signature.signedAt(),
                doc));
  }

  @Override
  public List<Ratification> ratifications(PolicyVersion draft) {
    return scope.run(
        "list signatures of " + draft.pack(),
        c ->
            Rows.documents(
                c,
                Ratification.class,
                signatures,
                school,
                draft.pack().value(),
                draft.version(),
                draft.contentHash()));
  }

  @Override
  public void savePublication(PolicyPublication publication) {
    String doc = Rows.json(publication);
    scope.write(
        "save publication of " + publication.version().pack(),
        c ->
            Rows.update(
                c,
                insertPublication,
                school,
                publication.version().pack().value(),
                publication.version().version(),
                publication.inForceFrom(),
                publication.publishedAt(),
                doc));
  }

  @Override
  public List<PolicyPublication> publications(PolicyPackId pack) {
    return scope.run(
        "list publications of " + pack,
        c -> Rows.documents(c, PolicyPublication.class, publications, school, pack.value()));
  }
}
