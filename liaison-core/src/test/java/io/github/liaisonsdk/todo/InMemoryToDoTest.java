package io.github.liaisonsdk.todo;

import io.github.liaisonsdk.memory.InMemoryStore;
import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.ToDoContract;

class InMemoryToDoTest extends ToDoContract {
  @Override
  protected LiaisonStore newStore() {
    return InMemoryStore.create();
  }
}
