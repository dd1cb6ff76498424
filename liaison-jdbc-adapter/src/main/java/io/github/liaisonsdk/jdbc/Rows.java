package io.github.liaisonsdk.jdbc;

import io.github.liaisonsdk.json.LiaisonJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parameterised statements and JSON documents: every value goes in as a bound parameter. */
final class Rows {
  private Rows() {}

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      bind(statement, i + 1, params[i]);
    }
    return statement;
  }

  static void bindAll(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      bind(statement, i + 1, params[i]);
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value instanceof Instant) {
      statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
    } else if (value instanceof LocalDate) {
      statement.setObject(index, value);
    } else if (value instanceof Integer) {
      statement.setInt(index, (Integer) value);
    } else if (value instanceof Long) {
      statement.setLong(index, (Long) value);
    } else if (value == null) {
      statement.setNull(index, Types.NULL);
    } else {
      statement.setString(index, value.toString());
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params)) {
      return statement.executeUpdate();
    }
  }

  static <T> List<T> documents(Connection c, Class<T> type, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rows.next()) {
        found.add(LiaisonJson.read(rows.getString(1), type));
      }
      return found;
    }
  }

  static <T> Optional<T> document(Connection c, Class<T> type, String sql, Object... params) throws SQLException {
    List<T> found = documents(c, type, sql, params);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Optional<Long> number(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
      if (rows.next()) {
        long value = rows.getLong(1);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
      }
      return Optional.empty();
    }
  }

  static Optional<String> text(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params); ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
    }
  }

  static String json(Object value) {
    return LiaisonJson.write(value);
  }
}
