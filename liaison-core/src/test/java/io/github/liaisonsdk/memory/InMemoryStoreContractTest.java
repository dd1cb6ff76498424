package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;
import io.github.liaisonsdk.testing.Neighbours;

/** The port contract on one school's in-memory store, beside a neighbour school with the same ids. */
class InMemoryStoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    return Neighbours.besideANeighbour(InMemorySchoolStores.create());
  }
}
