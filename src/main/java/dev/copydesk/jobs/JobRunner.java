package dev.copydesk.jobs;

import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.JobStore.PendingFile;
import dev.copydesk.model.StorageFull;
import dev.copydesk.pipeline.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes job files with a fixed number of worker threads. Single uploads never pass through here
 * (the servlet calls {@link Ingestion} directly), so however long the queue, the upload button is
 * not behind it; and the workers run at a lower OS priority ({@link WorkerPriority}), so an upload
 * during an import gets the CPU first.
 *
 * <p>Files are prepared (extracted, normalised) several at once, then matched against earlier
 * entries, delivered and recorded one at a time in the order they were queued ({@link InSequence}):
 * which of two copies counts as the earlier does not depend on which parsed faster.
 *
 * <p>A file's outcome is recorded only after the pipeline and delivery have finished with it, so a
 * crash at any point leaves the file pending and it is processed again on restart. Files re-run
 * after a restart go through {@link Ingestion#finish} as resumed, which never submits an entry
 * delivery already has; delivery's upsert by entry id covers the rest.
 *
 * <p>A file that failed for a passing reason of copydesk's ({@link FileOutcome#failedForNow}) is
 * queued again ({@link Retries}), up to {@link JobTask#MAX_TRIES} tries; a full disk pauses every
 * worker before the file's next try.
 *
 * <p>The outcome is committed without waiting for the disk (a power failure may lose the last few;
 * their files are then processed again), so the staged files stay until the job's end is committed,
 * which syncs every outcome before it; then the job's folder goes, and with it this process's
 * {@link JobClaim} on the job.
 */
final class JobRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** Finishing steps parked per job at most: bounds the prepared entries held in memory. */
  private static final int MAX_PARKED = 32;

  /** When this process started working on a job, and how far it was then: for files/s. */
  record Meter(long startNanos, int startProcessed) {}

  private final JobStore store;
  private final Ingestion ingestion;
  private final JobDirectories dirs;
  private final Clock clock;
  private final BlockingQueue<JobTask> queue = new LinkedBlockingQueue<>();
  private final Map<String, Meter> meters = new ConcurrentHashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private final RunningJobs running;
  private final DiskFullPause pause;
  private final Retries retries;
  private volatile boolean stopped;

  JobRunner(JobStore store, Ingestion ingestion, JobDirectories dirs, Clock clock) {
    this.store = store;
    this.ingestion = ingestion;
    this.dirs = dirs;
    this.clock = clock;
    this.running = new RunningJobs(store);
    this.pause = new DiskFullPause(clock);
    this.retries = new Retries(queue, pause);
  }

  /**
   * Re-queues what a previous run left unfinished (every job, or only the one made from {@code
   * only}: see {@link Recovery}), then starts {@code count} workers.
   */
  Recovery.Found start(int count, Origin only) {
    Recovery.Found found = new Recovery(store, dirs, clock, only).run(this::enqueue);
    for (int i = 0; i < count; i++) {
      Thread worker = new Thread(this::work, "copydesk-job-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    return found;
  }

  /**
   * Queues a job's pending files, in order. A dry run is matched against the earlier entries and
   * against its own earlier files, but the shared duplicate index remembers none of it. The job's
   * claim is held until it ends, is cancelled or this runner closes.
   */
  void enqueue(Job job, List<PendingFile> files, boolean resumed, JobClaim claim) {
    running.hold(job.id(), claim);
    InSequence sequence = new InSequence(MAX_PARKED);
    JobTask.Finisher finisher =
        job.dryRun() ? rehearsal(new InMemoryDuplicateIndex()) : ingestion::finish;
    for (PendingFile file : files) {
      queue.add(
          new JobTask(
              job.id(),
              file.seq(),
              dirs.file(job.id(), file.storedName()),
              file.displayName(),
              sequence,
              sequence.ticket(),
              finisher,
              resumed,
              1));
    }
  }

  /** A dry run's finishing: {@code scratch} remembers the run's own files, nothing else does. */
  private JobTask.Finisher rehearsal(DuplicateIndex scratch) {
    return (prepared, resumed) -> ingestion.rehearse(prepared, scratch);
  }

  /** Stops the job: files in progress finish and are recorded, the rest are never started. */
  boolean cancel(String jobId) {
    running.stop(jobId);
    boolean ended = store.end(jobId, JobState.CANCELLED, clock.instant());
    running.release(jobId);
    return ended;
  }

  /** Ends the job if every file has an outcome: its folder and claim go. */
  void finishIfComplete(String jobId) {
    if (store.finishIfComplete(jobId, clock.instant())) {
      JobDirectories.deleteTree(dirs.job(jobId));
      running.release(jobId);
    }
  }

  Optional<Meter> meter(String jobId) {
    return Optional.ofNullable(meters.get(jobId));
  }

  /** Since when the job's files have been waiting for disk space, if they are (run here only). */
  Optional<Instant> diskFullSince(String jobId) {
    return running.holds(jobId) ? pause.since() : Optional.empty();
  }

  /**
   * Takes files as they come; an idle worker still looks for cancels sent through another process
   * once a second, so a job whose last files went before the cancel was seen is given up too.
   */
  private void work() {
    WorkerPriority.lowerThisThread();
    while (!stopped) {
      try {
        JobTask task = queue.poll(1, TimeUnit.SECONDS);
        if (task == null) {
          running.noticeCancelsElsewhere();
          continue;
        }
        pause.waitOut();
        run(task);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Prepares the file, then hands its finishing step to the job's sequence. */
  private void run(JobTask task) throws InterruptedException {
    Runnable finish;
    if (running.cancelled(task.jobId())) {
      JobDirectories.deleteQuietly(task.file());
      finish = () -> {};
    } else {
      finish = prepare(task);
    }
    task.sequence().offer(task.ticket(), finish);
  }

  /** Extracts and normalises; returns what is left to do in turn: match, deliver, record. */
  private Runnable prepare(JobTask task) {
    try {
      meters.computeIfAbsent(task.jobId(), this::begin);
      Outcome prepared = ingestion.prepare(task.file(), EntryName.baseName(task.displayName()));
      return () ->
          finish(task, () -> FileOutcome.of(task.finisher().finish(prepared, task.resumed())));
    } catch (RuntimeException | StackOverflowError e) {
      logUnexpected(task, e);
      return () -> finish(task, () -> FileOutcome.unexpected(e));
    }
  }

  private void finish(JobTask task, Supplier<FileOutcome> deliver) {
    if (stopped) {
      return; // an interrupted parse proves nothing about the file: it stays pending
    }
    if (running.cancelled(task.jobId())) {
      JobDirectories.deleteQuietly(task.file()); // prepared but not delivered: never run
      return;
    }
    FileOutcome outcome;
    try {
      outcome = deliver.get();
    } catch (RuntimeException | StackOverflowError e) {
      logUnexpected(task, e);
      outcome = FileOutcome.unexpected(e);
    }
    if (stopped || retries.queuedAgain(task, outcome)) {
      return;
    }
    try {
      store.record(task.jobId(), task.seq(), outcome, clock.instant());
      pause.roomAgain();
      finishIfComplete(task.jobId());
    } catch (RuntimeException e) {
      if (!StorageFull.isCauseOf(e)) {
        LOG.error("Job {}: could not record file {}", task.jobId(), task.seq(), e);
      }
      retries.afterDiskFull(task); // pending, as a restart would find it
    }
  }

  /** A full disk is logged once per pause by {@link Retries}, not once per file. */
  private static void logUnexpected(JobTask task, Throwable failure) {
    if (!StorageFull.isCauseOf(failure)) {
      LOG.error("Job {}: file {} failed unexpectedly", task.jobId(), task.seq(), failure);
    }
  }

  private Meter begin(String jobId) {
    store.markRunning(jobId, clock.instant());
    return new Meter(System.nanoTime(), store.counts(jobId).processed());
  }

  /**
   * Stops the workers; a file being processed stays pending and is redone on the next start (by
   * this process or another, once the claims are given up here).
   */
  @Override
  public void close() {
    stopped = true;
    workers.forEach(Thread::interrupt);
    try {
      for (Thread worker : workers) {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.releaseAll();
    }
  }
}
