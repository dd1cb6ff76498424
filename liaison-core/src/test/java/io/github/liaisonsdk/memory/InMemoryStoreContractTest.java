package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;

class InMemoryStoreContractTest extends LiaisonStoreContract {
  @Override
  protected LiaisonStore newStore() {
    return InMemoryStore.create();
  }
}
