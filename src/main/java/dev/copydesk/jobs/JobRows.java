package dev.copydesk.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** How {@link JobStore}'s rows map to records and back: the column lists and their readers. */
final class JobRows {

  static final String JOB_COLUMNS =
      "id, name, state, dry_run, created, started, finished, origin_paths, origin_digest";
  static final String FILE_COLUMNS =
      "seq, display_name, state, error_code, error_detail, entry_id, title, words, flags,"
          + " delivery_state, bytes, sha256";

  /** The columns of {@link #fileRow}, in its order. */
  static final String INSERT_FILE =
      "INSERT INTO job_files (job_id, seq, display_name, stored_name, bytes, sha256, state,"
          + " error_code, error_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** A job's counts, read by {@link #counts}. */
  static final String COUNTS =
      "SELECT count(*), sum(state = 'pending'), sum(state = 'done'), sum(state = 'failed'),"
          + " sum(delivery_state IS NOT NULL AND delivery_state <> 'skipped'),"
          + " sum(delivery_state = 'delivered'), sum(state = 'done' AND flags <> '')"
          + " FROM job_files WHERE job_id = ?";

  private JobRows() {}

  static Object[] fileRow(String jobId, int seq, StagedFile file) {
    boolean rejected = file.rejection() != null;
    return new Object[] {
      jobId,
      seq,
      file.displayName(),
      file.storedName(),
      file.bytes(),
      file.sha256(),
      (rejected ? FileState.FAILED : FileState.PENDING).label(),
      rejected ? file.rejection().code().name() : null,
      rejected ? file.rejection().detail() : null
    };
  }

  static Counts counts(ResultSet rs) throws SQLException {
    return new Counts(
        rs.getInt(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getInt(7));
  }

  static Job job(ResultSet rs) throws SQLException {
    return new Job(
        rs.getString(1),
        rs.getString(2),
        JobState.of(rs.getString(3)),
        rs.getInt(4) == 1,
        instant(rs.getString(5)),
        instant(rs.getString(6)),
        instant(rs.getString(7)),
        rs.getString(8) == null ? null : new Origin(rs.getString(8), rs.getString(9)));
  }

  static JobFile file(ResultSet rs) throws SQLException {
    String flags = rs.getString(9);
    Object words = rs.getObject(8);
    return new JobFile(
        rs.getInt(1),
        rs.getString(2),
        FileState.of(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        words == null ? null : ((Number) words).intValue(),
        flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
        rs.getString(10),
        rs.getLong(11),
        rs.getString(12));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
