package io.github.liaisonsdk.port;

import io.github.liaisonsdk.basics.SchoolId;

/**
 * Where a vendor keeps the records of every school it hosts: hands out one school's {@link LiaisonStore}, through
 * which nothing of another school can be read or written. Adapters implement it over one database for all
 * schools; the in-memory one in {@code io.github.liaisonsdk.memory}.
 *
 * <p>Implementations are thread-safe; asking twice for one school gives stores over the same records.
 */
public interface SchoolStores {

  /**
   * One school's records.
   *
   * @param school the school
   * @return a store scoped to that school: every read and write it makes is the school's own
   */
  LiaisonStore school(SchoolId school);
}
