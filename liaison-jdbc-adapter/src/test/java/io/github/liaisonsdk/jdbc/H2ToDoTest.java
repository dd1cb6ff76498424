package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.ToDoContract;

/** The to-do list computed on H2, beside a neighbour school holding the same ids: the same items as in memory. */
class H2ToDoTest extends ToDoContract {
  @Override
  protected LiaisonStore newStore() {
    return Databases.h2BesideANeighbour();
  }
}
