package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.port.LiaisonStore;
import io.github.liaisonsdk.testing.LiaisonStoreContract;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;

/**
 * The property that lets the tables be distributed by school, on PostgreSQL (as an ordinary role, so row-level
 * security is in force too): every statement the adapter issues while the whole port contract runs is bound to one
 * school.
 */
class PostgresStatementScopingTest extends LiaisonStoreContract {
  /** A fresh prefix per test (the contract wants an empty store); all of them look like this. */
  private static final String PREFIX = "t\\d+_";

  private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

  @Override
  protected LiaisonStore newStore() {
    return StatementScoping.recordedStore(
        Databases.postgresAppDataSource(), Databases.freshPrefix(), STATEMENTS);
  }

  @AfterAll
  static void everyStatementNamedItsSchool() {
    StatementScoping.everyStatementScoped(STATEMENTS, PREFIX);
  }
}
