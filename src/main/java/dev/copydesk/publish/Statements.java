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
    if (statement == null || !reusable(statement)) {
      if (statement != null) {
        statement.close();
      }
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    }
    bind(statement, values);
    return statement;
  }

  /**
   * Clears a cached statement's parameters for its next use; false when it cannot be used again.
   * The driver finalises a statement whose run failed with an error such as {@code SQLITE_FULL} (a
   * full disk) while the JDBC object stays open: kept, it would fail on every later use, long after
   * the disk has room again.
   */
  private static boolean reusable(PreparedStatement statement) {
    try {
      statement.clearParameters();
      return true;
    } catch (SQLException finalised) {
      return false;
    }
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

  /**
   * Rolls {@code connection}'s transaction back after {@code failure} and leaves it committing each
   * statement again. SQLite has often rolled back by itself already (a full disk: {@code
   * SQLITE_FULL}), and then these calls fail too; they must not hide the failure that says why, so
   * theirs are added to it as suppressed.
   */
  public static void undo(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
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
