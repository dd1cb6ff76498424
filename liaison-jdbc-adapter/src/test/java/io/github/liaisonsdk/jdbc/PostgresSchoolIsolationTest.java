package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.testing.SchoolIsolationContract;

/** Schools kept apart in one PostgreSQL database, as an ordinary role: the adapter's scoping and row-level security. */
class PostgresSchoolIsolationTest extends SchoolIsolationContract {
  private String prefix;

  @Override
  protected boolean tamperWithTrail(SchoolStores stores, SchoolId school, long sequence) {
    // As the superuser, whom row-level security does not bind: someone with the database's keys.
    return Databases.tamper(Databases.postgresDataSource(null), prefix, school, sequence);
  }

  @Override
  protected SchoolStores newStores() {
    prefix = Databases.freshPrefix();
    JdbcSchoolStores stores =
        JdbcStores.builder(Databases.postgresAppDataSource()).tablePrefix(prefix).build();
    stores.migrate();
    return stores;
  }

  /**
   * Fewer than in memory in the everyday build: each attempt is a few audited round trips to the database. The
   * full 10,000 ({@code -Disolation.attempts=10000}) passed on PostgreSQL too (PostgreSQL: about 5.5 minutes on 2 cores).
   */
  @Override
  protected int attempts() {
    return Integer.getInteger("isolation.attempts", 1_000);
  }
}
