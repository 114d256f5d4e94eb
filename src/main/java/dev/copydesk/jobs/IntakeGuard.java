package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.StorageFull;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link JobDraft}'s intake steps and sorts what goes wrong: a file's own problem becomes
 * its row; a problem of the whole submission (an archive bomb, a full disk, a file that cannot be
 * read or stored) fails the draft, and every later step then fails the same without running.
 */
final class IntakeGuard {

  private static final Logger LOG = LoggerFactory.getLogger(IntakeGuard.class);

  interface Step {
    void run() throws IOException;
  }

  /** Where a file's own problem goes: its row in the job. */
  interface Rows {
    void reject(String displayName, long bytes, IngestError error);
  }

  private final String jobId;
  private final Rows rows;
  private IngestError failure;

  IntakeGuard(String jobId, Rows rows) {
    this.jobId = jobId;
    this.rows = rows;
  }

  /** Runs {@code step} for the file; the error that fails the whole submission, if any. */
  Optional<IngestError> run(String displayName, Step step) {
    if (failure != null) {
      return Optional.of(failure);
    }
    try {
      step.run();
      return Optional.empty();
    } catch (IntakeException e) {
      if (e.wholeSubmission()) {
        return fail(e.error());
      }
      rows.reject(displayName, 0, e.error());
      return Optional.empty();
    } catch (IOException e) {
      if (StorageFull.isCauseOf(e)) {
        LOG.error(
            "Job {}: the disk is full: could not store {}: {}", jobId, displayName, e.toString());
        return fail(StorageFull.error());
      }
      LOG.warn("Job {}: could not take in {}: {}", jobId, displayName, e.toString());
      return fail(
          IngestError.of(ErrorCode.UNREADABLE_FILE, displayName + " could not be read or stored"));
    }
  }

  /** Fails the whole submission with {@code error}. */
  Optional<IngestError> fail(IngestError error) {
    failure = error;
    return Optional.of(error);
  }

  Optional<IngestError> failure() {
    return Optional.ofNullable(failure);
  }
}
