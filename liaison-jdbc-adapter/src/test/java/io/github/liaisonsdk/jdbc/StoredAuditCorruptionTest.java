package io.github.liaisonsdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.liaisonsdk.Liaison;
import io.github.liaisonsdk.audit.ChainVerification;
import io.github.liaisonsdk.audit.StoredAuditEvent;
import io.github.liaisonsdk.basics.SchoolId;
import io.github.liaisonsdk.policy.StandardPacks;
import io.github.liaisonsdk.testing.Fixtures;
import io.github.liaisonsdk.testing.TestSchool;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HSL-9 on a real database: every single-byte change to a stored audit row, in its document or any column, is
 * named at that event by verification, which never throws.
 */
class StoredAuditCorruptionTest {
  private static final long VICTIM = 5;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  @DisplayName(
      "HSL-9: every single-byte flip of a stored event and every column change is named at that event, none thrown")
  void everyFlipNamed(Dialect dialect) throws Exception {
    DataSource dataSource =
        dialect == Dialect.H2 ? Databases.h2() : Databases.postgresDataSource(null);
    String prefix = Databases.freshPrefix();
    JdbcSchoolStores stores = JdbcStores.builder(dataSource).tablePrefix(prefix).build();
    stores.migrate();
    JdbcSchoolStore store = stores.school(SchoolId.DEFAULT);
    Liaison liaison =
        TestSchool.open(StandardPacks.lp36(), store, Clock.fixed(Fixtures.MORNING, ZoneOffset.UTC));
    assertThat(liaison.audit().verify().intact()).isTrue();
    StoredAuditEvent original = store.audit().readStored(VICTIM, 1).get(0);
    String table = prefix + "audit_event";
    int named = 0;
    try (Connection c = dataSource.getConnection()) {
      for (int i = 0; i < original.document().length(); i++) {
        set(c, "UPDATE " + table + " SET doc = ? WHERE sequence = ?", flip(original.document(), i));
        named += expectNamed(liaison, "document byte " + i);
      }
      for (int i = 0; i < original.hash().length(); i++) {
        set(c, "UPDATE " + table + " SET hash = ? WHERE sequence = ?", flip(original.hash(), i));
        named += expectNamed(liaison, "hash byte " + i);
      }
      for (int i = 0; i < original.subject().length(); i++) {
        set(
            c,
            "UPDATE " + table + " SET subject = ? WHERE sequence = ?",
            flip(original.subject(), i));
        named += expectNamed(liaison, "subject byte " + i);
      }
      for (int i = 0; i < original.type().length(); i++) {
        set(
            c,
            "UPDATE " + table + " SET event_type = ? WHERE sequence = ?",
            flip(original.type(), i));
        named += expectNamed(liaison, "event type byte " + i);
      }
      restore(c, table, original);
      try (PreparedStatement s =
          c.prepareStatement("UPDATE " + table + " SET occurred_at = ? WHERE sequence = ?")) {
        s.setObject(
            1,
            OffsetDateTime.ofInstant(java.time.Instant.parse(original.occurredAt()), ZoneOffset.UTC)
                .plusNanos(1_000));
        s.setLong(2, VICTIM);
        s.executeUpdate();
      }
      named += expectNamed(liaison, "time column");
      restore(c, table, original);
      try (PreparedStatement s =
          c.prepareStatement("UPDATE " + table + " SET sequence = ? WHERE sequence = ?")) {
        s.setLong(1, 1_000_000);
        s.setLong(2, VICTIM);
        s.executeUpdate();
      }
      named += expectNamed(liaison, "sequence column");
      try (PreparedStatement s =
          c.prepareStatement("UPDATE " + table + " SET sequence = ? WHERE sequence = ?")) {
        s.setLong(1, VICTIM);
        s.setLong(2, 1_000_000);
        s.executeUpdate();
      }
      restore(c, table, original);
    }
    assertThat(liaison.audit().verify().intact()).isTrue();
    assertThat(named).isGreaterThan(300);
  }

  private static int expectNamed(Liaison liaison, String damage) {
    ChainVerification result = liaison.audit().verify();
    assertThat(result.intact()).as(damage).isFalse();
    assertThat(result.firstBrokenEvent()).as("%s: %s", damage, result.problem()).contains(VICTIM);
    assertThat(result.problem()).as(damage).startsWith("event " + VICTIM);
    return 1;
  }

  private static void set(Connection c, String sql, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      s.setLong(2, VICTIM);
      s.executeUpdate();
    }
  }

  private static void restore(Connection c, String table, StoredAuditEvent original)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE "
                + table
                + " SET doc = ?, hash = ?, subject = ?, event_type = ?, occurred_at = ? WHERE sequence = ?")) {
      s.setString(1, original.document());
      s.setString(2, original.hash());
      s.setString(3, original.subject());
      s.setString(4, original.type());
      s.setObject(
          5,
          OffsetDateTime.ofInstant(java.time.Instant.parse(original.occurredAt()), ZoneOffset.UTC));
      s.setLong(6, VICTIM);
      s.executeUpdate();
    }
  }

  /** The byte at {@code at} with its lowest bit flipped: the rows are ASCII, so this is one flipped byte. */
  private static String flip(String text, int at) {
    return text.substring(0, at) + (char) (text.charAt(at) ^ 0x01) + text.substring(at + 1);
  }
}
