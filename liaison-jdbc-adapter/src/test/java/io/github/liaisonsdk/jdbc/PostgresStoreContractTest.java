package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;

/**
 * The core's port contract, unchanged, on one school's store in a real PostgreSQL started in-process, shared with a
 * neighbour school, connected as an ordinary role so that row-level security is in force throughout.
 */
class PostgresStoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    return Databases.postgresBesideANeighbour();
  }
}
