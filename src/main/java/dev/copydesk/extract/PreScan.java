package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a file before any parser sees it: size, type by magic bytes (never by name or declared
 * type), and for zip containers a bounded walk of every entry, because Tika's own limits do not
 * stop every bomb. Runs in the calling JVM; reads at most {@code maxInflatedBytes} per pass.
 */
public final class PreScan {

  /**
   * What the scan found. {@code unsafeEntryNames} (zip slip, absolute paths; at most 20 kept,
   * {@code unsafeEntryCount} counts all) do not fail the scan: a parser never writes them, but
   * whoever unpacks the archive must refuse them. Symlinks are only marked in the central
   * directory's external attributes, which this scan does not read: unpackers check {@code
   * ZipArchiveEntry.isUnixSymlink()} themselves.
   */
  public record Scan(
      FileKind kind,
      long bytes,
      int entries,
      long inflatedBytes,
      int depth,
      int unsafeEntryCount,
      List<String> unsafeEntryNames) {}

  private final Limits limits;

  public PreScan(Limits limits) {
    this.limits = limits;
  }

  public Result<Scan> scan(Path file) {
    try {
      long size = Files.size(file);
      if (size == 0) {
        return Result.failed(ErrorCode.EMPTY_FILE, "The file has no bytes.");
      }
      if (size > limits.maxFileBytes()) {
        return Result.failed(
            ErrorCode.TOO_LARGE,
            "The file has " + size + " bytes; the limit is " + limits.maxFileBytes() + ".");
      }
      FileKind kind = kindOf(file);
      if (!kind.supported()) {
        return Result.failed(
            ErrorCode.UNSUPPORTED_TYPE,
            "The file's content is "
                + kind.refusedAs()
                + "; copydesk reads "
                + SupportedTypes.ACCEPTED_LIST
                + ".");
      }
      if (kind != FileKind.ZIP) {
        return Result.ok(new Scan(kind, size, 0, 0, 0, 0, List.of()));
      }
      return zip(file, size);
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read.");
    }
  }

  private Result<Scan> zip(Path file, long size) throws IOException {
    ZipScanner.Outcome found = new ZipScanner(limits).scan(file);
    if (found.breach() != null) {
      return Result.failed(found.breach().code(), found.breach().detail());
    }
    return Result.ok(
        new Scan(
            FileKind.ZIP,
            size,
            found.entries(),
            found.inflated(),
            found.depth(),
            found.unsafeCount(),
            found.unsafeNames()));
  }

  static FileKind kindOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MagicBytes.HEAD_BYTES);
      return MagicBytes.detect(head, head.length);
    }
  }
}
