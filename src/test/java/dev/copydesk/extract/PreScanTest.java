package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreScanTest {

  private static final long MIB = 1024 * 1024;
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  @TempDir Path dir;

  private final PreScan defaults = new PreScan(Limits.defaults());

  /** The scan's result, its time and the bytes the scanning thread allocated. */
  private record Measured(Result<PreScan.Scan> result, long millis, long allocated) {
    ErrorCode code() {
      return result instanceof Result.Failed<PreScan.Scan> f ? f.error().code() : null;
    }

    PreScan.Scan scan() {
      return ((Result.Ok<PreScan.Scan>) result).value();
    }
  }

  private static Measured measure(PreScan preScan, Path file) {
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    Result<PreScan.Scan> result = preScan.scan(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Measured(result, millis, THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore);
  }

  private static Limits limits(int entries, long inflated, int ratio, int depth) {
    return LimitsBuilder.defaults()
        .maxArchiveEntries(entries)
        .maxInflatedBytes(inflated)
        .maxCompressionRatio(ratio)
        .maxNestingDepth(depth)
        .build();
  }

  @Test
  void aPlainDocxPassesWithItsCounts() throws IOException {
    Path docx = Files.write(dir.resolve("story.docx"), HostileZips.docx("One.", "Two."));
    Measured m = measure(defaults, docx);
    assertThat(m.code()).isNull();
    assertThat(m.scan().kind()).isEqualTo(FileKind.ZIP);
    assertThat(m.scan().entries()).isEqualTo(3);
    assertThat(m.scan().depth()).isEqualTo(1);
    assertThat(m.scan().unsafeEntryCount()).isZero();
  }

  @Test
  void aDocxWhoseDocumentInflatesToOneGigabyteIsRejectedByRatioWithinMilliseconds()
      throws IOException {
    Path bomb = dir.resolve("bomb.docx");
    HostileZips.docxBomb(bomb, 1024 * MIB);
    assertThat(Files.size(bomb)).isLessThan(2 * MIB);
    // the fixture is real: java.util.zip inflates its first megabytes as XML tags
    try (ZipInputStream check = new ZipInputStream(Files.newInputStream(bomb))) {
      while (!check.getNextEntry().getName().equals("word/document.xml")) {
        check.closeEntry();
      }
      assertThat(new String(check.readNBytes(12), StandardCharsets.UTF_8))
          .isEqualTo("<w:p/><w:p/>");
    }

    Measured m = measure(defaults, bomb);

    assertThat(m.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB);
    assertThat(m.millis()).isLessThan(2000);
    assertThat(m.allocated()).isLessThan(64 * MIB);
  }

  @Test
  void theInflatedByteLimitStopsAtTheLimitWhenTheRatioLooksHarmless() throws IOException {
    Path bomb = dir.resolve("bomb.docx");
    HostileZips.docxBomb(bomb, 1024 * MIB);
    Measured m = measure(new PreScan(limits(10_000, 64 * MIB, 1_000_000, 3)), bomb);
    assertThat(m.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB);
    assertThat(((Result.Failed<PreScan.Scan>) m.result()).error().detail())
        .contains("inflates past " + 64 * MIB);
    assertThat(m.millis()).isLessThan(2000);
    assertThat(m.allocated()).isLessThan(64 * MIB);
  }

  @Test
  void aNestedBombIsRejectedBeforeItsLeavesInflate() throws IOException {
    Path bomb = dir.resolve("42.zip");
    HostileZips.nestedBomb(bomb, 5, 16); // 16^4 leaves of 1 GiB: 64 TiB inflated
    assertThat(Files.size(bomb)).isLessThan(2 * MIB);

    Measured byDepth = measure(defaults, bomb);
    Measured byRatio = measure(new PreScan(limits(10_000, 1024 * MIB, 100, 10)), bomb);
    Measured bySize = measure(new PreScan(limits(10_000, 32 * MIB, 1_000_000, 10)), bomb);

    assertThat(byDepth.code()).isEqualTo(ErrorCode.TOO_DEEP);
    assertThat(byRatio.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB);
    assertThat(bySize.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB);
    for (Measured m : new Measured[] {byDepth, byRatio, bySize}) {
      assertThat(m.millis()).isLessThan(2000);
      assertThat(m.allocated()).isLessThan(64 * MIB);
    }
  }

  @Test
  void tenThousandEntriesPassButOneMoreIsTooMany() throws IOException {
    Path atLimit = dir.resolve("at.zip");
    Path over = dir.resolve("over.zip");
    HostileZips.manyEmptyEntries(atLimit, 10_000);
    HostileZips.manyEmptyEntries(over, 10_001);

    assertThat(measure(defaults, atLimit).scan().entries()).isEqualTo(10_000);
    Measured m = measure(defaults, over);
    assertThat(m.code()).isEqualTo(ErrorCode.TOO_MANY_ENTRIES);
    assertThat(m.millis()).isLessThan(2000);
  }

  @Test
  void zipsNestedFiveDeepAreTooDeepAndThreeDeepPass() throws IOException {
    Path five = dir.resolve("five.zip");
    Path three = dir.resolve("three.zip");
    HostileZips.nested(five, 5);
    HostileZips.nested(three, 3);

    assertThat(measure(defaults, five).code()).isEqualTo(ErrorCode.TOO_DEEP);
    assertThat(measure(defaults, three).scan().depth()).isEqualTo(3);
  }

  @Test
  void zipSlipNamesAndAbsolutePathsAreReported() throws IOException {
    Path slip = dir.resolve("slip.zip");
    HostileZips.slip(slip);
    PreScan.Scan scan = measure(defaults, slip).scan();
    // commons-compress turns the backslash into a slash; the drive letter still marks it
    assertThat(scan.unsafeEntryNames())
        .containsExactlyInAnyOrder("../../evil.txt", "/etc/evil.txt", "C:/evil.txt");
    assertThat(scan.unsafeEntryCount()).isEqualTo(3);
  }

  @Test
  void entryNamesThatEscapeAFolderAreUnsafe() {
    for (String bad :
        new String[] {"../x", "a/../../x", "..\\x", "/x", "\\x", "C:x", "a\u0000b", "a\nb", ""}) {
      assertThat(EntryNames.unsafe(bad)).as(bad).isTrue();
    }
    for (String good : new String[] {"word/document.xml", "a..b/c", "..x", "[Content_Types].xml"}) {
      assertThat(EntryNames.unsafe(good)).as(good).isFalse();
    }
  }

  @Test
  void theBytesDecideTheTypeNotTheName() throws IOException {
    Path pdfNamedDocx = Files.writeString(dir.resolve("a.docx"), "%PDF-1.7\n%...");
    Path elfNamedPdf =
        Files.write(dir.resolve("b.pdf"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
    Path gzipNamedTxt = Files.write(dir.resolve("c.txt"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
    Path html = Files.writeString(dir.resolve("d.bin"), "<html><p>Hi</p></html>");

    assertThat(measure(defaults, pdfNamedDocx).scan().kind()).isEqualTo(FileKind.PDF);
    assertThat(measure(defaults, elfNamedPdf).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    assertThat(measure(defaults, gzipNamedTxt).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    assertThat(measure(defaults, html).scan().kind()).isEqualTo(FileKind.TEXT);
  }

  @Test
  void emptyAndOversizedFilesStopBeforeReading() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
    PreScan small = new PreScan(new Limits(1024, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));

    assertThat(measure(defaults, empty).code()).isEqualTo(ErrorCode.EMPTY_FILE);
    assertThat(measure(small, big).code()).isEqualTo(ErrorCode.TOO_LARGE);
  }

  @Test
  void aTruncatedZipIsCorrupt() throws IOException {
    byte[] docx = HostileZips.docx("Some text that makes the entry longer than a header.");
    Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
    assertThat(measure(defaults, cut).code()).isEqualTo(ErrorCode.CORRUPT_FILE);
  }
}
