package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.ToDoContract;

/**
 * The to-do list computed on a real PostgreSQL, as an ordinary role under row-level security, beside a neighbour
 * school holding the same ids: the same items as in memory.
 */
class PostgresToDoTest extends ToDoContract {
  @Override
  protected LiaisonStore newStore() {
    return Databases.postgresBesideANeighbour();
  }
}
