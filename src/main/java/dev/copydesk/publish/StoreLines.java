package dev.copydesk.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The file store's lines as bytes: read in order, and padded with spaces to a length. */
final class StoreLines {

  /** Receives each line, its newline included, and the offset of its first byte. */
  @FunctionalInterface
  interface Visitor {
    void line(long offset, byte[] line) throws IOException;
  }

  private StoreLines() {}

  /**
   * Hands every newline-ended line of {@code file} to {@code visitor}, in order; returns how many
   * bytes follow the last newline (a line torn by a crash mid-append, or being appended now).
   */
  static int forEach(Path file, Visitor visitor) throws IOException {
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      long offset = 0;
      for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
        int from = 0;
        for (int i = 0; i < read; i++) {
          if (chunk[i] == '\n') {
            pending.write(chunk, from, i + 1 - from);
            byte[] line = pending.toByteArray();
            pending.reset();
            visitor.line(offset, line);
            offset += line.length;
            from = i + 1;
          }
        }
        pending.write(chunk, from, read - from);
      }
    }
    return pending.size();
  }

  /**
   * The first {@code content} bytes of {@code line}, then spaces (JSON allows them after the value)
   * and a newline, {@code length} bytes in all.
   */
  static byte[] padded(byte[] line, int content, int length) {
    byte[] slot = Arrays.copyOf(line, length);
    Arrays.fill(slot, content, length - 1, (byte) ' ');
    slot[length - 1] = '\n';
    return slot;
  }
}
