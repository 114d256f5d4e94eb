package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes one incoming file into the job's {@code files/} folder, or links a folder's file there,
 * and, when {@code durable}, has it forced to disk ({@link StagedSyncs}; a dry run's files need not
 * survive a power cut: it delivers nothing and can simply run again). Files are named by their
 * sequence number, never by the name they came with, so no name (however hostile) can place a file
 * anywhere else.
 */
final class Stager {

  private static final int CHUNK = 64 * 1024;

  private final Path filesDir;
  private final long maxFileBytes;
  private final boolean durable;
  private final StagedSyncs syncs;

  /**
   * @param syncs where a durable stager's files are forced to disk (in the background: the draft
   *     waits for them before its job is committed)
   */
  Stager(Path filesDir, long maxFileBytes, boolean durable, StagedSyncs syncs) {
    this.filesDir = filesDir;
    this.maxFileBytes = maxFileBytes;
    this.durable = durable;
    this.syncs = syncs;
  }

  /** Stores {@code in} as file number {@code seq}; empty or oversized files are turned away. */
  StagedFile stage(int seq, String displayName, InputStream in) throws IOException {
    byte[] chunk = new byte[CHUNK];
    int first = in.readNBytes(chunk, 0, CHUNK);
    if (first == 0) {
      return empty(displayName);
    }
    String storedName = storedName(seq, displayName);
    Path target = filesDir.resolve(storedName);
    Read read;
    try (FileChannel out =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      read = read(chunk, first, in, out);
    }
    return kept(displayName, storedName, target, read);
  }

  /**
   * Stores the file at {@code source} (a file of a folder being taken in) as file number {@code
   * seq}: as a hard link where the file system allows one (the data dir on the same file system, a
   * user allowed to link the file), so a folder of any size is taken in without a second copy on
   * disk; else as a copy. A link keeps its content when the original is deleted, renamed or
   * replaced (as most editors save); a file rewritten in place while its job runs is read as it
   * then is.
   */
  StagedFile link(int seq, String displayName, Path source) throws IOException {
    String storedName = storedName(seq, displayName);
    Path target = filesDir.resolve(storedName);
    try {
      Files.createLink(target, source);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      try (InputStream in = Files.newInputStream(source)) {
        return stage(seq, displayName, in); // another file system, or linking not allowed
      }
    }
    Read read;
    try (InputStream in = Files.newInputStream(target)) {
      byte[] chunk = new byte[CHUNK];
      int first = in.readNBytes(chunk, 0, CHUNK);
      if (first == 0) {
        Files.delete(target);
        return empty(displayName);
      }
      read = read(chunk, first, in, null);
    }
    return kept(displayName, storedName, target, read);
  }

  /** What was read of a file: its size (past the limit: stopped there) and SHA-256. */
  private record Read(long bytes, String sha256) {}

  /**
   * Reads {@code in} from its {@code first} bytes already in {@code chunk}, writing to {@code out}
   * if any.
   */
  private Read read(byte[] chunk, int first, InputStream in, FileChannel out) throws IOException {
    MessageDigest sha = sha256();
    long bytes = 0;
    for (int n = first; n > 0; n = in.read(chunk)) {
      bytes += n;
      if (bytes > maxFileBytes) {
        break;
      }
      sha.update(chunk, 0, n);
      ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
      while (out != null && buffer.hasRemaining()) {
        out.write(buffer);
      }
    }
    return new Read(bytes, HexFormat.of().formatHex(sha.digest()));
  }

  /** The stored file's row, or an oversized one removed and turned away. */
  private StagedFile kept(String displayName, String storedName, Path target, Read read)
      throws IOException {
    if (read.bytes() > maxFileBytes) {
      Files.delete(target);
      return StagedFile.rejected(
          displayName,
          read.bytes(),
          IngestError.of(
              ErrorCode.TOO_LARGE, "The file is larger than " + maxFileBytes + " bytes"));
    }
    if (durable) {
      syncs.force(target);
    }
    return StagedFile.stored(displayName, storedName, read.bytes(), read.sha256());
  }

  private static StagedFile empty(String displayName) {
    return StagedFile.rejected(
        displayName, 0, IngestError.of(ErrorCode.EMPTY_FILE, "The file is empty"));
  }

  /** Files are named by their sequence number, keeping only the extension of the name sent. */
  private static String storedName(int seq, String displayName) {
    return "%06d".formatted(seq)
        + EntryName.extension(displayName).map(ext -> "." + ext).orElse("");
  }

  /** Forces the folder's own entries (the new file names) to disk. */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
