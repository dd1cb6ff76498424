package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.PublicationRepository;
import io.github.liaisonsdk.publication.Acknowledgement;
import io.github.liaisonsdk.publication.CopyRequest;
import io.github.liaisonsdk.publication.PolicyVersion;
import java.util.List;

/** Copy requests and acknowledgements, insert-only: a second acknowledgement of one version collides on the key. */
final class JdbcPublication implements PublicationRepository {
  private final Scope scope;
  private final String school;
  private final String insertRequest;
  private final String requests;
  private final String insertAcknowledgement;
  private final String acknowledgements;

  JdbcPublication(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String request = sql.table("copy_request");
    this.insertRequest = "INSERT INTO " + request + " (school_id, id, requested_at, doc) VALUES (?, ?, ?, ?)";
    this.requests = "SELECT doc FROM " + request + " WHERE school_id = ? ORDER BY requested_at, id";
    String acknowledgement = sql.table("acknowledgement");
    this.insertAcknowledgement = "INSERT INTO " + acknowledgement + " (school_id, staff_id, pack_id, pack_version,"
        + " content_hash, acknowledged_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?)";
    this.acknowledgements = "SELECT doc FROM " + acknowledgement + " WHERE school_id = ? AND pack_id = ?"
        + " AND pack_version = ? AND content_hash = ? ORDER BY acknowledged_at, staff_id";
  }

  @Override
  public void saveCopyRequest(CopyRequest request) {
    String doc = Rows.json(request);
    scope.write("save copy request " + request.id(), c -> Rows.update(c, insertRequest, school, request.id(),
        request.requestedAt(), doc));
  }

  @Override
  public List<CopyRequest> copyRequests() {
    return scope.run("list copy requests", c -> Rows.documents(c, CopyRequest.class, requests, school));
  }

  @Override
  public void saveAcknowledgement(Acknowledgement acknowledgement) {
    String doc = Rows.json(acknowledgement);
    scope.write("save acknowledgement by " + acknowledgement.staff(), c -> Rows.update(c, insertAcknowledgement,
        school, acknowledgement.staff().value(), acknowledgement.version().pack().value(),
        acknowledgement.version().version(), acknowledgement.version().contentHash(), acknowledgement.acknowledgedAt(),
        doc));
  }

  @Override
  public List<Acknowledgement> acknowledgements(PolicyVersion version) {
    return scope.run("list acknowledgements of " + version.pack(), c -> Rows.documents(c, Acknowledgement.class,
        acknowledgements, school, version.pack().value(), version.version(), version.contentHash()));
  }
}
