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
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code copydesk ingest archive.zip}: each archive runs as a bulk import job (the same machinery
 * as {@code POST api/v1/imports}: unpacked with its limits, stored in the data dir, resumed by the
 * next run after a crash), with a progress bar while it runs and the usual summary table after.
 */
final class ArchiveRun {

  /** Below this many files a progress bar is more noise than help (as for plain files). */
  private static final int PROGRESS_MIN_FILES = 4;

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration JOB_TIMEOUT = Duration.ofHours(12);
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

  private final CopydeskConfig config;
  private final boolean dryRun;
  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;

  ArchiveRun(
      CopydeskConfig config, boolean dryRun, boolean json, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.dryRun = dryRun;
    this.json = json;
    this.out = out;
    this.err = err;
  }

  /** Whether the command-line argument is an archive file to run as a job. */
  static boolean isArchive(Path path) {
    return Files.isRegularFile(path) && Jobs.isArchiveName(path.getFileName().toString());
  }

  /** Runs each archive as a job in turn; 0 when every file was delivered, else 1. */
  int run(List<Path> archives) throws InterruptedException {
    List<String> failedArchives = new ArrayList<>();
    List<JobFile> files = new ArrayList<>();
    SummaryTable table;
    try (Ingestion ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
        Jobs jobs = Jobs.open(config, ingestion)) {
      for (Path archive : archives) {
        runOne(jobs, archive, files, failedArchives);
      }
      if (!dryRun) {
        ingestion.publisher().drain(DRAIN_TIMEOUT);
      }
      table = SummaryTable.ofJob(files, ingestion.publisher(), dryRun);
    }
    table.print(json ? err : out);
    failedArchives.forEach(failure -> (json ? err : out).println("  " + failure));
    out.flush();
    err.flush();
    return table.allSucceeded() && failedArchives.isEmpty() ? 0 : 1;
  }

  private void runOne(Jobs jobs, Path archive, List<JobFile> files, List<String> failedArchives)
      throws InterruptedException {
    Result<JobStatus> submitted = submit(jobs, archive);
    if (submitted instanceof Result.Failed<JobStatus> failed) {
      failedArchives.add(archive + ": " + failed.error().code() + " - " + failed.error().detail());
      return;
    }
    JobStatus status = follow(jobs, ((Result.Ok<JobStatus>) submitted).value());
    if (status.state() != JobState.DONE) {
      failedArchives.add(archive + ": the job ended " + status.state().label());
    }
    if (json) {
      try {
        jobs.entries(status.id(), out);
      } catch (IOException e) {
        failedArchives.add(archive + ": could not print its entries");
      }
    }
    files.addAll(jobs.files(status.id()));
  }

  private Result<JobStatus> submit(Jobs jobs, Path archive) {
    String name = archive.getFileName().toString();
    JobDraft draft = jobs.draft(name, dryRun);
    try (InputStream in = Files.newInputStream(archive)) {
      draft.addArchive(name, in);
    } catch (IOException e) {
      draft.close();
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The archive could not be read");
    }
    return jobs.submit(draft);
  }

  /** Polls the job until it ends, moving the progress bar (files, rate, ETA) on stderr. */
  private JobStatus follow(Jobs jobs, JobStatus submitted) throws InterruptedException {
    JobStatus status = submitted;
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    try (ProgressBar progress = progressBar(submitted)) {
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
    }
  }

  private static ProgressBar progressBar(JobStatus status) {
    if (status.total() < PROGRESS_MIN_FILES) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName(status.name())
        .setInitialMax(status.total())
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" files", 1)
        .showSpeed()
        .build();
  }
}
