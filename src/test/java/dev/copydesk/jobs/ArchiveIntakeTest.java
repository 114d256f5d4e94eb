package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake of real archives built in the test: hostile paths, links, bombs, nesting, garbage. */
class ArchiveIntakeTest {

  private static final long MIB = 1024L * 1024L;

  @TempDir Path temp;

  private JobDraft draft(Limits limits) throws IOException {
    return new JobDraft(
        "t1", "test", false, null, new JobDirectories(temp.resolve("data")), limits);
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  @Test
  void zipSlipAbsolutePathsAndSymlinksNeverLandOutsideTheJob() throws IOException {
    byte[] zip =
        Archives.zip()
            .file("story.txt", "A good story.")
            .file("../../evil.txt", "evil")
            .file("../../../../../evil-deep.txt", "evil")
            .file("/tmp/copydesk-evil-abs.txt", "evil")
            .file("C:\\evil-drive.txt", "evil")
            .symlink("passwd-link", "../../../../etc/passwd")
            .bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("hostile.zip", in(zip))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName, StagedFile::storedName)
          .contains(org.assertj.core.groups.Tuple.tuple("story.txt", "000000.txt"));
      assertThat(rejections(draft.files()))
          .containsExactlyInAnyOrder(
              ErrorCode.UNSAFE_PATH,
              ErrorCode.UNSAFE_PATH,
              ErrorCode.UNSAFE_PATH,
              ErrorCode.UNSAFE_PATH,
              ErrorCode.UNSAFE_PATH);
      assertOnlyJobFiles(List.of("000000.txt"));
    }
    assertThat(Path.of("/tmp/copydesk-evil-abs.txt")).doesNotExist();
  }

  @Test
  void tarGzLinksAndClimbingPathsAreRefusedToo() throws IOException {
    byte[] tar = Archives.hostileTarGz("folder/story.md", "# A story");
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("hostile.tar.gz", in(tar))).isEmpty();

      assertThat(draft.files())
          .filteredOn(f -> f.rejection() == null)
          .extracting(StagedFile::displayName)
          .containsExactly("folder/story.md");
      assertThat(rejections(draft.files())).hasSize(4).containsOnly(ErrorCode.UNSAFE_PATH);
      assertOnlyJobFiles(List.of("000000.md"));
    }
    assertThat(Path.of("/tmp/evil-abs-tar.txt")).doesNotExist();
  }

  @Test
  void tarGzNamedPipesAndDevicesAreRefusedAsNotFiles() throws IOException {
    byte[] tar = Archives.tarGzWithSpecialFiles("story.txt", "A good story.");
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("dev.tar.gz", in(tar))).isEmpty();

      assertThat(draft.files())
          .filteredOn(f -> f.rejection() != null)
          .extracting(StagedFile::displayName, f -> f.rejection().code())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("pipe", ErrorCode.UNSAFE_PATH),
              org.assertj.core.groups.Tuple.tuple("null", ErrorCode.UNSAFE_PATH));
      assertOnlyJobFiles(List.of("000000.txt"));
    }
  }

  @Test
  void zipNamesWithoutTheUtf8FlagAreReadAsTheirMakersWroteThem() throws IOException {
    byte[] windows =
        Archives.zipWithUnflaggedNames("IBM437")
            .file("Müller-Bericht.txt", "Ein Bericht.")
            .file("Mäller-Bericht.txt", "Ein anderer.")
            .bytes();
    byte[] mac = Archives.zipWithUnflaggedNames("UTF-8").file("Café.txt", "Un article.").bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("windows.zip", in(windows))).isEmpty();
      assertThat(draft.addArchive("mac.zip", in(mac))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("Müller-Bericht.txt", "Mäller-Bericht.txt", "Café.txt");
    }
  }

  @Test
  void tenThousandEmptyEntriesOverTheLimitAreRefusedFromTheEndRecordBeforeAnyIsRead()
      throws IOException {
    try (JobDraft draft = draft(TestLimits.entries(9_999))) {
      Optional<IngestError> error = draft.addArchive("many.zip", in(TEN_THOUSAND_EMPTY.get()));

      assertThat(error).map(IngestError::code).contains(ErrorCode.TOO_MANY_ENTRIES);
      assertThat(draft.files()).isEmpty();
    }
    assertThat(temp.resolve("data/jobs/t1")).doesNotExist();
  }

  @Test
  void tenThousandEmptyEntriesWithinTheLimitBecomeEmptyFileRowsWithoutStoringAnything()
      throws IOException {
    try (JobDraft draft = draft(TestLimits.entries(10_000))) {
      assertThat(draft.addArchive("many.zip", in(TEN_THOUSAND_EMPTY.get()))).isEmpty();

      assertThat(draft.files()).hasSize(10_000);
      assertThat(rejections(draft.files())).containsOnly(ErrorCode.EMPTY_FILE);
      assertOnlyJobFiles(List.of());
    }
  }

  @Test
  void feedCapturesAreCutIntoTheirStoriesWhileTheEntryLimitHasRoomAndTakenWholeAfter()
      throws IOException {
    String[] stories = {
      "\u0016\u0016\u0001a1\u0002One.\u0003\u0004",
      "\u0016\u0016\u0001a2\u0002Two.\u0003\u0004",
      "\u0001a3\u0002Three.\u0003\u0004"
    };
    byte[] capture = String.join("", stories).getBytes(StandardCharsets.US_ASCII);
    try (JobDraft draft = draft(TestLimits.entries(3))) {
      assertThat(draft.add("one.anpa", in(capture))).isEmpty();
      assertThat(draft.add("two.anpa", in(capture))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName, StagedFile::storedName)
          .containsExactly(
              tuple("one (message 1 of 3).anpa", "000000.anpa"),
              tuple("one (message 2 of 3).anpa", "000001.anpa"),
              tuple("one (message 3 of 3).anpa", "000002.anpa"),
              tuple("two.anpa", "000003.anpa"));
      Path files = temp.resolve("data/jobs/t1/files");
      for (int i = 0; i < 3; i++) {
        assertThat(files.resolve("00000" + i + ".anpa")).hasContent(stories[i]);
      }
      assertThat(Files.readAllBytes(files.resolve("000003.anpa"))).isEqualTo(capture);
    }
  }

  @Test
  void aFeedCaptureInAFolderIsCutTooAndOtherFilesAreLinkedWhole() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("feed"));
    Files.writeString(folder.resolve("day"), "\u0001a1\u0002One.\u0003\u0001a2\u0002Two.\u0003");
    Files.writeString(folder.resolve("story.txt"), "\u0002 opens no capture");
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addFolder(folder)).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("day (message 1 of 2)", "day (message 2 of 2)", "story.txt");
    }
  }

  @Test
  void archivesNestedFiveDeepStopAtTheNestingLimit() throws IOException {
    byte[] inner = Archives.zip().file("level5.txt", "five").bytes();
    for (int level = 4; level >= 1; level--) {
      inner =
          Archives.zip()
              .file("level" + level + ".txt", "text " + level)
              .file("inner" + (level + 1) + ".zip", inner)
              .bytes();
    }
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(Limits.defaults().maxNestingDepth()).isEqualTo(3);
      assertThat(draft.addArchive("outer.zip", in(inner))).isEmpty();

      assertThat(draft.files())
          .filteredOn(f -> f.rejection() == null)
          .extracting(StagedFile::displayName)
          .containsExactly(
              "level1.txt", "inner2.zip/level2.txt", "inner2.zip/inner3.zip/level3.txt");
      assertThat(draft.files())
          .filteredOn(f -> f.rejection() != null)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.displayName()).isEqualTo("inner2.zip/inner3.zip/inner4.zip");
                assertThat(f.rejection().code()).isEqualTo(ErrorCode.TOO_DEEP);
              });
    }
  }

  @Test
  void aFileThatIsNotAZipSentAsZipIsCorruptAndLeavesNothing() throws IOException {
    try (JobDraft draft = draft(Limits.defaults())) {
      Optional<IngestError> error =
          draft.addArchive("articles.zip", in("just text".getBytes(StandardCharsets.UTF_8)));
      assertThat(error).map(IngestError::code).contains(ErrorCode.CORRUPT_FILE);
    }
    assertThat(temp.resolve("data/jobs/t1")).doesNotExist();
  }

  @Test
  void anEncryptedEntryFailsAloneWithEncrypted() throws IOException {
    byte[] locked = Archives.markEncrypted(Archives.zip().file("secret.txt", "x").bytes());
    byte[] outer = Archives.zip().file("locked.zip", locked).file("open.txt", "Open.").bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("mixed.zip", in(outer))).isEmpty();
      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("locked.zip/secret.txt", "open.txt");
      assertThat(rejections(draft.files())).containsExactly(ErrorCode.ENCRYPTED);
    }
  }

  @Test
  void aZstdCompressedEntryFailsAloneAsUnsupportedInsteadOfThrowingALinkageError()
      throws IOException {
    byte[] zstd = Archives.withMethod(Archives.zip().file("packed.txt", "x").bytes(), 93);
    byte[] outer = Archives.zip().file("packed.zip", zstd).file("open.txt", "Open.").bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("mixed.zip", in(outer))).isEmpty();
      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("packed.zip/packed.txt", "open.txt");
      assertThat(rejections(draft.files())).containsExactly(ErrorCode.UNSUPPORTED_TYPE);
    }
  }

  @Test
  void aTruncatedZipIsCorrupt() throws IOException {
    byte[] zip = Archives.zip().file("a.txt", "some text ".repeat(500)).bytes();
    byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("cut.zip", in(truncated)))
          .map(IngestError::code)
          .contains(ErrorCode.CORRUPT_FILE);
    }
  }

  @Test
  void aZipInflatingPastTheByteLimitIsABombAndNothingStays() throws IOException {
    byte[] zeros = new byte[(int) (20 * MIB)];
    byte[] zip =
        Archives.zip().file("a.txt", zeros).file("b.txt", zeros).file("c.txt", zeros).bytes();
    assertThat(zip.length).isLessThan((int) MIB);
    try (JobDraft draft = draft(TestLimits.archive(50 * MIB, 100, 50 * MIB, 1000, 3))) {
      assertThat(draft.addArchive("bomb.zip", in(zip)))
          .map(IngestError::code)
          .contains(ErrorCode.ARCHIVE_BOMB);
    }
    assertThat(temp.resolve("data/jobs/t1")).doesNotExist();
  }

  @Test
  void aStreamInflatingPastTheRatioIsABombEvenWhenSizesLie() throws IOException {
    // tar headers may claim anything; the gzip stream's real output is what is counted
    byte[] tarGz = tarGzOf("zeros.txt", new byte[(int) (12 * MIB)]);
    try (JobDraft draft = draft(TestLimits.archive(50 * MIB, 100, 1024 * MIB, 10, 3))) {
      assertThat(draft.addArchive("bomb.tar.gz", in(tarGz)))
          .map(IngestError::code)
          .contains(ErrorCode.ARCHIVE_BOMB);
    }
  }

  @Test
  void aFolderIsTakenInWithoutFollowingLinks() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("in/sub"));
    Files.writeString(folder.resolve("one.txt"), "One.");
    Files.writeString(temp.resolve("in/two.md"), "Two.");
    Files.writeString(temp.resolve("outside.txt"), "secret");
    Files.createSymbolicLink(temp.resolve("in/link.txt"), temp.resolve("outside.txt"));
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addFolder(temp.resolve("in"))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("link.txt", "sub/one.txt", "two.md");
      assertThat(draft.files().get(0).rejection().code()).isEqualTo(ErrorCode.UNSAFE_PATH);
    }
  }

  /**
   * "Web page, complete" saves NAME.html beside NAME_files/ (scripts, styles, images, ad frames):
   * the page is taken in, its furniture is not, in a folder and in a zip whatever the entry order.
   */
  @Test
  void aSavedWebPagesCompanionFolderIsSkipped() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in/page_files"));
    Files.writeString(temp.resolve("in/page.html"), "<p>The article.</p>");
    Files.writeString(in.resolve("app.js"), "var x = 1;");
    Files.writeString(in.resolve("ad-frame.html"), "<p>Buy now.</p>");
    Files.createDirectories(temp.resolve("in/story_files"));
    Files.writeString(temp.resolve("in/story.htm"), "<p>Another.</p>");
    Files.writeString(temp.resolve("in/story_files/site.css"), "body {}");
    Files.createDirectories(temp.resolve("in/notes_files"));
    Files.writeString(temp.resolve("in/notes_files/memo.txt"), "No page beside this folder.");
    byte[] zip =
        Archives.zip()
            .file("saved/page_files/app.js", "var x = 1;")
            .file("saved/page_files/ad-frame.html", "<p>Buy now.</p>")
            .file("saved/page.html", "<p>The article.</p>")
            .bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addFolder(temp.resolve("in"))).isEmpty();
      assertThat(draft.addArchive("saved.zip", in(zip))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("notes_files/memo.txt", "page.html", "story.htm", "saved/page.html");
    }
  }

  /**
   * Google Docs' "Web page (.html, zipped)": the page, and its pictures in images/ beside it,
   * pictures first in the zip. The pictures are not taken in; a picture or a document in an images/
   * folder with no page beside it is.
   */
  @Test
  void aGoogleDocsPagesPicturesAreSkipped() throws IOException {
    byte[] zip =
        Archives.zip()
            .file("images/image1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .file("images/image2.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8})
            .file("FerryFares.html", "<p>The article.</p>")
            .file("other/images/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .file("images/caption-notes.txt", "Notes on the pictures.")
            .bytes();
    try (JobDraft draft = draft(Limits.defaults())) {
      assertThat(draft.addArchive("FerryFares.zip", in(zip))).isEmpty();

      assertThat(draft.files())
          .extracting(StagedFile::displayName)
          .containsExactly("FerryFares.html", "other/images/chart.png", "images/caption-notes.txt");
    }
  }

  /** Built once: ten thousand deflated entries take a few seconds on a busy machine. */
  private static final Supplier<byte[]> TEN_THOUSAND_EMPTY =
      new Supplier<>() {
        private byte[] bytes;

        @Override
        public synchronized byte[] get() {
          if (bytes == null) {
            Archives zip = Archives.zip();
            for (int i = 0; i < 10_000; i++) {
              zip.file("empty-" + i + ".txt", new byte[0]);
            }
            bytes = zip.bytes();
          }
          return bytes;
        }
      };

  private static byte[] tarGzOf(String name, byte[] content) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
            new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(out))) {
      var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(name);
      entry.setSize(content.length);
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  private static List<ErrorCode> rejections(List<StagedFile> files) {
    return files.stream()
        .filter(f -> f.rejection() != null)
        .map(f -> f.rejection().code())
        .toList();
  }

  /**
   * Every regular file under the temp dir is one of {@code names} in the job's files folder,
   * besides the job's claim.
   */
  private void assertOnlyJobFiles(List<String> names) throws IOException {
    Path files = temp.resolve("data/jobs/t1/files");
    Path claim = temp.resolve("data/jobs/t1").resolve(JobClaim.FILE);
    try (Stream<Path> walk = Files.walk(temp)) {
      List<Path> regular = walk.filter(Files::isRegularFile).filter(p -> !p.equals(claim)).toList();
      assertThat(regular).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(files));
      assertThat(regular)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrderElementsOf(names);
    }
  }
}
