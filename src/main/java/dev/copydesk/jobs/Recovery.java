package dev.copydesk.jobs;

import dev.copydesk.jobs.JobStore.PendingFile;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start does after a stop or a crash: unfinished jobs get their pending files queued again,
 * and folders no job needs any more (ended jobs, intakes that never committed) are removed. A job
 * or folder another live process has claimed ({@link JobClaim}: a server and a {@code copydesk
 * ingest} on the same data dir) is left to it.
 */
final class Recovery {

  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  /** Where recovered files go. */
  @FunctionalInterface
  interface Queue {
    void enqueue(Job job, List<PendingFile> files, boolean resumed, JobClaim claim);
  }

  private final JobStore store;
  private final JobDirectories dirs;
  private final Clock clock;

  Recovery(JobStore store, JobDirectories dirs, Clock clock) {
    this.store = store;
    this.dirs = dirs;
    this.clock = clock;
  }

  void run(Queue queue) {
    for (Job job : store.unfinished()) {
      Optional<JobClaim> claim = claim(job.id());
      if (claim.isPresent()) {
        resume(job, claim.get(), queue);
      } else {
        LOG.info(
            "Job {} is run by another copydesk process on this data dir; left to it", job.id());
      }
    }
    removeLeftovers();
  }

  /** Reads what is pending under the claim: another process may have ended the job meanwhile. */
  private void resume(Job job, JobClaim claim, Queue queue) {
    List<PendingFile> pending = store.pending(job.id());
    if (pending.isEmpty()) {
      store.finishIfComplete(job.id(), clock.instant());
      claim.close(); // its folder goes with the leftovers
    } else {
      LOG.info("Resuming job {}: {} files left", job.id(), pending.size());
      queue.enqueue(job, pending, true, claim);
    }
  }

  private void removeLeftovers() {
    try {
      for (String name : dirs.present()) {
        Optional<Job> job = store.job(name);
        if (job.isEmpty() || job.get().state().terminal()) {
          removeUnclaimed(name);
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not tidy {}: {}", dirs.root(), e.toString());
    }
  }

  /** A folder without a job may be another process's intake still in progress. */
  private void removeUnclaimed(String name) {
    Optional<JobClaim> claim = claim(name);
    if (claim.isPresent()) {
      JobDirectories.deleteTree(dirs.job(name));
      claim.get().close();
    }
  }

  private Optional<JobClaim> claim(String jobId) {
    try {
      return JobClaim.tryTake(dirs.job(jobId));
    } catch (IOException e) {
      LOG.warn("Could not claim job folder {}: {}", dirs.job(jobId), e.toString());
      return Optional.empty();
    }
  }
}
