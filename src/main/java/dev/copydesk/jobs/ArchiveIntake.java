package dev.copydesk.jobs;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.StorageFull;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks zip, tar.gz and tar archives (nested ones too, up to {@code maxNestingDepth}) into a
 * draft job, charging every entry and inflated byte to the submission's budget.
 *
 * <p>A zip is first spooled to the job's folder and read through its central directory: that is the
 * index unzip tools trust (local headers can disagree with it), and the only place a zip records
 * that an entry is a symbolic link. Its entry count is checked from the end record before the
 * directory is parsed. Tar archives are read as a stream; their headers carry the entry type.
 */
final class ArchiveIntake {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveIntake.class);

  /**
   * Compression methods commons-compress reads in pure Java; zstd, xz and the like need optional
   * libraries that are not here (reading one throws a linkage error, not an IOException).
   */
  private static final Set<ZipMethod> READABLE =
      EnumSet.of(
          ZipMethod.STORED, ZipMethod.DEFLATED, ZipMethod.ENHANCED_DEFLATED, ZipMethod.BZIP2);

  private final JobDraft draft;
  private final IntakeBudget budget;
  private final Limits limits;
  private final Path scratch;
  private int spools;

  ArchiveIntake(JobDraft draft, IntakeBudget budget, Path scratch) {
    this.draft = draft;
    this.budget = budget;
    this.limits = budget.limits();
    this.scratch = scratch;
  }

  /**
   * Unpacks one archive found at {@code depth} (1 = sent as is). Failures of the archive itself end
   * the submission when it is the submission ({@code whole}), else fail just this archive.
   */
  void unpack(
      ArchiveFormat format, String name, String prefix, InputStream in, int depth, boolean whole)
      throws IOException {
    if (depth > limits.maxNestingDepth()) {
      throw failure(
          whole,
          ErrorCode.TOO_DEEP,
          "Archives are nested more than " + limits.maxNestingDepth() + " levels deep");
    }
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    buffered.mark(ArchiveFormat.HEAD_BYTES);
    byte[] head = buffered.readNBytes(ArchiveFormat.HEAD_BYTES);
    buffered.reset();
    if (!format.matches(head, head.length)) {
      throw failure(
          whole, ErrorCode.CORRUPT_FILE, name + " is not a valid " + format.label() + " archive");
    }
    try {
      switch (format) {
        case ZIP -> unzip(buffered, name, prefix, depth);
        case TAR_GZ -> untar(buffered, true, prefix, depth);
        case TAR -> untar(buffered, false, prefix, depth);
      }
    } catch (IntakeException e) {
      throw e.wholeSubmission() ? e : failure(whole, e.error().code(), e.error().detail());
    } catch (IOException | RuntimeException e) {
      if (StorageFull.isCauseOf(e)) {
        LOG.error("The disk is full: could not unpack {}: {}", name, e.toString());
        IngestError full = StorageFull.error();
        throw IntakeException.submission(full.code(), full.detail());
      }
      throw failure(whole, ErrorCode.CORRUPT_FILE, name + " is damaged or truncated");
    }
  }

  private void unzip(InputStream in, String name, String prefix, int depth) throws IOException {
    Path spool = scratch.resolve("spool-" + (spools++) + ".zip");
    try {
      spoolTo(in, spool);
      long announced = ZipDirectory.entryCount(spool);
      if (announced < 0) {
        throw IntakeException.file(ErrorCode.CORRUPT_FILE, name + " has no zip directory");
      }
      budget.expectEntries(announced);
      try (ZipFile zip = ZipFile.builder().setPath(spool).get()) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        budget.expectInflated(entries.stream().mapToLong(e -> Math.max(e.getSize(), 0)).sum());
        draft.noteNames(
            entries.stream().map(e -> prefix + ZipNames.of(e).replace('\\', '/')).toList());
        for (ZipArchiveEntry entry : entries) {
          zipEntry(zip, entry, prefix, depth);
        }
      }
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** Copies the zip to disk; a top-level zip is bounded here, a nested one by the meter. */
  private void spoolTo(InputStream in, Path spool) throws IOException {
    long max = limits.maxInflatedBytes();
    try (OutputStream out = Files.newOutputStream(spool, StandardOpenOption.CREATE_NEW)) {
      byte[] chunk = new byte[64 * 1024];
      long copied = 0;
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        copied += n;
        if (copied > max) {
          throw IntakeException.submission(
              ErrorCode.TOO_LARGE, "The archive is larger than " + max + " bytes");
        }
        out.write(chunk, 0, n);
      }
    }
  }

  private void zipEntry(ZipFile zip, ZipArchiveEntry entry, String prefix, int depth)
      throws IOException {
    budget.entry();
    if (entry.isDirectory()) {
      return;
    }
    String cleaned = cleanOrReject(prefix, ZipNames.of(entry));
    if (cleaned == null) {
      return;
    }
    String path = prefix + cleaned;
    IngestError refusal = zipRefusal(zip, entry);
    if (refusal != null) {
      draft.reject(path, Math.max(entry.getSize(), 0), refusal);
      return;
    }
    try (InputStream data =
        new MeteredInputStream(zip.getInputStream(entry), budget, entry::getCompressedSize)) {
      draft.take(path, data, depth);
    }
  }

  private IngestError zipRefusal(ZipFile zip, ZipArchiveEntry entry) {
    if (entry.isUnixSymlink()) {
      return IngestError.of(ErrorCode.UNSAFE_PATH, "The entry is a symbolic link");
    }
    if (entry.getGeneralPurposeBit().usesEncryption()) {
      return IngestError.of(ErrorCode.ENCRYPTED, "The archive entry is encrypted");
    }
    if (!zip.canReadEntryData(entry)
        || !READABLE.contains(ZipMethod.getMethodByCode(entry.getMethod()))) {
      return IngestError.of(
          ErrorCode.UNSUPPORTED_TYPE, "The entry uses an unsupported compression");
    }
    if (entry.getSize() > limits.maxFileBytes()) {
      return IngestError.of(
          ErrorCode.TOO_LARGE, "The file is larger than " + limits.maxFileBytes() + " bytes");
    }
    return null;
  }

  private void untar(InputStream in, boolean gzip, String prefix, int depth) throws IOException {
    CountingInputStream raw = new CountingInputStream(in);
    InputStream data =
        gzip ? new MeteredInputStream(new GzipCompressorInputStream(raw), budget, raw::count) : raw;
    TarArchiveInputStream tar = new TarArchiveInputStream(data);
    for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
      budget.entry();
      if (entry.isDirectory()) {
        continue;
      }
      String cleaned = cleanOrReject(prefix, entry.getName());
      if (cleaned == null) {
        continue;
      }
      String path = prefix + cleaned;
      if (entry.isSymbolicLink() || entry.isLink()) {
        draft.reject(path, 0, IngestError.of(ErrorCode.UNSAFE_PATH, "The entry is a link"));
      } else if (!isRegularFile(entry)) {
        draft.reject(
            path, 0, IngestError.of(ErrorCode.UNSAFE_PATH, "The entry is not a regular file"));
      } else if (entry.getSize() > limits.maxFileBytes()) {
        draft.reject(
            path,
            entry.getSize(),
            IngestError.of(
                ErrorCode.TOO_LARGE,
                "The file is larger than " + limits.maxFileBytes() + " bytes"));
      } else {
        draft.take(path, new Unclosable(tar), depth);
      }
    }
  }

  /** Commons Compress counts devices and named pipes as files; they hold no article. */
  private static boolean isRegularFile(TarArchiveEntry entry) {
    return entry.isFile()
        && !entry.isCharacterDevice()
        && !entry.isBlockDevice()
        && !entry.isFIFO();
  }

  /** The cleaned entry path, or null after recording why it was turned away. */
  private String cleanOrReject(String prefix, String raw) {
    try {
      return EntryName.clean(raw);
    } catch (IntakeException e) {
      draft.reject(prefix + raw, 0, e.error());
      return null;
    }
  }

  private static IntakeException failure(boolean whole, ErrorCode code, String detail) {
    return whole ? IntakeException.submission(code, detail) : IntakeException.file(code, detail);
  }

  /** Lets entry readers close what they were given without closing the archive stream. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive stream stays open for the next entry
    }
  }
}
