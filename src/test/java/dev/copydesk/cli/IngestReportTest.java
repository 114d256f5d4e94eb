package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk ingest --report FILE} and the terminal summary of a long job: real pipeline, real
 * job store, real file target.
 */
class IngestReportTest {

  @TempDir Path dir;

  /** {@code good} distinct articles and {@code empty} empty files. */
  private Path folder(int good, int empty) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("archive"));
    for (int i = 0; i < good; i++) {
      Files.writeString(
          folder.resolve("story-%03d.txt".formatted(i)),
          "Harbour report number %d\n\nBy Ann Writer\n\nThe harbour board met on day %d and agreed"
                  .formatted(i, i)
              + " item %d of its plan, which ward %d asked for.\n".formatted(i * 7, i * 3));
    }
    for (int i = 0; i < empty; i++) {
      Files.write(folder.resolve("empty-%03d.txt".formatted(i)), new byte[0]);
    }
    return folder;
  }

  /** {@code copydesk ingest --data-dir <temp>/data --report REPORT PATHS...}. */
  private CliRun ingestWithReport(Path report, String... paths) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "ingest",
                "--data-dir",
                dir.resolve("data").toString(),
                "--report",
                report.toString()));
    args.addAll(List.of(paths));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aLongJobPrintsTotalsFlagsAndFiftyFailuresAndEveryRowGoesToTheReport() throws IOException {
    Path folder = folder(160, 60);
    Path report = dir.resolve("report.csv");

    CliRun run = ingestWithReport(report, folder.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .as("no row per file above %d files", SummaryTable.MAX_ROWS)
        .doesNotContain("TITLE", "story-000.txt")
        .contains("220 files: 160 ok, 60 failed")
        .contains("flags: ")
        .contains("  ... and 10 more failed")
        .contains("Every file's row: " + report);
    assertThat(run.out().lines().filter(line -> line.contains(": EMPTY_FILE - ")))
        .hasSize(SummaryTable.MAX_FAILURES);

    List<String> csv = Files.readAllLines(report);
    assertThat(csv).hasSize(221);
    assertThat(csv.get(0)).startsWith("seq,file,state,code,detail,entryId");
    assertThat(csv.stream().filter(line -> line.contains("story-")))
        .hasSize(160)
        .allSatisfy(line -> assertThat(line).contains(",done,", ",delivered,"));
    assertThat(csv.stream().filter(line -> line.contains(",failed,EMPTY_FILE,"))).hasSize(60);
  }

  @Test
  void withoutReportALongJobsRowsGoToTheDataDirAndAShortJobPrintsThemAll() throws IOException {
    Path folder = folder(101, 0);
    Path data = dir.resolve("data");

    CliRun run = CliRun.of("ingest", "--data-dir", data.toString(), folder.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    try (var reports = Files.list(data.resolve("reports"))) {
      Path report = reports.findFirst().orElseThrow();
      assertThat(report.getFileName().toString()).startsWith("job-").endsWith(".csv");
      assertThat(Files.readAllLines(report)).hasSize(102);
      assertThat(run.out())
          .doesNotContain("TITLE")
          .contains("101 files: 101 ok, 0 failed")
          .contains("Every file's row: " + report);
    }

    Files.delete(folder.resolve("story-100.txt"));
    CliRun shorter = CliRun.of("ingest", "--data-dir", data.toString(), folder.toString());

    assertThat(shorter.out()).contains("TITLE", "story-099.txt", "100 files: 100 ok, 0 failed");
    assertThat(shorter.out()).doesNotContain("Every file's row");
  }

  @Test
  void moreThanAHundredFilesNamedOneByOneRunAsAJobWithItsReportInTheDataDir() throws IOException {
    Path folder = folder(101, 0);
    List<String> args =
        new ArrayList<>(List.of("ingest", "--data-dir", dir.resolve("data").toString()));
    try (var files = Files.list(folder)) {
      files.sorted().forEach(file -> args.add(file.toString()));
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .doesNotContain("TITLE")
        .contains("101 files: 101 ok, 0 failed", "Every file's row: ");
    try (var reports = Files.list(dir.resolve("data/reports"))) {
      assertThat(Files.readAllLines(reports.findFirst().orElseThrow())).hasSize(102);
    }
  }

  @Test
  void filesNamedWithAJsonReportRunAsAJobAndEveryRowIsWrittenInANewFolder() throws IOException {
    Path report = dir.resolve("new-folder/report.json");

    CliRun run = ingestWithReport(report, "seeds/council-budget.txt", "seeds/water-main.rtf");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("FILE", "TITLE", "2 files: 2 ok, 0 failed");
    JsonNode tree = new ObjectMapper().readTree(report.toFile());
    assertThat(tree.at("/job/state").asText()).isEqualTo("done");
    assertThat(tree.at("/job/delivered").asInt()).isEqualTo(2);
    assertThat(tree.at("/files")).hasSize(2);
    assertThat(tree.at("/files"))
        .allSatisfy(f -> assertThat(f.at("/delivery").asText()).isEqualTo("delivered"));
  }

  @Test
  void aReportThatCannotBeWrittenIsSaidAndFailsTheRun() throws IOException {
    Files.writeString(dir.resolve("a-file"), "not a folder");
    Path report = dir.resolve("a-file/report.csv");

    CliRun run = ingestWithReport(report, "seeds/council-budget.txt");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("1 file: 1 ok, 0 failed")
        .contains("The report could not be written to " + report);
  }
}
