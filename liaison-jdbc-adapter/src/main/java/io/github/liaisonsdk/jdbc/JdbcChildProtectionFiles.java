package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.childprotection.FileTransfer;
import io.github.liaisonsdk.childprotection.TransferId;
import io.github.liaisonsdk.dataprotection.DisposalReview;
import io.github.liaisonsdk.port.ChildProtectionFileRepository;
import io.github.liaisonsdk.pupil.PupilId;
import java.util.List;
import java.util.Optional;

/** Transfers as insert-only versions, the (transfer_id, version) key making concurrent steps collide; reviews. */
final class JdbcChildProtectionFiles implements ChildProtectionFileRepository {
  private final Scope scope;
  private final String school;
  private final VersionedDocuments<FileTransfer> transfers;
  private final String insertTransfer;
  private final String open;
  private final String insertReview;
  private final String reviews;

  JdbcChildProtectionFiles(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String table = sql.table("file_transfer");
    this.transfers =
        new VersionedDocuments<>(
            scope, table, "transfer_id", "recorded_at", FileTransfer.class, "file transfer");
    this.insertTransfer =
        "INSERT INTO "
            + table
            + " (school_id, transfer_id, version, pupil_id, recorded_at, due_by,"
            + " state, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    this.open =
        "SELECT t.doc FROM "
            + table
            + " t WHERE t.school_id = ? AND t.state IN ('AWAITING_SEND', 'SENT') AND t.version ="
            + " (SELECT MAX(v.version) FROM "
            + table
            + " v WHERE v.school_id = t.school_id AND v.transfer_id ="
            + " t.transfer_id) ORDER BY t.due_by, t.transfer_id";
    String review = sql.table("disposal_review");
    this.insertReview =
        "INSERT INTO "
            + review
            + " (school_id, id, pupil_id, reviewed_at, doc) VALUES (?, ?, ?, ?, ?)";
    this.reviews =
        "SELECT doc FROM "
            + review
            + " WHERE school_id = ? AND pupil_id = ? ORDER BY reviewed_at, id";
  }

  @Override
  public void saveTransfer(FileTransfer transfer) {
    String doc = Rows.json(transfer);
    scope.write(
        "save file transfer " + transfer.id() + " version " + transfer.version(),
        c -> {
          transfers.requireNext(c, transfer.id().value(), transfer.version());
          return Rows.update(
              c,
              insertTransfer,
              school,
              transfer.id().value(),
              transfer.version(),
              transfer.pupil().value(),
              transfer.recordedAt(),
              transfer.dueBy(),
              transfer.state().name(),
              doc);
        });
  }

  @Override
  public Optional<FileTransfer> transfer(TransferId id) {
    return transfers.latest(id.value());
  }

  @Override
  public List<FileTransfer> transfersOf(PupilId pupil) {
    return transfers.forPupil(pupil.value());
  }

  @Override
  public List<FileTransfer> openTransfers() {
    return scope.run(
        "list open file transfers", c -> Rows.documents(c, FileTransfer.class, open, school));
  }

  @Override
  public void saveReview(DisposalReview review) {
    String doc = Rows.json(review);
    scope.write(
        "save disposal review " + review.id(),
        c ->
            Rows.update(
                c,
                insertReview,
                school,
                review.id(),
                review.pupil().value(),
                review.reviewedAt(),
                doc));
  }

  @Override
  public List<DisposalReview> reviewsOf(PupilId pupil) {
    return scope.run(
        "list disposal reviews of pupil " + pupil,
        c -> Rows.documents(c, DisposalReview.class, reviews, school, pupil.value()));
  }
}
