package io.github.liaisonsdk.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.liaisonsdk.contact.ContactKind;
import io.github.liaisonsdk.json.LiaisonJson;
import io.github.liaisonsdk.plan.ContactPersonId;
import io.github.liaisonsdk.plan.PlanId;
import io.github.liaisonsdk.port.ContactParties;
import io.github.liaisonsdk.pupil.PupilId;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
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

  static <T> List<T> documents(Connection c, Class<T> type, String sql, Object... params)
      throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rows.next()) {
        found.add(LiaisonJson.read(rows.getString(1), type));
      }
      return found;
    }
  }

  static <T> Optional<T> document(Connection c, Class<T> type, String sql, Object... params)
      throws SQLException {
    List<T> found = documents(c, type, sql, params);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Optional<Long> number(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      if (rows.next()) {
        long value = rows.getLong(1);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
      }
      return Optional.empty();
    }
  }

  static Optional<String> text(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
    }
  }

  static String json(Object value) {
    return LiaisonJson.write(value);
  }

  /**
   * Who took part in a contact, read from its stored document by streaming over it: the plan, its version and the
   * counterparts, nothing else bound or checked. A monitoring report reads every contact of its period this way, so
   * it must cost little; the document is the adapter's own, written from a validated record.
   */
  static ContactParties parties(PupilId pupil, ContactKind kind, String doc) {
    String plan = null;
    int version = 0;
    Set<ContactPersonId> counterparts = new HashSet<>();
    try (JsonParser parser = STREAMING.createParser(doc)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new JdbcStoreException("a stored contact record is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "plan" -> plan = parser.getValueAsString();
          case "planVersion" -> version = parser.getIntValue();
          case "counterparts" -> {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              counterparts.add(ContactPersonId.of(parser.getText()));
            }
          }
          default -> {
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
              parser.skipChildren();
            }
          }
        }
      }
    } catch (java.io.IOException e) {
      // Named without the document: it holds the contact's summary.
      throw new JdbcStoreException("a stored contact record's document does not parse");
    }
    if (plan == null) {
      throw new JdbcStoreException("a stored contact record names no plan");
    }
    return new ContactParties(pupil, kind, PlanId.of(plan), version, counterparts);
  }

  private static final JsonFactory STREAMING = new JsonFactory();
}
