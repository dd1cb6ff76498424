package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.internal.Checks;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.port.SchoolStores;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every school's records in memory, one {@link InMemoryStore} per school, created on first use: for tests, demos
 * and trying a many-school set-up out. Nothing survives the process.
 *
 * <p>Thread-safe. Schools share nothing, not even a lock: a unit of work of one school never waits for another's.
 */
public final class InMemorySchoolStores implements SchoolStores {
  private final ConcurrentMap<SchoolId, InMemoryStore> schools = new ConcurrentHashMap<>();

  private InMemorySchoolStores() {}

  /**
   * No schools yet.
   *
   * @return the stores
   */
  public static InMemorySchoolStores create() {
    return new InMemorySchoolStores();
  }

  @Override
  public LiaisonStore school(SchoolId school) {
    Checks.present(school, "SchoolStores", "school");
    return schools.computeIfAbsent(school, InMemoryStore::create);
  }
}
