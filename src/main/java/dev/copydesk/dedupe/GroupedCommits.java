package dev.copydesk.dedupe;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the index's additions in groups: one addition changes ~60 scattered B-tree pages (42 band
 * postings, one per paragraph), and a commit writes every changed page to the log, so committing
 * each one wrote ~250 KB per entry, most of it again for the next entry. A group is committed after
 * {@link #MAX_ADDITIONS} additions or {@link #MAX_DELAY_MS} after its first, by whichever call
 * comes next or by a timer. Lookups in between see the group (one connection). A crash forgets at
 * most the last group, which only costs missed flags: the entries themselves are in the outbox, and
 * a job re-processes what it had not finished.
 *
 * <p>Not thread-safe on its own: every call, the timer's included, holds {@code lock}.
 */
final class GroupedCommits implements AutoCloseable {

  static final int MAX_ADDITIONS = 256;
  static final long MAX_DELAY_MS = 250;

  private static final Logger LOG = LoggerFactory.getLogger(GroupedCommits.class);
  private static final TimeUnit MILLIS = TimeUnit.MILLISECONDS;

  /** One addition's statements. */
  @FunctionalInterface
  interface Addition {
    void run() throws SQLException;
  }

  private final Connection connection;
  private final Object lock;
  private final int maxAdditions;
  private final long maxDelayNanos;
  private final ScheduledExecutorService timer;
  private int additions;
  private long firstAt;

  GroupedCommits(Connection connection, Object lock, int maxAdditions, long maxDelayMs) {
    this.connection = connection;
    this.lock = lock;
    this.maxAdditions = maxAdditions;
    this.maxDelayNanos = MILLIS.toNanos(maxDelayMs);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "copydesk-index-commits");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleWithFixedDelay(this::commitWhenDue, maxDelayMs, maxDelayMs, MILLIS);
  }

  /**
   * Runs one addition in the open group. One that fails rolls the whole group back (a savepoint per
   * addition would copy every page it changes to a statement journal first): only missed flags.
   */
  void add(Addition addition) throws SQLException {
    if (additions == 0) {
      connection.setAutoCommit(false);
      firstAt = System.nanoTime();
    }
    additions++;
    try {
      addition.run();
    } catch (SQLException | RuntimeException e) {
      drop(e);
      throw e;
    }
    if (additions >= maxAdditions || due()) {
      commit();
    }
  }

  /** Commits the open group, if any; a group that cannot be committed is dropped. */
  void commit() throws SQLException {
    if (additions == 0) {
      return;
    }
    try {
      connection.commit();
    } catch (SQLException e) {
      drop(e);
      throw e;
    }
    additions = 0;
    connection.setAutoCommit(true);
  }

  /**
   * Rolls the open group back after {@code failure} and leaves the connection committing each
   * statement again. SQLite has often rolled back by itself already (a full disk: {@code
   * SQLITE_FULL}), and then these calls fail too; they must not hide the failure that says why.
   */
  private void drop(Exception failure) {
    additions = 0;
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

  /** Stops the timer and commits what is open. */
  @Override
  public void close() throws SQLException {
    timer.shutdownNow();
    commit();
  }

  private boolean due() {
    return additions > 0 && System.nanoTime() - firstAt >= maxDelayNanos;
  }

  private void commitWhenDue() {
    synchronized (lock) {
      try {
        if (due()) {
          commit();
        }
      } catch (SQLException e) {
        // The group is dropped: its entries miss later flags, nothing else is lost.
        LOG.warn("Could not commit duplicate index additions: {}", e.getMessage());
      }
    }
  }
}
