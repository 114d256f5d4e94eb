package dev.copydesk.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The local SQLite database {@code <dataDir>/copydesk.db}: WAL with {@code synchronous=FULL}, so a
 * committed transaction survives {@code kill -9} and power loss; schema by Flyway migrations.
 *
 * <p>One connection per process, used by one thread at a time: SQLite has a single writer anyway,
 * and other processes on the same file wait on {@code busy_timeout}.
 */
final class Database implements AutoCloseable {

  static final String FILE_NAME = "copydesk.db";

  /** A unit of work on the connection; exceptions roll the transaction back. */
  interface Work<T> {
    T run(Statements statements) throws SQLException;
  }

  private final Connection connection;
  private final Statements statements;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Connection connection) {
    this.connection = connection;
    this.statements = new Statements(connection);
  }

  static Database open(Path dataDir) {
    return new Database(SqliteFiles.open(dataDir.resolve(FILE_NAME), "classpath:db/migration"));
  }

  /** Runs {@code work} in one transaction, committed before this returns. */
  <T> T transaction(Work<T> work) {
    lock.lock();
    try {
      connection.setAutoCommit(false);
      T result;
      try {
        result = work.run(statements);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        Statements.undo(connection, e);
        throw e;
      }
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new OutboxException("outbox database error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      statements.close();
      connection.close();
    } catch (SQLException e) {
      throw new OutboxException("cannot close " + FILE_NAME, e);
    } finally {
      lock.unlock();
    }
  }
}
