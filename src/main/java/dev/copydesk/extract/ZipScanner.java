package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Walks a zip container twice, each pass under its own {@link ArchiveBudget}: once as a stream of
 * local headers (what streaming readers see) and once through the central directory (what
 * random-access readers such as POI and Tika see), so entries hidden from one view are still
 * counted by the other. Zips inside entries are walked as streams, recursively. Nothing is written
 * anywhere; memory is one read buffer plus the archive libraries' own state.
 */
final class ZipScanner {

  private static final byte[] ZIP_MAGIC = "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1);

  /** The counts of the larger pass, or the first limit breached. */
  record Outcome(
      IngestError breach,
      int entries,
      long inflated,
      int depth,
      int unsafeCount,
      List<String> unsafeNames) {}

  private final Limits limits;
  private final byte[] buffer = new byte[64 * 1024];

  ZipScanner(Limits limits) {
    this.limits = limits;
  }

  Outcome scan(Path zip) throws IOException {
    ArchiveBudget streamed = new ArchiveBudget(limits);
    boolean streamComplete;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(zip))) {
      streamComplete = walkStream(in, 1, streamed);
    } catch (ArchiveBudget.Breach e) {
      streamComplete = false;
    }
    if (streamed.breach() != null) {
      return outcome(streamed.breach(), streamed);
    }
    ArchiveBudget central = new ArchiveBudget(limits);
    boolean centralComplete = walkCentralDirectory(zip, central);
    if (central.breach() != null) {
      return outcome(central.breach(), central);
    }
    if (!streamComplete && !centralComplete) {
      return outcome(
          IngestError.of(ErrorCode.CORRUPT_FILE, "The zip container is damaged."), streamed);
    }
    return outcome(null, streamed.inflated() >= central.inflated() ? streamed : central);
  }

  private static Outcome outcome(IngestError breach, ArchiveBudget budget) {
    return new Outcome(
        breach,
        budget.entries(),
        budget.inflated(),
        budget.deepest(),
        budget.unsafeCount(),
        budget.unsafeNames());
  }

  /**
   * @return true when the stream was read to its end without a format error
   */
  private boolean walkStream(InputStream in, int depth, ArchiveBudget budget) {
    try {
      budget.enterArchive(depth);
      ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        budget.entry(entry.getName());
        walkEntry(new MeteredStream(zip, budget, zip::getCompressedCount), depth, budget);
      }
      return true;
    } catch (ArchiveBudget.Breach e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      if (budget.breach() != null) {
        throw new ArchiveBudget.Breach("wrapped by the archive library");
      }
      return false;
    } catch (NoClassDefFoundError e) {
      // An entry compressed with zstd or xz: commons-compress opens it with an optional codec
      // library that is not here (a fuzzer found this). No parser could read it either: damaged.
      return false;
    }
  }

  private boolean walkCentralDirectory(Path path, ArchiveBudget budget) {
    // java.util.zip keeps the central directory as one byte array bounded by the file size,
    // unlike a list of entry objects whose count a crafted file chooses.
    try (ZipFile zip = new ZipFile(path.toFile())) {
      budget.enterArchive(1);
      long fileSize = Files.size(path);
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        budget.entry(entry.getName());
        long compressed = Math.min(fileSize, Math.max(0, entry.getCompressedSize()));
        try (InputStream data = zip.getInputStream(entry)) {
          walkEntry(new MeteredStream(data, budget, () -> compressed), 1, budget);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // a breach is read from the budget by the caller
    }
  }

  /** Reads one entry to its end; an entry that is itself a zip is walked one level deeper. */
  private void walkEntry(MeteredStream entry, int depth, ArchiveBudget budget) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(entry, ZIP_MAGIC.length);
    byte[] head = peek.readNBytes(ZIP_MAGIC.length);
    peek.unread(head);
    if (Arrays.equals(head, ZIP_MAGIC)) {
      // a damaged inner zip is read on as opaque bytes: parsers cannot open it either
      walkStream(peek, depth + 1, budget);
    }
    while (peek.read(buffer, 0, buffer.length) != -1) {
      // drained for counting only
    }
  }
}
