package dev.copydesk.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Jobs and their files in {@code <dataDir>/jobs.db}. A job and all its file rows are written in one
 * transaction, so a job is either fully there or absent after a crash. Thread-safe: one connection,
 * calls serialised.
 */
final class JobStore implements AutoCloseable {

  static final String FILE_NAME = "jobs.db";
  private static final int ENTRY_PAGE = 100;
  private static final String RECORD =
      "UPDATE job_files SET state = ?, error_code = ?, error_detail = ?, entry_id = ?, title = ?,"
          + " words = ?, flags = ?, delivery_state = ?, finished = ? WHERE job_id = ? AND seq = ?";

  /** A file waiting to be processed. */
  record PendingFile(int seq, String storedName, String displayName) {}

  private final Sql sql;

  private JobStore(Sql sql) {
    this.sql = sql;
  }

  static JobStore open(Path dataDir) {
    return new JobStore(Sql.open(dataDir.resolve(FILE_NAME), "classpath:db/jobs"));
  }

  synchronized void create(Job job, List<StagedFile> files) {
    List<Object[]> rows = new ArrayList<>();
    for (int seq = 0; seq < files.size(); seq++) {
      rows.add(JobRows.fileRow(job.id(), seq, files.get(seq)));
    }
    sql.transaction(
        () -> {
          sql.update(
              "INSERT INTO jobs ("
                  + JobRows.JOB_COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
              job.id(),
              job.name(),
              job.state().label(),
              job.dryRun() ? 1 : 0,
              job.created().toString(),
              job.origin() == null ? null : job.origin().paths(),
              job.origin() == null ? null : job.origin().digest());
          sql.batch(JobRows.INSERT_FILE, rows);
        });
  }

  synchronized Optional<Job> job(String id) {
    return sql
        .query("SELECT " + JobRows.JOB_COLUMNS + " FROM jobs WHERE id = ?", JobRows::job, id)
        .stream()
        .findFirst();
  }

  /** The newest {@code limit} jobs, newest first. */
  synchronized List<Job> recent(int limit) {
    return sql.query(
        "SELECT " + JobRows.JOB_COLUMNS + " FROM jobs ORDER BY created DESC, id LIMIT ?",
        JobRows::job,
        limit);
  }

  /** Jobs that still have work: queued or running, oldest first. */
  synchronized List<Job> unfinished() {
    return sql.query(
        "SELECT "
            + JobRows.JOB_COLUMNS
            + " FROM jobs WHERE state IN ('queued', 'running')"
            + " ORDER BY created, id",
        JobRows::job);
  }

  synchronized Counts counts(String id) {
    return sql.query(JobRows.COUNTS, JobRows::counts, id).get(0);
  }

  synchronized List<PendingFile> pending(String id) {
    return sql.query(
        "SELECT seq, stored_name, display_name FROM job_files"
            + " WHERE job_id = ? AND state = 'pending' ORDER BY seq",
        rs -> new PendingFile(rs.getInt(1), rs.getString(2), rs.getString(3)),
        id);
  }

  synchronized List<JobFile> files(String id) {
    return sql.query(
        "SELECT " + JobRows.FILE_COLUMNS + " FROM job_files WHERE job_id = ? ORDER BY seq",
        JobRows::file,
        id);
  }

  /**
   * Hands each stored entry JSON of the job to {@code sink}, in file order. Reads in pages so a
   * slow reader never holds the store while workers wait.
   */
  void forEachEntry(String id, Consumer<String> sink) {
    int after = -1;
    while (true) {
      List<Object[]> page = entryPage(id, after);
      for (Object[] row : page) {
        sink.accept((String) row[1]);
      }
      if (page.size() < ENTRY_PAGE) {
        return;
      }
      after = (Integer) page.get(page.size() - 1)[0];
    }
  }

  private synchronized List<Object[]> entryPage(String id, int after) {
    return sql.query(
        "SELECT seq, entry FROM job_entries WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        rs -> new Object[] {rs.getInt(1), rs.getString(2)},
        id,
        after,
        ENTRY_PAGE);
  }

  /** Queued to running, stamping the start; false if the job was not queued. */
  synchronized boolean markRunning(String id, Instant now) {
    return sql.update(
            "UPDATE jobs SET state = 'running', started = coalesce(started, ?)"
                + " WHERE id = ? AND state = 'queued'",
            now.toString(),
            id)
        == 1;
  }

  /**
   * Records one file's outcome and its entry in one transaction, not waited for on disk: the file's
   * staged copy stays until {@link #finishIfComplete} (a synced commit) so a lost outcome means the
   * file is processed again.
   */
  synchronized void record(String id, int seq, FileOutcome outcome, Instant now) {
    sql.unsyncedTransaction(
        () -> {
          sql.update(
              RECORD,
              outcome.state().label(),
              outcome.error() == null ? null : outcome.error().code().name(),
              outcome.error() == null ? null : outcome.error().detail(),
              outcome.entryId(),
              outcome.title(),
              outcome.words(),
              String.join(",", outcome.flags()),
              outcome.delivery(),
              now.toString(),
              id,
              seq);
          if (outcome.entryJson() != null) {
            sql.update(
                "INSERT OR REPLACE INTO job_entries (job_id, seq, entry) VALUES (?, ?, ?)",
                id,
                seq,
                outcome.entryJson());
          }
        });
  }

  /** Marks the job done when no file is pending; true if this call did it. */
  synchronized boolean finishIfComplete(String id, Instant now) {
    return sql.update(
            "UPDATE jobs SET state = 'done', started = coalesce(started, ?), finished = ?"
                + " WHERE id = ? AND state IN ('queued', 'running') AND NOT EXISTS"
                + " (SELECT 1 FROM job_files WHERE job_id = ? AND state = 'pending')",
            now.toString(),
            now.toString(),
            id,
            id)
        == 1;
  }

  /** Ends a queued or running job in {@code state}; false if it had already ended. */
  synchronized boolean end(String id, JobState state, Instant now) {
    return sql.update(
            "UPDATE jobs SET state = ?, finished = ? WHERE id = ? AND state IN ('queued', 'running')",
            state.label(),
            now.toString(),
            id)
        == 1;
  }

  /**
   * Forgets the jobs that ended before {@code cutoff}: their status, report and entries (the
   * entries stay in delivery and the target). Returns their ids.
   */
  synchronized List<String> forgetEndedBefore(Instant cutoff) {
    List<String> ids =
        sql.query(
            "SELECT id FROM jobs WHERE state IN ('done', 'cancelled', 'failed') AND finished < ?",
            rs -> rs.getString(1),
            cutoff.toString());
    if (!ids.isEmpty()) {
      sql.transaction(
          () -> {
            for (String id : ids) {
              sql.update("DELETE FROM job_entries WHERE job_id = ?", id);
              sql.update("DELETE FROM job_files WHERE job_id = ?", id);
              sql.update("DELETE FROM jobs WHERE id = ?", id);
            }
          });
    }
    return ids;
  }

  /**
   * Entries handed to delivery whose final state is not known yet (queued or retrying): up to
   * {@code limit}, by seq, the first after {@code afterSeq}.
   */
  synchronized Map<Integer, String> awaitingDelivery(String id, int afterSeq, int limit) {
    Map<Integer, String> bySeq = new LinkedHashMap<>();
    sql.query(
        "SELECT seq, entry_id FROM job_files WHERE job_id = ? AND seq > ?"
            + " AND delivery_state IN ('queued', 'retrying') ORDER BY seq LIMIT ?",
        rs -> bySeq.put(rs.getInt(1), rs.getString(2)),
        id,
        afterSeq,
        limit);
    return bySeq;
  }

  synchronized void updateDelivery(String id, Map<Integer, String> statesBySeq) {
    List<Object[]> rows = new ArrayList<>();
    statesBySeq.forEach((seq, state) -> rows.add(new Object[] {state, id, seq}));
    sql.transaction(
        () ->
            sql.batch(
                "UPDATE job_files SET delivery_state = ? WHERE job_id = ? AND seq = ?", rows));
  }

  @Override
  public synchronized void close() {
    sql.close();
  }
}
