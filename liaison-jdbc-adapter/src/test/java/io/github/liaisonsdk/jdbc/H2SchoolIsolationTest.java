package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.testing.SchoolIsolationContract;

/** Schools kept apart in one H2 database, by the adapter's scoping alone (H2 has no row-level security). */
class H2SchoolIsolationTest extends SchoolIsolationContract {
  private javax.sql.DataSource dataSource;

  @Override
  protected boolean tamperWithTrail(SchoolStores stores, SchoolId school, long sequence) {
    return Databases.tamper(dataSource, "liaison_", school, sequence);
  }

  @Override
  protected SchoolStores newStores() {
    dataSource = Databases.h2();
    JdbcSchoolStores stores = JdbcStores.builder(dataSource).build();
    stores.migrate();
    return stores;
  }

  /**
   * Fewer than in memory in the everyday build: each attempt is a few audited round trips to the database. The
   * full 10,000 ({@code -Disolation.attempts=10000}) passed on H2 too (PostgreSQL: about 5.5 minutes on 2 cores).
   */
  @Override
  protected int attempts() {
    return Integer.getInteger("isolation.attempts", 2_000);
  }
}
