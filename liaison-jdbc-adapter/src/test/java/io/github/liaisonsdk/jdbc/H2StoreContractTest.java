package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;
import io.github.liaisonsdk.testing.Neighbours;

/** The core's port contract, unchanged, on one school's store in an H2 database shared with a neighbour school. */
class H2StoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    JdbcSchoolStores stores = JdbcStores.builder(Databases.h2()).build();
    stores.migrate();
    return Neighbours.besideANeighbour(stores);
  }
}
