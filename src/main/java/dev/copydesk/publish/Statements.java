package dev.copydesk.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The database connection's statements by their SQL, each prepared once and then reused: SQLite
 * compiles a statement on prepare, which cost more than running it (a fifth of an outbox submit).
 * The SQL is built from constants only, so the map stays small. Callers never close a statement;
 * they close its result sets.
 */
final class Statements {

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** The statement for {@code sql}, its parameters cleared. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    statement.clearParameters();
    return statement;
  }

  /** Runs {@code sql} with {@code values} as its parameters; the count of rows changed. */
  int update(String sql, Object... values) throws SQLException {
    PreparedStatement statement = prepare(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement.executeUpdate();
  }

  void close() throws SQLException {
    for (PreparedStatement statement : prepared.values()) {
      statement.close();
    }
    prepared.clear();
  }
}
