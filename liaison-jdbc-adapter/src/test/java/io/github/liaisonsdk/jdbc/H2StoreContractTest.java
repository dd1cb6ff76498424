package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;

/** The core's port contract, unchanged, on H2. */
class H2StoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    JdbcLiaisonStore store = JdbcStores.builder(Databases.h2()).build();
    store.migrate();
    return store;
  }
}
