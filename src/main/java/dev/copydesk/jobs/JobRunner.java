package dev.copydesk.jobs;

import dev.copydesk.jobs.JobStore.PendingFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes job files with a fixed number of worker threads. Single uploads never pass through here
 * (the servlet calls {@link Ingestion} directly), so however long the queue, the upload button is
 * not behind it.
 *
 * <p>A file's outcome is recorded only after the pipeline and delivery have finished with it, so a
 * crash at any point leaves the file pending and it is processed again on restart. Files re-run
 * after a restart go through {@link Ingestion#resume}, which never submits an entry delivery
 * already has; delivery's upsert by entry id covers the rest.
 *
 * <p>The outcome is committed without waiting for the disk (a power failure may lose the last few;
 * their files are then processed again), so the staged files stay until the job's end is committed,
 * which syncs every outcome before it; then the job's folder goes.
 */
final class JobRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** One file to process. */
  record Task(
      String jobId, int seq, Path file, String displayName, boolean dryRun, boolean resumed) {}

  /** When this process started working on a job, and how far it was then: for files/s. */
  record Meter(long startNanos, int startProcessed) {}

  private final JobStore store;
  private final Ingestion ingestion;
  private final JobDirectories dirs;
  private final Clock clock;
  private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  private final Map<String, Meter> meters = new ConcurrentHashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean stopped;

  JobRunner(JobStore store, Ingestion ingestion, JobDirectories dirs, Clock clock) {
    this.store = store;
    this.ingestion = ingestion;
    this.dirs = dirs;
    this.clock = clock;
  }

  /** Re-queues what a previous run left unfinished, then starts {@code count} workers. */
  void start(int count) {
    new Recovery(store, dirs, clock).run(this::enqueue);
    for (int i = 0; i < count; i++) {
      Thread worker = new Thread(this::work, "copydesk-job-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  void enqueue(Job job, List<PendingFile> files, boolean resumed) {
    for (PendingFile file : files) {
      queue.add(
          new Task(
              job.id(),
              file.seq(),
              dirs.file(job.id(), file.storedName()),
              file.displayName(),
              job.dryRun(),
              resumed));
    }
  }

  /** Stops the job: files in progress finish and are recorded, the rest are never started. */
  boolean cancel(String jobId) {
    cancelled.add(jobId);
    return store.end(jobId, JobState.CANCELLED, clock.instant());
  }

  Optional<Meter> meter(String jobId) {
    return Optional.ofNullable(meters.get(jobId));
  }

  private void work() {
    while (!stopped) {
      Task task;
      try {
        task = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      try {
        run(task);
      } catch (RuntimeException e) {
        // the store failed: the file stays pending and is redone on the next start
        LOG.error("Job {}: could not record file {}", task.jobId(), task.seq(), e);
      }
    }
  }

  private void run(Task task) {
    if (cancelled.contains(task.jobId())) {
      JobDirectories.deleteQuietly(task.file());
      return;
    }
    meters.computeIfAbsent(task.jobId(), this::begin);
    FileOutcome outcome = process(task);
    if (stopped) {
      return; // an interrupted parse proves nothing about the file: it stays pending
    }
    store.record(task.jobId(), task.seq(), outcome, clock.instant());
    if (store.finishIfComplete(task.jobId(), clock.instant())) {
      JobDirectories.deleteTree(dirs.job(task.jobId()));
    }
  }

  private Meter begin(String jobId) {
    store.markRunning(jobId, clock.instant());
    return new Meter(System.nanoTime(), store.counts(jobId).processed());
  }

  private FileOutcome process(Task task) {
    String fileName = EntryName.baseName(task.displayName());
    try {
      IngestResult result =
          task.resumed()
              ? ingestion.resume(task.file(), fileName, task.dryRun())
              : ingestion.ingest(task.file(), fileName, task.dryRun());
      return FileOutcome.of(result);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("Job {}: file {} failed unexpectedly", task.jobId(), task.seq(), e);
      return FileOutcome.unexpected();
    }
  }

  /** Stops the workers; a file being processed stays pending and is redone on the next start. */
  @Override
  public void close() {
    stopped = true;
    workers.forEach(Thread::interrupt);
    for (Thread worker : workers) {
      try {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
