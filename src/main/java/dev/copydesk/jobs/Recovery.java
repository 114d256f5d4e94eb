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
 * and folders no job needs any more (ended jobs, intakes that never committed) are removed.
 */
final class Recovery {

  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  /** Where recovered files go. */
  @FunctionalInterface
  interface Queue {
    void enqueue(Job job, List<PendingFile> files, boolean resumed);
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
      List<PendingFile> pending = store.pending(job.id());
      if (pending.isEmpty()) {
        store.finishIfComplete(job.id(), clock.instant());
      } else {
        LOG.info("Resuming job {}: {} files left", job.id(), pending.size());
        queue.enqueue(job, pending, true);
      }
    }
    removeLeftovers();
  }

  private void removeLeftovers() {
    try {
      for (String name : dirs.present()) {
        Optional<Job> job = store.job(name);
        if (job.isEmpty() || job.get().state().terminal()) {
          JobDirectories.deleteTree(dirs.job(name));
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not tidy {}: {}", dirs.root(), e.toString());
    }
  }
}
