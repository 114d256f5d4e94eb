package dev.copydesk.jobs;

import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues a job file again, after the files queued so far, when it failed for a reason that is not
 * the file's: a full disk, after a {@link DiskFullPause} and without a bound (else the job would
 * wait, stuck, for the next restart); or a passing trouble of copydesk's ({@link
 * FileOutcome#failedForNow}: a parser child restarting or not starting, an unexpected error), up to
 * {@link JobTask#MAX_TRIES} tries, so a file is not reported failed for what the next try may not
 * meet; or a parse that ran out of time, once ({@link JobTask#MAX_TIMEOUT_TRIES}).
 */
final class Retries {

  private static final Logger LOG = LoggerFactory.getLogger(Retries.class);

  private final BlockingQueue<JobTask> queue;
  private final DiskFullPause pause;

  Retries(BlockingQueue<JobTask> queue, DiskFullPause pause) {
    this.queue = queue;
    this.pause = pause;
  }

  /** Whether the file was queued again instead of having {@code outcome} recorded. */
  boolean queuedAgain(JobTask task, FileOutcome outcome) {
    if (outcome.storageFull()) {
      afterDiskFull(task);
      return true;
    }
    boolean again =
        outcome.failedForNow() ? task.mayTryAgain() : outcome.timedOut() && task.mayTimeOutAgain();
    if (!again) {
      return false;
    }
    LOG.warn(
        "Job {}: file {} failed with {} ({}); it is tried again after the files queued now",
        task.jobId(),
        task.seq(),
        outcome.error().code(),
        outcome.error().detail());
    queue.add(task.again());
    return true;
  }

  /** A file that could not be stored or recorded (a full disk): pending again, after a pause. */
  void afterDiskFull(JobTask task) {
    if (pause.begin()) {
      LOG.error(
          "Job {}: file {} could not be stored or recorded (is the disk full?); job files wait {} s,"
              + " then go on",
          task.jobId(),
          task.seq(),
          DiskFullPause.LENGTH.toSeconds());
    }
    queue.add(task.again());
  }
}
