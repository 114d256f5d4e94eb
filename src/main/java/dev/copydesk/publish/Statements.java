package dev.copydesk.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A SQLite connection's statements by their SQL, each prepared once and then reused: SQLite
 * compiles a statement on prepare, which cost more than running it (a fifth of an outbox submit).
 * The SQL is built from constants only, so the map stays small. Callers never close a statement;
 * they close its result sets. Used by the outbox ({@link Database}) and the job store; not
 * thread-safe (both serialise access to their connection).
 */
public final class Statements {

  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  public Statements(Connection connection) {
    this.connection = connection;
  }

  /** The statement for {@code sql} with {@code values} as its parameters. */
  public PreparedStatement prepare(String sql, Object... values) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    statement.clearParameters();
    bind(statement, values);
    return statement;
  }

  /** Runs {@code sql} with {@code values} as its parameters; the count of rows changed. */
  public int update(String sql, Object... values) throws SQLException {
    return prepare(sql, values).executeUpdate();
  }

  /** Sets {@code values} as the statement's parameters, in order. */
  public static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  /** Closes every statement (before the connection closes). */
  public void close() throws SQLException {
    for (PreparedStatement statement : prepared.values()) {
      statement.close();
    }
    prepared.clear();
  }
}
