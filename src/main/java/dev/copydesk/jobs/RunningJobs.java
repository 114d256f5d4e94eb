package dev.copydesk.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs this process runs: each one's {@link JobClaim}, and which were cancelled. A cancel sent
 * to another process on the same data dir (a server, for a job a {@code copydesk ingest} runs) only
 * reaches the job store, so the store is asked about the jobs held here at most once a second.
 */
final class RunningJobs {

  private static final Logger LOG = LoggerFactory.getLogger(RunningJobs.class);
  private static final long STORE_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final JobStore store;
  private final Map<String, JobClaim> claims = new ConcurrentHashMap<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  private final AtomicLong nextStoreCheck = new AtomicLong(System.nanoTime());

  RunningJobs(JobStore store) {
    this.store = store;
  }

  void hold(String jobId, JobClaim claim) {
    claims.put(jobId, claim);
  }

  boolean holds(String jobId) {
    return claims.containsKey(jobId);
  }

  /** Gives the job up (it ended, or was cancelled); nothing when it is not held here. */
  void release(String jobId) {
    JobClaim claim = claims.remove(jobId);
    if (claim != null) {
      claim.close();
    }
  }

  void releaseAll() {
    List.copyOf(claims.keySet()).forEach(this::release);
  }

  /** From now on the job's files are skipped. */
  void stop(String jobId) {
    cancelled.add(jobId);
  }

  boolean cancelled(String jobId) {
    noticeCancelsElsewhere();
    return cancelled.contains(jobId);
  }

  /** Stops and gives up the held jobs the store says were cancelled (at most once a second). */
  void noticeCancelsElsewhere() {
    long due = nextStoreCheck.get();
    long now = System.nanoTime();
    if (now - due < 0 || !nextStoreCheck.compareAndSet(due, now + STORE_CHECK_NANOS)) {
      return;
    }
    for (String jobId : claims.keySet()) {
      try {
        if (store.job(jobId).map(job -> job.state() == JobState.CANCELLED).orElse(false)) {
          LOG.info("Job {} was cancelled through another copydesk process; stopping it", jobId);
          stop(jobId);
          release(jobId);
        }
      } catch (RuntimeException e) {
        LOG.debug("Job {}: could not check for a cancel: {}", jobId, e.getMessage());
      }
    }
  }
}
