package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.jobs.JobDraft;
import dev.copydesk.jobs.JobFile;
import dev.copydesk.jobs.JobState;
import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Jobs;
import dev.copydesk.jobs.Origin;
import dev.copydesk.jobs.Recovered;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;

/**
 * {@code copydesk ingest FOLDER} or {@code archive.zip}: the paths run as one bulk import job (the
 * same machinery as {@code POST api/v1/imports}: folders walked, archives unpacked with their
 * limits, files stored in the data dir, resumed by the next run after a crash), with a progress bar
 * while it runs and the usual summary table after.
 */
final class JobRun {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration JOB_TIMEOUT = Duration.ofHours(12);
  private static final Summary NO_FILES = new Summary(SummaryTable.ofJob(List.of(), false), "");

  /** The table to print, and where every row of it is when it is too long to print whole. */
  private record Summary(SummaryTable table, String everyRow) {}

  private final CopydeskConfig config;
  private final boolean dryRun;
  private final boolean json;
  private final ReportFile report;
  private final PrintWriter out;
  private final PrintWriter err;

  /** {@code report}: where to write every file's row, or null. */
  JobRun(
      CopydeskConfig config,
      boolean dryRun,
      boolean json,
      ReportFile report,
      PrintWriter out,
      PrintWriter err) {
    this.config = config;
    this.dryRun = dryRun;
    this.json = json;
    this.report = report;
    this.out = out;
    this.err = err;
  }

  /**
   * Whether a command-line argument makes the command a job: a folder, an archive file, or a wire
   * feed capture (a job takes each story it holds in as a file of its own).
   */
  static boolean makesAJob(Path path) {
    return Files.isDirectory(path)
        || Files.isRegularFile(path)
            && (Jobs.isArchiveName(path.getFileName().toString())
                || Jobs.mayHoldSeveralStories(path));
  }

  /**
   * Runs the paths as one job, or takes up the job the same command left unfinished; 0 when every
   * file was delivered, else 1.
   */
  int run(List<Path> paths) throws InterruptedException {
    List<String> problems = new ArrayList<>();
    Summary summary;
    Origin origin = originOf(paths);
    try (EarlierEntries earlierEntries = EarlierEntries.open(config, dryRun);
        Ingestion ingestion = Ingestion.create(config, earlierEntries.index());
        Jobs jobs = Jobs.open(config, ingestion, origin);
        StopNotice stop = StopNotice.register(err)) {
      Recovered recovered = jobs.recovered();
      RecoveryNotes notes = new RecoveryNotes(err);
      notes.tell(recovered);
      Optional<JobStatus> earlier =
          recovered.resumed().or(() -> runElsewhere(notes, recovered, stop));
      Result<JobStatus> job =
          earlier.isPresent() ? Result.ok(earlier.get()) : submit(jobs, paths, origin, stop);
      Optional<JobStatus> ended = Optional.empty();
      if (job instanceof Result.Failed<JobStatus> failed) {
        problems.add(failed.error().code() + " - " + failed.error().detail());
      } else {
        ended = Optional.of(follow(jobs, ((Result.Ok<JobStatus>) job).value(), problems, stop));
      }
      if (!dryRun) {
        DeliveryWait.await(
            ingestion.publisher(), config.delivery().target(), config.dataPath(), err);
      }
      summary = ended.map(status -> summary(jobs, status, problems)).orElse(NO_FILES);
    }
    SummaryTable table = summary.table();
    table.print(json ? err : out, summary.everyRow());
    problems.forEach(problem -> (json ? err : out).println("  " + problem));
    out.flush();
    err.flush();
    return table.allSucceeded() && problems.isEmpty() ? 0 : 1;
  }

  /** Where the job comes from; paths that cannot be read at all give an origin nothing matches. */
  private Origin originOf(List<Path> paths) {
    try {
      return Origin.of(paths, dryRun, config.dataPath());
    } catch (IOException e) {
      return new Origin(paths.toString(), "unreadable");
    }
  }

  /** The job this command made before that another process runs now: followed, not made again. */
  private static Optional<JobStatus> runElsewhere(
      RecoveryNotes notes, Recovered recovered, StopNotice stop) {
    Optional<JobStatus> elsewhere = notes.runElsewhere(recovered);
    elsewhere.ifPresent(job -> stop.runElsewhere());
    return elsewhere;
  }

  /**
   * One archive alone is the submission itself (if it cannot be read, nothing runs); otherwise each
   * folder is walked and each file taken in, an archive among them unpacked under its own name (a
   * bad one fails as its own row).
   */
  private Result<JobStatus> submit(Jobs jobs, List<Path> paths, Origin origin, StopNotice stop)
      throws InterruptedException {
    JobDraft draft = jobs.draft("", dryRun, origin);
    stop.takingIn(draft::taken);
    Optional<IngestError> unreadable;
    try (IntakeProgress progress = IntakeProgress.start("Taking in", draft::taken, err)) {
      unreadable = takeIn(draft, paths);
    }
    if (unreadable.isPresent()) {
      draft.close();
      return new Result.Failed<>(unreadable.get());
    }
    return jobs.submit(draft);
  }

  /** Adds the paths to the draft; a path that cannot be read at all fails the whole run. */
  private static Optional<IngestError> takeIn(JobDraft draft, List<Path> paths) {
    boolean oneArchive =
        paths.size() == 1
            && !Files.isDirectory(paths.get(0))
            && Jobs.isArchiveName(paths.get(0).getFileName().toString());
    for (Path path : paths) {
      Optional<IngestError> error;
      if (Files.isDirectory(path)) {
        error = draft.addFolder(path);
      } else if (!oneArchive) {
        error = draft.addFile(path);
      } else {
        try (InputStream in = Files.newInputStream(path)) {
          error = draft.addArchive(path.getFileName().toString(), in);
        } catch (IOException e) {
          return Optional.of(
              IngestError.of(ErrorCode.UNREADABLE_FILE, path + " could not be read"));
        }
      }
      if (error.isPresent()) {
        break; // the submission as a whole failed (a bomb, too many entries): submit says so
      }
    }
    return Optional.empty();
  }

  /** Follows the job to its end; with {@code --json}, prints its entries. */
  private JobStatus follow(Jobs jobs, JobStatus submitted, List<String> problems, StopNotice stop)
      throws InterruptedException {
    JobStatus status = follow(jobs, submitted, stop);
    if (status.state() != JobState.DONE) {
      problems.add(status.name() + ": the job ended " + status.state().label());
    }
    if (json) {
      try {
        jobs.entries(status.id(), out);
      } catch (IOException e) {
        problems.add(status.name() + ": could not print its entries");
      }
    }
    return status;
  }

  /**
   * The ended job's table, each entry with its delivery state as the outbox knows it now; the job's
   * report to {@code --report}'s file, or for a job too long to print whole to {@link
   * ReportFile#inDataDir}.
   */
  private Summary summary(Jobs jobs, JobStatus ended, List<String> problems) {
    List<JobFile> files = jobs.settledFiles(ended.id());
    ReportFile to =
        report != null || files.size() <= SummaryTable.MAX_ROWS
            ? report
            : ReportFile.inDataDir(config.dataPath(), ended.id());
    if (to != null) {
      to.write(jobs, ended.id()).ifPresent(problems::add);
    }
    return new Summary(SummaryTable.ofJob(files, dryRun), to == null ? "" : to.everyRow());
  }

  /**
   * Polls the job until it ends, moving the progress bar (files, rate, ETA) on stderr. Stopped
   * before that (Ctrl-C), the command says where the job stood and how to take it up again.
   */
  private JobStatus follow(Jobs jobs, JobStatus submitted, StopNotice stop)
      throws InterruptedException {
    JobStatus status = submitted;
    stop.running(status);
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    try (ProgressBar progress =
        ProgressBars.start(submitted.name(), submitted.total(), submitted.processed(), err)) {
      while (!status.state().terminal() && System.nanoTime() < deadline) {
        status = jobs.await(status.id(), POLL).orElse(status);
        stop.running(status);
        step(progress, status);
      }
      step(progress, status);
    }
    return status;
  }

  private static void step(ProgressBar progress, JobStatus status) {
    if (progress != null) {
      progress.stepTo(status.processed());
      progress.setExtraMessage(status.waiting() == null ? "" : " waiting: disk full");
    }
  }
}
