package dev.copydesk.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the jobs that ended more than {@code jobs.keepDays} ago (run at start and with each new
 * job, so an idle server does no work for it): without this, the job store kept every job's file
 * rows and entry JSON for ever, a second copy of everything ever imported.
 */
final class JobRetention {

  private static final Logger LOG = LoggerFactory.getLogger(JobRetention.class);

  private final JobStore store;
  private final JobDirectories dirs;
  private final Clock clock;
  private final int keepDays;

  /**
   * @param keepDays 0 keeps every job
   */
  JobRetention(JobStore store, JobDirectories dirs, Clock clock, int keepDays) {
    this.store = store;
    this.dirs = dirs;
    this.clock = clock;
    this.keepDays = keepDays;
  }

  /** Never throws: a failure is logged, and the next call tries again. */
  void forgetOldJobs() {
    if (keepDays == 0) {
      return;
    }
    try {
      List<String> forgotten =
          store.forgetEndedBefore(clock.instant().minus(Duration.ofDays(keepDays)));
      for (String id : forgotten) {
        JobDirectories.deleteTree(dirs.job(id)); // a cancelled job's folder, if still there
      }
      if (!forgotten.isEmpty()) {
        LOG.info("Forgot {} jobs that ended more than {} days ago", forgotten.size(), keepDays);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not forget old jobs (tried again with the next job): {}", e.getMessage());
    }
  }
}
