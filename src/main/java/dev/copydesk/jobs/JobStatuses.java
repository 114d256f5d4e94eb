package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's status as callers see it: the stored counts, the runner's rate and disk-full pause, and
 * the delivery news the outbox has for entries not yet confirmed, asked for at most {@link
 * #DELIVERY_REFRESH} entries per call so that a poll stays cheap.
 */
final class JobStatuses {

  private static final Logger LOG = LoggerFactory.getLogger(JobStatuses.class);
  private static final int DELIVERY_REFRESH = 256;

  private final JobStore store;
  private final JobRunner runner;
  private final Ingestion ingestion;

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
      refreshDelivery(job.id());
    }
    return Progress.status(
        job, store.counts(job.id()), runner.meter(job.id()), runner.diskFullSince(job.id()));
  }

  /**
   * A status is still answered when the job store cannot take the news (a full disk): with the
   * counts it has.
   */
  private void refreshDelivery(String id) {
    try {
      recordDeliveries(id);
    } catch (RuntimeException e) {
      // debug: a poll can come every 200 ms, and what failed the store is logged where it happens
      LOG.debug("Job {}: delivery counts not refreshed: {}", id, e.getMessage());
    }
  }

  private void recordDeliveries(String id) {
    Map<Integer, String> changed = new LinkedHashMap<>();
    store
        .awaitingDelivery(id, DELIVERY_REFRESH)
        .forEach(
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
  }
}
