package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk ingest archive.zip} as a job: real Tika, real job store, real file target. */
class IngestArchiveTest {

  @TempDir Path dir;

  private Path zip(String name, Path... files) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (Path source : files) {
        out.putNextEntry(new ZipEntry("batch/" + source.getFileName()));
        out.write(Files.readAllBytes(source));
        out.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void aFeedCaptureGivenAloneRunsAsAJobWithAnEntryPerStory() throws IOException {
    String first = Files.readString(Path.of("seeds", "wire-causeway-repairs.anpa"));
    String second =
        first
            .replace("a0518", "a0519")
            .replace(
                "Gannet Island causeway to close nightly for six weeks of repairs",
                "Causeway tolls to stay at two dollars through the summer");
    Path capture = Files.writeString(dir.resolve("day.anpa"), first + second);

    CliRun run =
        CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), capture.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("day (message 1 of 2).anpa", "day (message 2 of 2).anpa")
        .contains("2 files: 2 ok");
    assertThat(
            Files.readAllLines(dir.resolve("data/entries.ndjson")).stream()
                .map(EntryJson::read)
                .map(e -> e.title()))
        .containsExactlyInAnyOrder(
            "Gannet Island causeway to close nightly for six weeks of repairs",
            "Causeway tolls to stay at two dollars through the summer");
  }

  @Test
  void aZipOfTwoSeedsAndABadFileDeliversTheSeedsAndListsTheFailureWithItsCode() throws IOException {
    Path zip =
        zip(
            "articles.zip",
            Path.of("seeds", "council-budget.txt"),
            Path.of("src/test/resources/fixtures/bad/truncated.docx"),
            Path.of("seeds", "water-main.rtf"));

    CliRun run = CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), zip.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("FILE", "TITLE", "DELIVERY")
        .contains("batch/council-budget.txt", "batch/water-main.rtf")
        .contains("3 files: 2 ok, 1 failed")
        .contains("batch/truncated.docx: CORRUPT_FILE")
        .doesNotContain("Exception")
        .doesNotContain("at dev.copydesk");
    List<String> stored = Files.readAllLines(dir.resolve("data/entries.ndjson"));
    assertThat(stored).hasSize(2);
    assertThat(stored.stream().map(EntryJson::read).map(e -> e.source().fileName()))
        .containsExactlyInAnyOrder("council-budget.txt", "water-main.rtf");
  }

  /**
   * A folder's files are hard-linked into the job (the same bytes on disk as the originals): every
   * seed format parsed, the originals are left as they were, bytes and times.
   */
  @Test
  void aFoldersFilesAreLeftAsTheyWereWhenTheyAreLinkedIntoTheJob() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("seeds"));
    List<Path> seeds;
    try (Stream<Path> listed = Files.list(Path.of("seeds"))) {
      seeds = listed.filter(Files::isRegularFile).toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, folder.resolve(seed.getFileName()));
    }
    Map<Path, FileTime> before = new HashMap<>();
    for (Path seed : seeds) {
      before.put(seed.getFileName(), Files.getLastModifiedTime(folder.resolve(seed.getFileName())));
    }

    CliRun run =
        CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), folder.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains(seeds.size() + " files: " + seeds.size() + " ok");
    for (Path seed : seeds) {
      Path original = folder.resolve(seed.getFileName());
      assertThat(Files.readAllBytes(original))
          .as(original.toString())
          .isEqualTo(Files.readAllBytes(seed));
      assertThat(Files.getLastModifiedTime(original)).isEqualTo(before.get(seed.getFileName()));
    }
  }

  /** A named pipe would block the intake on its first read; it fails alone instead. */
  @Test
  @Timeout(60)
  void aNamedPipeGivenWithAFolderFailsAloneAndTheRunEnds() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.copy(Path.of("seeds", "water-main.rtf"), folder.resolve("water-main.rtf"));
    Path pipe = dir.resolve("pipe.txt");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

    CliRun run =
        CliRun.of(
            "ingest",
            "--data-dir",
            dir.resolve("data").toString(),
            folder.toString(),
            pipe.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("2 files: 1 ok, 1 failed")
        .contains("pipe.txt: UNREADABLE_FILE - Not a regular file");
  }

  /**
   * A folder or file the user names through a symbolic link (an archive mounted elsewhere, a
   * relative link beside the article) is followed; a pipe inside the folder fails alone.
   */
  @Test
  @Timeout(60)
  void aFolderAndAFileNamedThroughLinksAreFollowed() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.copy(Path.of("seeds", "water-main.rtf"), real.resolve("water-main.rtf"));
    Files.copy(Path.of("seeds", "farmers-market.txt"), real.resolve("farmers-market.txt"));
    assertThat(new ProcessBuilder("mkfifo", real.resolve("pipe").toString()).start().waitFor())
        .isZero();
    Path folderLink = Files.createSymbolicLink(dir.resolve("linked"), Path.of("real"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(Path.of("seeds", "council-budget.txt"), elsewhere.resolve("council-budget.txt"));
    Path fileLink =
        Files.createSymbolicLink(
            dir.resolve("budget.txt"), Path.of("elsewhere/council-budget.txt"));

    CliRun run =
        CliRun.of(
            "ingest",
            "--data-dir",
            dir.resolve("data").toString(),
            folderLink.toString(),
            fileLink.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("4 files: 3 ok, 1 failed")
        .contains("farmers-market.txt", "water-main.rtf", "budget.txt")
        .contains("pipe: UNREADABLE_FILE - Not a regular file (a named pipe, socket or device)")
        .doesNotContain("UNSAFE_PATH");
    assertThat(Files.readAllLines(dir.resolve("data/entries.ndjson"))).hasSize(3);
  }

  @Test
  void aGoodArchiveExitsZeroAndJsonPutsOnlyEntriesOnStdout() throws IOException {
    Path zip = zip("one.zip", Path.of("seeds", "farmers-market.txt"));

    CliRun run =
        CliRun.of(
            "ingest",
            "--dry-run",
            "--json",
            "--data-dir",
            dir.resolve("data").toString(),
            zip.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(EntryJson.read(lines.get(0)).source().fileName()).isEqualTo("farmers-market.txt");
    assertThat(run.err()).contains("1 file: 1 ok, 0 failed");
    assertThat(dir.resolve("data/entries.ndjson")).as("dry run delivers nothing").doesNotExist();
  }

  @Test
  void aNonZipNamedZipAloneFailsAsCorruptAndAmongOtherFilesFailsAsItsOwnRow() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.zip"), "not a zip");
    Path good = zip("good.zip", Path.of("seeds", "farmers-market.txt"));
    String data = dir.resolve("data").toString();

    CliRun alone = CliRun.of("ingest", "--data-dir", data, fake.toString());
    assertThat(alone.exit()).isEqualTo(1);
    assertThat(alone.out()).contains("CORRUPT_FILE - fake.zip is not a valid zip archive");

    CliRun mixed =
        CliRun.of(
            "ingest", "--data-dir", data, fake.toString(), good.toString(), "seeds/water-main.rtf");
    assertThat(mixed.exit()).as(mixed.out() + mixed.err()).isEqualTo(1);
    assertThat(mixed.out())
        .contains("good.zip/batch/farmers-market.txt", "water-main.rtf")
        .contains("3 files: 2 ok, 1 failed")
        .contains("fake.zip: CORRUPT_FILE");
  }
}
