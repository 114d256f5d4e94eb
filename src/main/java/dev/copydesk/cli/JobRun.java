package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.jobs.JobDraft;
import dev.copydesk.jobs.JobFile;
import dev.copydesk.jobs.JobState;
import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Jobs;
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
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

  private final CopydeskConfig config;
  private final boolean dryRun;
  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;

  JobRun(CopydeskConfig config, boolean dryRun, boolean json, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.dryRun = dryRun;
    this.json = json;
    this.out = out;
    this.err = err;
  }

  /** Whether a command-line argument makes the command a job: a folder or an archive file. */
  static boolean makesAJob(Path path) {
    return Files.isDirectory(path)
        || Files.isRegularFile(path) && Jobs.isArchiveName(path.getFileName().toString());
  }

  /** Runs the paths as one job; 0 when every file was delivered, else 1. */
  int run(List<Path> paths) throws InterruptedException {
    List<String> problems = new ArrayList<>();
    List<JobFile> files = new ArrayList<>();
    SummaryTable table;
    try (Ingestion ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
        Jobs jobs = Jobs.open(config, ingestion)) {
      Result<JobStatus> submitted = submit(jobs, paths);
      if (submitted instanceof Result.Failed<JobStatus> failed) {
        problems.add(failed.error().code() + " - " + failed.error().detail());
      } else {
        follow(jobs, ((Result.Ok<JobStatus>) submitted).value(), files, problems);
      }
      if (!dryRun) {
        ingestion.publisher().drain(DRAIN_TIMEOUT);
      }
      table = SummaryTable.ofJob(files, ingestion.publisher(), dryRun);
    }
    table.print(json ? err : out);
    problems.forEach(problem -> (json ? err : out).println("  " + problem));
    out.flush();
    err.flush();
    return table.allSucceeded() && problems.isEmpty() ? 0 : 1;
  }

  /**
   * One archive alone is the submission itself (if it cannot be read, nothing runs); otherwise each
   * folder is walked and each file taken in, an archive among them unpacked under its own name (a
   * bad one fails as its own row).
   */
  private Result<JobStatus> submit(Jobs jobs, List<Path> paths) {
    JobDraft draft = jobs.draft("", dryRun);
    boolean oneArchive = paths.size() == 1 && !Files.isDirectory(paths.get(0));
    for (Path path : paths) {
      Optional<IngestError> error;
      if (Files.isDirectory(path)) {
        error = draft.addFolder(path);
      } else {
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
          error = oneArchive ? draft.addArchive(name, in) : draft.add(name, in);
        } catch (IOException e) {
          draft.close();
          return Result.failed(ErrorCode.UNREADABLE_FILE, path + " could not be read");
        }
      }
      if (error.isPresent()) {
        break; // the submission as a whole failed (a bomb, too many entries): submit says so
      }
    }
    return jobs.submit(draft);
  }

  private void follow(Jobs jobs, JobStatus submitted, List<JobFile> files, List<String> problems)
      throws InterruptedException {
    JobStatus status = follow(jobs, submitted);
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
    files.addAll(jobs.files(status.id()));
  }

  /** Polls the job until it ends, moving the progress bar (files, rate, ETA) on stderr. */
  private JobStatus follow(Jobs jobs, JobStatus submitted) throws InterruptedException {
    JobStatus status = submitted;
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    try (ProgressBar progress = ProgressBars.start(submitted.name(), submitted.total(), err)) {
      while (!status.state().terminal() && System.nanoTime() < deadline) {
        status = jobs.await(status.id(), POLL).orElse(status);
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
