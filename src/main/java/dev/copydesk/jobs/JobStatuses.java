package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's status as callers see it: the stored counts, the runner's rate and disk-full pause, and
 * the delivery news the outbox has for entries not yet confirmed. A poll asks for at most {@link
 * #DELIVERY_REFRESH} entries, the next ones after those the last poll asked for (so entries stuck
 * retrying do not hide the news of the rest), which keeps it cheap; a report asks for all ({@link
 * #settled}).
 */
final class JobStatuses {

  private static final Logger LOG = LoggerFactory.getLogger(JobStatuses.class);
  private static final int DELIVERY_REFRESH = 256;
  private static final int NONE_LEFT = Integer.MIN_VALUE;

  private final JobStore store;
  private final JobRunner runner;
  private final Ingestion ingestion;

  /** Per job, the last seq a poll refreshed; none: start from the first. */
  private final Map<String, Integer> cursors = new ConcurrentHashMap<>();

  JobStatuses(JobStore store, JobRunner runner, Ingestion ingestion) {
    this.store = store;
    this.runner = runner;
    this.ingestion = ingestion;
  }

  Optional<JobStatus> of(String id) {
    return store.job(id).map(this::of);
  }

  /** The statuses of the jobs with these ids that are stored, in the same order. */
  List<JobStatus> of(List<String> ids) {
    return ids.stream().map(this::of).flatMap(Optional::stream).toList();
  }

  JobStatus of(Job job) {
    if (!job.dryRun()) {
      refreshDelivery(job.id(), false);
    }
    return statusOf(job);
  }

  /** The status with every entry's delivery news recorded first (for a report). */
  Optional<JobStatus> settled(String id) {
    Optional<Job> job = store.job(id);
    job.filter(stored -> !stored.dryRun()).ifPresent(stored -> refreshDelivery(id, true));
    return job.map(this::statusOf);
  }

  private JobStatus statusOf(Job job) {
    return Progress.status(
        job, store.counts(job.id()), runner.meter(job.id()), runner.diskFullSince(job.id()));
  }

  /**
   * A status is still answered when the job store cannot take the news (a full disk): with the
   * counts it has.
   */
  private void refreshDelivery(String id, boolean all) {
    try {
      if (all) {
        for (int after = -1; after != NONE_LEFT; ) {
          after = recordDeliveries(id, after);
        }
      } else {
        int last = recordDeliveries(id, cursors.getOrDefault(id, -1));
        if (last == NONE_LEFT) {
          cursors.remove(id);
        } else {
          cursors.put(id, last);
        }
      }
    } catch (RuntimeException e) {
      // debug: a poll can come every 200 ms, and what failed the store is logged where it happens
      LOG.debug("Job {}: delivery counts not refreshed: {}", id, e.getMessage());
    }
  }

  /**
   * Records the news for the next {@link #DELIVERY_REFRESH} entries awaiting delivery after seq
   * {@code after}: the last seq asked for, or {@link #NONE_LEFT} when no entry after these awaits.
   */
  private int recordDeliveries(String id, int after) {
    Map<Integer, String> changed = new LinkedHashMap<>();
    Map<Integer, String> awaiting = store.awaitingDelivery(id, after, DELIVERY_REFRESH);
    awaiting.forEach(
        (seq, entryId) ->
            ingestion
                .publisher()
                .status(entryId)
                .map(DeliveryStatus::state)
                .filter(state -> !state.equals("queued"))
                .ifPresent(state -> changed.put(seq, state)));
    if (!changed.isEmpty()) {
      store.updateDelivery(id, changed);
    }
    return awaiting.size() < DELIVERY_REFRESH
        ? NONE_LEFT
        : awaiting.keySet().stream().mapToInt(Integer::intValue).max().orElse(NONE_LEFT);
  }
}
