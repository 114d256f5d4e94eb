package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Files per second and time left. While this process works on a job the rate counts only its own
 * work (so time spent down before a restart does not drag it); afterwards, the whole run. While the
 * job's files wait for disk space, the time left is unknown.
 */
final class Progress {

  private Progress() {}

  private static final String DISK_FULL =
      "The disk is full: the job's files wait, and it goes on by itself once there is room.";

  static JobStatus status(
      Job job, Counts counts, Optional<JobRunner.Meter> meter, Optional<Instant> diskFullSince) {
    double rate = job.state().terminal() ? overall(job, counts) : current(meter, counts);
    JobStatus.Waiting waiting =
        job.state().terminal()
            ? null
            : diskFullSince
                .map(
                    since ->
                        new JobStatus.Waiting(
                            ErrorCode.STORAGE_FULL.name(), DISK_FULL, text(since)))
                .orElse(null);
    Long eta = null;
    if (job.state().terminal()) {
      eta = 0L;
    } else if (rate > 0 && waiting == null) {
      eta = (long) Math.ceil(counts.pending() / rate);
    }
    return new JobStatus(
        job.id(),
        job.name(),
        job.state(),
        job.dryRun(),
        text(job.created()),
        text(job.started()),
        text(job.finished()),
        counts.total(),
        counts.processed(),
        counts.accepted(),
        counts.delivered(),
        counts.flagged(),
        counts.failed(),
        round(rate),
        eta,
        waiting);
  }

  private static double current(Optional<JobRunner.Meter> meter, Counts counts) {
    if (meter.isEmpty()) {
      return 0;
    }
    double seconds = (System.nanoTime() - meter.get().startNanos()) / 1e9;
    int done = counts.processed() - meter.get().startProcessed();
    return seconds > 0 && done > 0 ? done / seconds : 0;
  }

  private static double overall(Job job, Counts counts) {
    if (job.started() == null || job.finished() == null) {
      return 0;
    }
    double seconds = Duration.between(job.started(), job.finished()).toMillis() / 1000.0;
    return seconds > 0 ? counts.processed() / seconds : 0;
  }

  private static double round(double rate) {
    return Math.round(rate * 100) / 100.0;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
