package dev.copydesk.jobs;

import dev.copydesk.jobs.JobStore.PendingFile;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start does after a stop or a crash: unfinished jobs get their pending files queued again,
 * and folders no job needs any more (ended jobs, intakes that never committed) are removed. A job
 * or folder another live process has claimed ({@link JobClaim}: a server and a {@code copydesk
 * ingest} on the same data dir) is left to it.
 *
 * <p>A server resumes every unfinished job. The command line ({@code only} set) resumes just the
 * job its own command made from the same {@link Origin}; one made from the same paths when they
 * held something else is cancelled, since the command takes them in anew; any other is left for the
 * command that made it, or a server, to resume.
 */
final class Recovery {

  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  /** Where recovered files go. */
  @FunctionalInterface
  interface Queue {
    void enqueue(Job job, List<PendingFile> files, boolean resumed, JobClaim claim);
  }

  /**
   * The unfinished jobs nobody held, by what this start did with them (a job left is another
   * command's, or, without an origin, one sent to a server or made before origins were kept), and
   * those of {@code only}'s origin another live process runs; oldest first.
   */
  record Found(
      List<String> resumed,
      List<String> superseded,
      List<String> left,
      List<String> leftForServer,
      List<String> elsewhere) {}

  private final JobStore store;
  private final JobDirectories dirs;
  private final Clock clock;
  private final Origin only;

  /**
   * @param only the origin of the one job to resume, or null to resume every job
   */
  Recovery(JobStore store, JobDirectories dirs, Clock clock, Origin only) {
    this.store = store;
    this.dirs = dirs;
    this.clock = clock;
    this.only = only;
  }

  Found run(Queue queue) {
    Found found =
        new Found(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (Job job : store.unfinished()) {
      Optional<JobClaim> claim = claim(job.id());
      if (claim.isEmpty()) {
        LOG.info(
            "Job {} is run by another copydesk process on this data dir; left to it", job.id());
        if (only != null && only.equals(job.origin())) {
          found.elsewhere().add(job.id());
        }
      } else if (only == null || only.equals(job.origin()) && found.resumed().isEmpty()) {
        resume(job, claim.get(), queue);
        found.resumed().add(job.id());
      } else if (only.samePaths(job.origin())) {
        store.end(job.id(), JobState.CANCELLED, clock.instant());
        claim.get().close(); // its folder goes with the leftovers
        LOG.info("Job {} was made from {} as they were before; cancelled", job.id(), only.paths());
        found.superseded().add(job.id());
      } else {
        claim.get().close();
        (job.origin() == null ? found.leftForServer() : found.left()).add(job.id());
      }
    }
    removeLeftovers();
    return found;
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
