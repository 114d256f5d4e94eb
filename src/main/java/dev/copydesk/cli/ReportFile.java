package dev.copydesk.cli;

import dev.copydesk.jobs.Jobs;
import dev.copydesk.jobs.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Every file's row of a command-line job, the table {@code GET api/v1/imports/{id}/report} answers:
 * to {@code ingest --report FILE}, as CSV or as JSON for a name ending in {@code .json}; or, for a
 * job too long for the terminal, as CSV in the data dir.
 */
record ReportFile(Path path) {

  /** {@code <dataDir>/reports/job-<id>.csv}. */
  static ReportFile inDataDir(Path dataDir, String jobId) {
    return new ReportFile(dataDir.resolve("reports").resolve("job-" + jobId + ".csv"));
  }

  /** The line under a table too long to print whole: where every row is. */
  String everyRow() {
    return "Every file's row: " + path;
  }

  /** Writes the rows (making the folder if needed); the problem to print when it could not. */
  Optional<String> write(Jobs jobs, String jobId) {
    try {
      Path folder = path.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      try (Writer writer = Files.newBufferedWriter(path)) {
        jobs.report(jobId, format(), writer);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("The report could not be written to " + path + ": " + e.getMessage());
    }
  }

  private ReportFormat format() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? ReportFormat.JSON
        : ReportFormat.CSV;
  }
}
