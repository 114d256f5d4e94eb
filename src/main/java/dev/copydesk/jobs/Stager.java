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
 * Writes one incoming file into the job's {@code files/} folder and, when {@code durable}, has it
 * forced to disk ({@link StagedSyncs}; a dry run's files need not survive a power cut: it delivers
 * nothing and can simply run again). Files are named by their sequence number, never by the name
 * they came with, so no name (however hostile) can place a file anywhere else.
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
      return StagedFile.rejected(
          displayName, 0, IngestError.of(ErrorCode.EMPTY_FILE, "The file is empty"));
    }
    String storedName =
        "%06d".formatted(seq) + EntryName.extension(displayName).map(ext -> "." + ext).orElse("");
    Path target = filesDir.resolve(storedName);
    MessageDigest sha = sha256();
    long bytes = 0;
    try (FileChannel out =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int n = first; n > 0; n = in.read(chunk)) {
        bytes += n;
        if (bytes > maxFileBytes) {
          break;
        }
        sha.update(chunk, 0, n);
        ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
    }
    if (bytes > maxFileBytes) {
      Files.delete(target);
      return StagedFile.rejected(
          displayName,
          bytes,
          IngestError.of(
              ErrorCode.TOO_LARGE, "The file is larger than " + maxFileBytes + " bytes"));
    }
    if (durable) {
      syncs.force(target);
    }
    return StagedFile.stored(
        displayName, storedName, bytes, HexFormat.of().formatHex(sha.digest()));
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
