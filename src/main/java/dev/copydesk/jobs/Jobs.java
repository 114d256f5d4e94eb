package dev.copydesk.jobs;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import dev.copydesk.model.StorageFull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import jobs: what the servlet ({@code /api/v1/imports}) and the command line call. A
 * submission returns only once the job and all its files are on disk, so a 202 is never a promise a
 * crash can break; the files are then processed in the background by a bounded pool.
 */
public final class Jobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
  private static final int LIST_LIMIT = 100;
  private static final SecureRandom IDS = new SecureRandom();

  private final CopydeskConfig config;
  private final Ingestion ingestion;
  private final JobStore store;
  private final JobDirectories dirs;
  private final JobRunner runner;
  private final JobStatuses statuses;
  private final JobRetention retention;
  private final Clock clock;
  private Recovered recovered;

  private Jobs(CopydeskConfig config, Ingestion ingestion, JobStore store, Clock clock) {
    this.config = config;
    this.ingestion = ingestion;
    this.store = store;
    this.dirs = new JobDirectories(config.dataPath());
    this.clock = clock;
    this.runner = new JobRunner(store, ingestion, dirs, clock);
    this.statuses = new JobStatuses(store, runner, ingestion);
    this.retention = new JobRetention(store, dirs, clock, config.jobs().keepDays());
  }

  /** Opens the job store under the data dir, resumes unfinished jobs and starts the workers. */
  public static Jobs open(CopydeskConfig config, Ingestion ingestion) {
    return open(config, ingestion, null);
  }

  /**
   * Opens the job store for a command-line run made from {@code origin}: of the unfinished jobs
   * only the one the same command made from the same {@code origin} is resumed (see {@link
   * #recovered}); null resumes every unfinished job, as a server does.
   */
  public static Jobs open(CopydeskConfig config, Ingestion ingestion, Origin origin) {
    try {
      Files.createDirectories(config.dataPath());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data dir " + config.dataPath(), e);
    }
    Jobs jobs = new Jobs(config, ingestion, JobStore.open(config.dataPath()), Clock.systemUTC());
    jobs.retention.forgetOldJobs();
    Recovery.Found found = jobs.runner.start(Math.max(1, config.jobs().workers()), origin);
    jobs.recovered =
        new Recovered(
            jobs.statuses.of(found.resumed()),
            jobs.statuses.of(found.superseded()),
            jobs.statuses.of(found.left()),
            jobs.statuses.of(found.leftForServer()),
            jobs.statuses.of(found.elsewhere()));
    return jobs;
  }

  /** What this start did with the unfinished jobs it found. */
  public Recovered recovered() {
    return recovered;
  }

  /**
   * Whether a file of this name is unpacked as an archive ({@code .zip}, {@code .tar.gz}, {@code
   * .tgz}, {@code .tar}).
   */
  public static boolean isArchiveName(String fileName) {
    return ArchiveFormat.byName(fileName).isPresent();
  }

  /**
   * Whether the file may hold several stories (a wire feed capture, a NewsML-G2 message), which a
   * job takes in as one file per story ({@link StoryIntake}); false when it cannot be read.
   */
  public static boolean mayHoldSeveralStories(Path file) {
    try {
      return StoryIntake.mayHoldSeveral(file);
    } catch (IOException unreadable) {
      return false;
    }
  }

  /**
   * A new, empty job to add files to; submit it with {@link #submit}, or close it to drop it. An
   * empty {@code name} names the job after what is added (see {@link JobDraft#name}).
   */
  public JobDraft draft(String name, boolean dryRun) {
    return draft(name, dryRun, null);
  }

  /**
   * A new job made from {@code origin} by the command line: a later run of the same command takes
   * it up if it is left unfinished (see {@link #open(CopydeskConfig, Ingestion, Origin)}).
   */
  public JobDraft draft(String name, boolean dryRun, Origin origin) {
    String id = HexFormat.of().formatHex(randomId());
    try {
      return new JobDraft(id, name, dryRun, origin, dirs, config.limits());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a job folder under " + dirs.root(), e);
    }
  }

  private static byte[] randomId() {
    byte[] bytes = new byte[8];
    IDS.nextBytes(bytes);
    return bytes;
  }

  /**
   * Makes the draft durable and queues it. Fails (and drops the draft) when intake failed as a
   * whole or nothing importable was sent.
   */
  public Result<JobStatus> submit(JobDraft draft) {
    try (draft) {
      Optional<IngestError> failure = draft.failure();
      if (failure.isPresent()) {
        return new Result.Failed<>(failure.get());
      }
      List<StagedFile> files = draft.files();
      if (files.isEmpty()) {
        return Result.failed(ErrorCode.EMPTY_FILE, "The submission holds no files to import");
      }
      if (!draft.dryRun()) {
        draft.awaitStored();
        syncFolders(draft); // a dry run's files need not survive a power cut (see Stager)
      }
      Job job =
          new Job(
              draft.id(),
              draft.name(),
              JobState.QUEUED,
              draft.dryRun(),
              clock.instant(),
              null,
              null,
              draft.origin());
      retention.forgetOldJobs();
      store.create(job, files);
      runner.enqueue(job, store.pending(job.id()), false, draft.markSubmitted());
      runner.finishIfComplete(job.id());
      return Result.ok(status(job.id()).orElseThrow());
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not store job {}", draft.id(), e);
      return StorageFull.isCauseOf(e)
          ? new Result.Failed<>(StorageFull.error())
          : Result.failed(ErrorCode.INTERNAL, "The job could not be stored");
    }
  }

  private void syncFolders(JobDraft draft) throws IOException {
    Stager.syncDirectory(draft.dir().resolve("files"));
    Stager.syncDirectory(draft.dir());
    Stager.syncDirectory(dirs.root());
  }

  /** Whether a job with this id is stored (cheap: no delivery refresh). */
  public boolean exists(String id) {
    return store.job(id).isPresent();
  }

  public Optional<JobStatus> status(String id) {
    return statuses.of(id);
  }

  /** The newest jobs first. */
  public List<JobStatus> list() {
    return store.recent(LIST_LIMIT).stream().map(statuses::of).toList();
  }

  /**
   * Writes the job's entries as NDJSON (one entry JSON per line, in file order).
   *
   * @return false when there is no such job
   */
  public boolean entries(String id, Writer out) throws IOException {
    if (store.job(id).isEmpty()) {
      return false;
    }
    try {
      store.forEachEntry(id, json -> write(out, json + "\n"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return true;
  }

  /**
   * Writes the per-file outcome table, every entry's delivery state as the outbox knows it now.
   *
   * @return false when there is no such job
   */
  public boolean report(String id, ReportFormat format, Writer out) throws IOException {
    Optional<JobStatus> status = statuses.settled(id);
    if (status.isEmpty()) {
      return false;
    }
    JobReport.write(status.get(), store.files(id), format, out);
    return true;
  }

  /** The per-file outcome rows as recorded, for callers that render them themselves. */
  public List<JobFile> files(String id) {
    return store.files(id);
  }

  /** The same, every entry's delivery state first refreshed from the outbox (the CLI table). */
  public List<JobFile> settledFiles(String id) {
    statuses.settled(id);
    return store.files(id);
  }

  /** Cancels a queued or running job; an ended job is returned unchanged. */
  public Optional<JobStatus> cancel(String id) {
    if (store.job(id).isEmpty()) {
      return Optional.empty();
    }
    runner.cancel(id);
    return status(id);
  }

  /** Waits until the job has ended or {@code timeout} passed; the last status seen. */
  public Optional<JobStatus> await(String id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<JobStatus> status = status(id);
    while (status.isPresent() && !status.get().state().terminal() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      status = status(id);
    }
    return status;
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the workers; unfinished files stay pending for the next start. */
  @Override
  public void close() {
    runner.close();
    store.close();
  }
}
