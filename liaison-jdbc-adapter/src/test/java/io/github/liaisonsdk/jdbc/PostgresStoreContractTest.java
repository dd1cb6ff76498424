package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;

/** The core's port contract, unchanged, on a real PostgreSQL started in-process. */
class PostgresStoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    JdbcLiaisonStore store = JdbcStores.builder(Databases.postgresDataSource(null))
        .tablePrefix(Databases.freshPrefix()).build();
    store.migrate();
    return store;
  }
}
