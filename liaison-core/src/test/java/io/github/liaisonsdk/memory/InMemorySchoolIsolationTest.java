package io.github.liaisonsdk.memory;

import io.github.liaisonsdk.port.SchoolStores;
import io.github.liaisonsdk.testing.SchoolIsolationContract;

/** Schools kept apart in memory: 10,000 cross-school attempts. */
class InMemorySchoolIsolationTest extends SchoolIsolationContract {
  @Override
  protected SchoolStores newStores() {
    return InMemorySchoolStores.create();
  }
}
