package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk ingest} end to end, in process: real Tika, real files, the real file store. */
class IngestCommandTest {

  private static final String ARTICLE =
      """
      Council approves new riverside footbridge

      A short standfirst line about the bridge vote

      By Maria Okafor

      The county council voted on Tuesday night to build a pedestrian footbridge across the river \
      at Mill Lane, ending a decade of argument over how residents on the east bank reach the \
      station without a two-mile detour through the industrial estate.

      Councillors approved the plan by nine votes to four after a three-hour debate in which \
      opponents questioned the cost and supporters read letters from commuters and parents.
      """;

  @TempDir Path dir;

  @Test
  void progressOffATerminalIsPlainLinesNotRedrawsOfOneLine() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Path file = batch.resolve("article-" + i + ".txt");
      Files.writeString(file, ARTICLE + "\nPart " + i + ".\n");
      files.add(file.toString());
    }
    List<String> asFiles = new ArrayList<>(List.of("ingest", "--data-dir", data("files")));
    asFiles.addAll(files);

    for (CliRun run :
        List.of(
            CliRun.of("ingest", "--data-dir", data("folder"), batch.toString()), // a job
            CliRun.of(asFiles.toArray(String[]::new)))) { // a batch of files
      assertThat(run.exit()).isEqualTo(0);
      assertThat(run.err()).as("no console in a test JVM").doesNotContain("\r");
      assertThat(run.err().lines().filter(line -> line.contains("100%")))
          .singleElement()
          .satisfies(line -> assertThat(line).contains("5/5 files"));
    }
  }

  private String data(String name) {
    return dir.resolve("data-" + name).toString();
  }

  @Test
  void badFilesFailAloneWithTheirCodesAndTheGoodOnesAreDelivered() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("a-good.txt"), ARTICLE);
    Files.write(batch.resolve("b-empty.txt"), new byte[0]);
    Files.write(batch.resolve("c-random.bin"), randomBytes(4096));
    Files.write(batch.resolve("d-encrypted.docx"), encryptedDocx());
    Files.write(batch.resolve("e-truncated.docx"), truncated(docx()));
    Files.write(batch.resolve("f-image.png"), png());

    CliRun run =
        CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), batch.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("EMPTY_FILE")
        .contains("UNSUPPORTED_TYPE")
        .contains("ENCRYPTED")
        .contains("CORRUPT_FILE")
        .contains("6 files: 1 ok, 5 failed")
        .doesNotContain("Exception")
        .doesNotContain("at dev.copydesk");
    List<String> stored = Files.readAllLines(dir.resolve("data/entries.ndjson"));
    assertThat(stored).hasSize(1);
    assertThat(EntryJson.read(stored.get(0)).title())
        .isEqualTo("Council approves new riverside footbridge");
  }

  @Test
  void jsonPrintsOnlyEntriesOnStdout() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), ARTICLE);

    CliRun run =
        CliRun.of(
            "ingest",
            "--dry-run",
            "--json",
            "--data-dir",
            dir.resolve("data").toString(),
            file.toString());

    assertThat(run.exit()).isEqualTo(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    Entry entry = EntryJson.read(lines.get(0));
    assertThat(entry.authors()).containsExactly("Maria Okafor");
    assertThat(run.err()).contains("1 file: 1 ok, 0 failed");
    assertThat(dir.resolve("data/entries.ndjson")).as("dry run delivers nothing").doesNotExist();
  }

  @Test
  void reIngestingTheSameFileReplacesItsEntry() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), ARTICLE);
    String data = dir.resolve("data").toString();

    assertThat(CliRun.of("ingest", "--data-dir", data, file.toString()).exit()).isZero();
    assertThat(CliRun.of("ingest", "--data-dir", data, file.toString()).exit()).isZero();

    assertThat(Files.readAllLines(dir.resolve("data/entries.ndjson"))).hasSize(1);
  }

  /**
   * The same article in another file, ingested by a later run on the same data dir, is flagged:
   * runs share the data dir's duplicate index, as a server does (before, each run had its own index
   * in memory and the copy went through unflagged). A plain file runs as a batch, a folder as a
   * job: both look at what earlier runs ingested.
   */
  @Test
  void aCopyIngestedByALaterRunIsFlagged() throws Exception {
    String data = dir.resolve("data").toString();
    Path original = Files.writeString(dir.resolve("story.txt"), ARTICLE);
    Path copy = Files.writeString(dir.resolve("copy.md"), ARTICLE.replace("\n\n", "\n\n\n"));
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("again.txt"), ARTICLE + "\n");
    CliRun first = CliRun.of("ingest", "--json", "--data-dir", data, original.toString());

    CliRun batch = CliRun.of("ingest", "--json", "--data-dir", data, copy.toString());
    CliRun job = CliRun.of("ingest", "--json", "--data-dir", data, folder.toString());

    String originalId = EntryJson.read(first.out().lines().findFirst().orElseThrow()).id();
    for (CliRun run : List.of(batch, job)) {
      Entry entry = EntryJson.read(run.out().lines().findFirst().orElseThrow());
      assertThat(entry.flags())
          .filteredOn(flag -> flag.code() == FlagCode.CROSS_DOCUMENT_DUPLICATE)
          .extracting(Flag::duplicateOfEntry)
          .containsExactly(originalId);
    }
  }

  /**
   * A dry run is matched against what earlier runs ingested but is not remembered: a real run of
   * the same article after it sees no earlier copy. With no index yet, a dry run does not create
   * one.
   */
  @Test
  void aDryRunLooksAtEarlierRunsAndLeavesNoTrace() throws Exception {
    Path data = dir.resolve("data");
    Path story = Files.writeString(dir.resolve("story.txt"), ARTICLE);
    Path copy = Files.writeString(dir.resolve("copy.md"), ARTICLE.replace("\n\n", "\n\n\n"));
    String other = ARTICLE.replace("footbridge", "ferry pier").replace("river", "harbour");
    Path previewed = Files.writeString(dir.resolve("pier.txt"), other);
    Path previewedCopy = Files.writeString(dir.resolve("pier.md"), other + "\n");

    dryRun(data, story);
    assertThat(data.resolve("duplicates.db")).doesNotExist();
    CliRun.of("ingest", "--data-dir", data.toString(), story.toString());
    Entry copyPreviewed = dryRun(data, copy);
    dryRun(data, previewed);
    CliRun real =
        CliRun.of("ingest", "--json", "--data-dir", data.toString(), previewedCopy.toString());

    assertThat(copyPreviewed.flags())
        .extracting(Flag::code)
        .contains(FlagCode.CROSS_DOCUMENT_DUPLICATE);
    assertThat(EntryJson.read(real.out().lines().findFirst().orElseThrow()).flags())
        .extracting(Flag::code)
        .doesNotContain(FlagCode.CROSS_DOCUMENT_DUPLICATE);
  }

  private static Entry dryRun(Path data, Path file) {
    CliRun run =
        CliRun.of("ingest", "--dry-run", "--json", "--data-dir", data.toString(), file.toString());
    assertThat(run.exit()).isZero();
    return EntryJson.read(run.out().lines().findFirst().orElseThrow());
  }

  @Test
  void aFolderRunsAsAJobInNameOrderWithoutItsHiddenFiles() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("desk"));
    Files.copy(Path.of("seeds/library-fire.docx"), folder.resolve("library-fire.docx"));
    Files.copy(Path.of("seeds/library-fire.pdf"), folder.resolve("library-fire.pdf"));
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/config"), "[core]");
    Files.writeString(folder.resolve(".notes.txt"), ARTICLE);

    CliRun run =
        CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), folder.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("2 files: 2 ok, 0 failed").doesNotContain(".notes", ".git");
    assertThat(row(run.out(), "library-fire.docx")).doesNotContain("CROSS_DOCUMENT_DUPLICATE");
    assertThat(row(run.out(), "library-fire.pdf")).contains("CROSS_DOCUMENT_DUPLICATE");
    assertThat(dir.resolve("data/jobs.db")).as("the job's store").isNotEmptyFile();
  }

  @Test
  void aPathThatDoesNotExistIsBadUsageAndSaysWhich() {
    CliRun run =
        CliRun.of("ingest", "--data-dir", dir.resolve("data").toString(), "no-such-file.docx");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("No such file or folder: no-such-file.docx");
  }

  private static String row(String table, String file) {
    return table.lines().filter(line -> line.startsWith(file)).findFirst().orElseThrow();
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(CliRun.of("ingest").exit()).isEqualTo(2);
    assertThat(CliRun.of("ingest", "--duplicates", "sometimes", "x.txt").exit()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static byte[] docx() throws Exception {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : ARTICLE.split("\n\n")) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] truncated(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length / 2);
  }

  private static byte[] encryptedDocx() throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream encrypted = encryptor.getDataStream(fs)) {
        encrypted.write(docx());
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] png() {
    // A complete 1x1 PNG.
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
  }
}
