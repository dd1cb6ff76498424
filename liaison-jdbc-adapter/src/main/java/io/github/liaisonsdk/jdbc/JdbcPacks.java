package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.policy.PackDocument;
import io.github.liaisonsdk.policy.PolicyPackId;
import io.github.liaisonsdk.port.ConcurrentUpdateException;
import io.github.liaisonsdk.port.PolicyPackRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Policy pack versions with their content hashes: a version, once saved, never changes. */
final class JdbcPacks implements PolicyPackRepository {
  private final Scope scope;
  private final String hashOf;
  private final String insert;
  private final String find;
  private final String latest;
  private final String versions;
  private final String school;

  JdbcPacks(Scope scope, Sql sql) {
    this.scope = scope;
    this.school = scope.school;
    String pack = sql.table("policy_pack");
    this.hashOf =
        "SELECT content_hash FROM " + pack + " WHERE school_id = ? AND pack_id = ? AND version = ?";
    this.insert =
        "INSERT INTO "
            + pack
            + " (school_id, pack_id, version, content_hash, doc) VALUES (?, ?, ?, ?, ?)";
    this.find =
        "SELECT pack_id, version, doc FROM "
            + pack
            + " WHERE school_id = ? AND pack_id = ? AND version = ?";
    this.latest =
        "SELECT pack_id, version, doc FROM "
            + pack
            + " WHERE school_id = ? AND pack_id = ?"
            + " ORDER BY version DESC LIMIT 1";
    this.versions =
        "SELECT pack_id, version, doc FROM "
            + pack
            + " WHERE school_id = ? AND pack_id = ?"
            + " ORDER BY version";
  }

  @Override
  public void save(PackDocument document) {
    String id = document.id().value();
    scope.write(
        "save policy pack " + id + " version " + document.version(),
        c -> {
          Optional<String> held = Rows.text(c, hashOf, school, id, document.version());
          if (held.isPresent()) {
            if (!held.get().equals(document.contentHash())) {
              throw new ConcurrentUpdateException(
                  "policy pack "
                      + id
                      + " version "
                      + document.version()
                      + " is held with different content");
            }
            return null;
          }
          Rows.update(
              c, insert, school, id, document.version(), document.contentHash(), document.json());
          return null;
        });
  }

  @Override
  public Optional<PackDocument> find(PolicyPackId id, int version) {
    return scope.run(
        "read policy pack " + id, c -> first(read(c, find, school, id.value(), version)));
  }

  @Override
  public Optional<PackDocument> latest(PolicyPackId id) {
    return scope.run("read policy pack " + id, c -> first(read(c, latest, school, id.value())));
  }

  @Override
  public List<PackDocument> versions(PolicyPackId id) {
    return scope.run("read policy pack versions " + id, c -> read(c, versions, school, id.value()));
  }

  private static Optional<PackDocument> first(List<PackDocument> documents) {
    return documents.isEmpty() ? Optional.empty() : Optional.of(documents.get(0));
  }

  private static List<PackDocument> read(Connection c, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement statement = Rows.prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      List<PackDocument> found = new ArrayList<>();
      while (rows.next()) {
        found.add(
            PackDocument.of(PolicyPackId.of(rows.getString(1)), rows.getInt(2), rows.getString(3)));
      }
      return found;
    }
  }
}
