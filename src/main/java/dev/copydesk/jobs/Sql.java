package dev.copydesk.jobs;

import dev.copydesk.publish.SqliteFiles;
import dev.copydesk.publish.Statements;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQLite connection in WAL mode with {@code synchronous=FULL}: a commit is on disk before the
 * call returns (but see {@link #unsyncedTransaction}). Callers serialise access.
 */
final class Sql implements AutoCloseable {

  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final Statements statements;

  private Sql(Connection connection) {
    this.connection = connection;
    this.statements = new Statements(connection);
  }

  /** Opens (and migrates) the database at {@code file} with the scripts under {@code location}. */
  static Sql open(Path file, String location) {
    return new Sql(SqliteFiles.open(file, location));
  }

  int update(String sql, Object... params) {
    try {
      return statements.update(sql, params);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  <T> List<T> query(String sql, Row<T> row, Object... params) {
    try (ResultSet rs = statements.prepare(sql, params).executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(row.read(rs));
      }
      return rows;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs {@code work} in one transaction: all of it is committed, or none. */
  void transaction(Runnable work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        Statements.undo(connection, e);
        throw e;
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Like {@link #transaction}, but committed without waiting for the disk ({@code
   * synchronous=NORMAL} for this commit): a process crash cannot lose it, a power failure can,
   * until the next ordinary commit syncs the log (which holds every commit before it). Only for
   * work that is redone when lost.
   */
  void unsyncedTransaction(Runnable work) {
    pragma("synchronous = NORMAL");
    try {
      transaction(work);
    } finally {
      pragma("synchronous = FULL");
    }
  }

  private void pragma(String setting) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA " + setting);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs the same statement once per parameter row (inside a transaction for speed). */
  void batch(String sql, List<Object[]> rows) {
    try {
      PreparedStatement statement = statements.prepare(sql);
      statement.clearBatch();
      for (Object[] params : rows) {
        Statements.bind(statement, params);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("Job store failure: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      statements.close();
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
