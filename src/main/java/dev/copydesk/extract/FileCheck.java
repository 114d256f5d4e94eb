package dev.copydesk.extract;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checks before any parser sees a file: it exists, is a readable regular file, is not empty or
 * only whitespace, and is within the size limit. Reads the bytes once for the SHA-256.
 */
final class FileCheck {

  /** What the pre-checks learned about a file that passed them. */
  record Facts(long bytes, String sha256) {}

  private static final int BUFFER = 64 * 1024;

  private FileCheck() {}

  static Result<Facts> check(Path file, long maxFileBytes) {
    if (file == null || !Files.exists(file)) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file does not exist.");
    }
    if (Files.isDirectory(file)) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The path is a folder, not a file.");
    }
    if (!Files.isRegularFile(file)) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The path is not a regular file.");
    }
    if (!Files.isReadable(file)) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file cannot be read (no permission).");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        return Result.failed(ErrorCode.EMPTY_FILE, "The file has no content (0 bytes).");
      }
      if (size > maxFileBytes) {
        return Result.failed(
            ErrorCode.TOO_LARGE,
            "The file is "
                + Sizes.human(size)
                + "; the limit is "
                + Sizes.human(maxFileBytes)
                + ".");
      }
      return digest(file, size);
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read.");
    }
  }

  private static Result<Facts> digest(Path file, long size) throws IOException {
    MessageDigest sha256 = sha256();
    WhitespaceScan scan = new WhitespaceScan();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        sha256.update(buffer, 0, n);
        scan.accept(buffer, n);
      }
    }
    if (scan.onlyWhitespace()) {
      return Result.failed(ErrorCode.EMPTY_FILE, "The file contains only whitespace.");
    }
    return Result.ok(new Facts(size, HexFormat.of().formatHex(sha256.digest())));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether the bytes are whitespace only, after an optional byte-order mark. NUL bytes count as
   * whitespace so that a UTF-16 file of spaces is empty too.
   */
  private static final class WhitespaceScan {
    private static final byte[][] BOMS = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE}
    };
    private boolean first = true;
    private boolean blank = true;

    void accept(byte[] buffer, int length) {
      int start = first ? bomLength(buffer, length) : 0;
      first = false;
      for (int i = start; i < length && blank; i++) {
        blank = isBlank(buffer[i]);
      }
    }

    boolean onlyWhitespace() {
      return blank;
    }

    private static int bomLength(byte[] buffer, int length) {
      for (byte[] bom : BOMS) {
        if (length >= bom.length && startsWith(buffer, bom)) {
          return bom.length;
        }
      }
      return 0;
    }

    private static boolean startsWith(byte[] buffer, byte[] prefix) {
      for (int i = 0; i < prefix.length; i++) {
        if (buffer[i] != prefix[i]) {
          return false;
        }
      }
      return true;
    }

    private static boolean isBlank(byte b) {
      return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0B || b == 0x0C || b == 0;
    }
  }
}
