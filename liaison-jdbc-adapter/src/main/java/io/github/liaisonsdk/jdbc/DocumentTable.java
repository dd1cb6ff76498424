package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.ConcurrentUpdateException;
import java.util.List;
import java.util.Optional;

/** A table of documents keyed by id, saved by replacing: pupils and staff, both reference data. */
final class DocumentTable<T> {
  private final Scope scope;
  private final Class<T> type;
  private final String update;
  private final String insert;
  private final String find;
  private final String all;
  private final String what;
  private final ReferenceVersion version;
  private final String school;

  DocumentTable(Scope scope, Sql sql, String table, Class<T> type) {
    this.scope = scope;
    this.version = new ReferenceVersion(scope, sql);
    this.school = scope.school;
    this.type = type;
    String name = sql.table(table);
    this.update = "UPDATE " + name + " SET doc = ? WHERE school_id = ? AND id = ?";
    this.insert = "INSERT INTO " + name + " (school_id, id, doc) VALUES (?, ?, ?)";
    this.find = "SELECT doc FROM " + name + " WHERE school_id = ? AND id = ?";
    this.all = "SELECT doc FROM " + name + " WHERE school_id = ? ORDER BY id";
    this.what = table;
  }

  void save(String id, T value) {
    String doc = Rows.json(value);
    for (int attempt = 0; ; attempt++) {
      try {
        scope.write(
            "save " + what + " " + id,
            c -> {
              if (Rows.text(c, find, school, id).filter(doc::equals).isPresent()) {
                // Saved unchanged, as a synchronisation re-saves: nothing a cached decision rests
                // on has moved.
                return null;
              }
              if (Rows.update(c, update, doc, school, id) == 0) {
                Rows.update(c, insert, school, id, doc);
              }
              version.bump(c);
              return null;
            });
        return;
      } catch (ConcurrentUpdateException insertedMeanwhile) {
        // Another writer inserted the same id between our update and insert: update again.
        if (scope.bound() || attempt == 2) {
          throw insertedMeanwhile;
        }
      }
    }
  }

  Optional<T> find(String id) {
    return scope.run("find " + what + " " + id, c -> Rows.document(c, type, find, school, id));
  }

  List<T> all() {
    return scope.run("list " + what, c -> Rows.documents(c, type, all, school));
  }
}
