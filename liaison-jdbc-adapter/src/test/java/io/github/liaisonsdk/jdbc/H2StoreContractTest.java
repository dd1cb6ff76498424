package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;

/** The core's port contract, unchanged, on one school's store in an H2 database shared with a neighbour school. */
class H2StoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    return Databases.h2BesideANeighbour();
  }
}
