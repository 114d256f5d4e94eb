package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.jobs.ChildJvm;
import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A producer stops {@code copydesk ingest FOLDER} (Ctrl-C) and runs it again: the command says
 * where it stopped and how to go on, and the second run finishes the same job. The first run is a
 * real {@code copydesk} process stopped by a signal (SIGTERM runs the same shutdown as Ctrl-C's
 * SIGINT); real Tika, real job store, real file target.
 */
class IngestStopResumeTest {

  private static final int FILES = 600;

  @TempDir Path dir;

  @Test
  void aStoppedIngestSaysHowToGoOnAndTheSameCommandFinishesTheJob() throws Exception {
    Path folder = folderOfArticles(FILES);
    Path data = dir.resolve("data");
    Path output = dir.resolve("first-run.txt");
    List<String> command = List.of("ingest", "--data-dir", data.toString(), folder.toString());

    Process first = ChildJvm.start(Main.class, "256m", output, command);
    awaitDelivered(first, data.resolve("entries.ndjson"), 20);
    first.destroy();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stops on the signal").isTrue();
    String said = Files.readString(output);
    assertThat(said)
        .contains(
            "Stopped at ", " of " + FILES + " files. Run the same command again to resume job")
        .doesNotContain("Exception");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine second = Main.commandLine();
    second.setOut(new PrintWriter(out, true));
    second.setErr(new PrintWriter(err, true));
    int exit = second.execute(command.toArray(String[]::new));

    assertThat(exit).as(out + "\n" + err).isZero();
    assertThat(err.toString()).contains("Resuming job ").contains(" of " + FILES + " files done.");
    assertThat(out.toString()).contains(FILES + " files: " + FILES + " ok, 0 failed");
    List<String> stored = Files.readAllLines(data.resolve("entries.ndjson"));
    assertThat(stored.stream().map(EntryJson::read).map(e -> e.id()).distinct())
        .as("every file once")
        .hasSize(FILES);
    assertThat(stored).hasSize(FILES);
  }

  /**
   * Stopped while its files are still being copied in (6,000 files: several seconds, with a
   * progress line of its own after the first): no job is made, and the command says to start over.
   */
  @Test
  void aRunStoppedWhileTakingFilesInSaysSoAndLeavesNoJob() throws Exception {
    Path folder = folderOfArticles(6_000);
    Path data = dir.resolve("data");
    Path output = dir.resolve("first-run.txt");
    List<String> command = List.of("ingest", "--data-dir", data.toString(), folder.toString());

    Process first = ChildJvm.start(Main.class, "256m", output, command);
    awaitOutput(first, output, "Taking in");
    first.destroy();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stops on the signal").isTrue();

    assertThat(Files.readString(output))
        .contains("Stopped while taking the files in (")
        .contains("Run the same command again to start over.")
        .doesNotContain("Stopped at ")
        .doesNotContain("Exception");
    assertThat(data.resolve("entries.ndjson")).doesNotExist();
  }

  private static void awaitOutput(Process child, Path output, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(output) || !Files.readString(output).contains(text)) {
      assertThat(child.isAlive()).as("first run still going").isTrue();
      assertThat(System.nanoTime()).as("'%s' within 120 s", text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static void awaitDelivered(Process child, Path store, int lines) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(store) || Files.readAllLines(store).size() < lines) {
      assertThat(child.isAlive()).as("first run still going").isTrue();
      assertThat(System.nanoTime()).as("%d entries within 120 s", lines).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private Path folderOfArticles(int count) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < count; i++) {
      Files.writeString(
          folder.resolve("story-%04d.txt".formatted(i)),
          "Story number "
              + i
              + " about the harbour\n\nBy Ann Writer\n\nThe council met on day "
              + i
              + " to talk about the harbour, the ferry and the new bridge number "
              + i
              + ".\n");
    }
    return folder;
  }
}
