package dev.copydesk.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy of the file store with one line replaced and room left after every entry line: spaces
 * before its newline (JSON allows them after the value), {@link #room} of them. A rewrite reads and
 * writes the whole store anyway; the room it leaves lets the lines that later grow a little (an
 * archive imported again after a normaliser fix, under longer file names) be written in their place
 * instead of each costing another rewrite of the whole store.
 */
final class RoomyRewrite {

  static final int MIN_ROOM = 64;

  private final Map<Long, String> idAt = new HashMap<>();
  private final Map<String, FileTarget.Line> moved = new HashMap<>();
  private final long replacedAt;
  private final String id;
  private final byte[] line;
  private long written;

  /**
   * @param lines where each id's line sits now
   * @param replacedAt where the line to replace sits; {@code id} and {@code line} (ending in a
   *     newline) take its place
   */
  RoomyRewrite(Map<String, FileTarget.Line> lines, long replacedAt, String id, byte[] line) {
    lines.forEach((key, at) -> idAt.put(at.offset(), key));
    this.replacedAt = replacedAt;
    this.id = id;
    this.line = line;
  }

  /** Spaces left after an entry of {@code length} bytes. */
  static int room(int length) {
    return Math.max(MIN_ROOM, length / 16);
  }

  /**
   * Copies {@code source} to {@code target} (flushed, not closed); returns where each id's line
   * sits in the copy.
   */
  Map<String, FileTarget.Line> copy(Path source, OutputStream target) throws IOException {
    OutputStream out = new BufferedOutputStream(target, 1 << 16);
    if (StoreLines.forEach(source, (offset, old) -> writeLine(offset, old, out)) > 0) {
      throw new IOException(FileTarget.FILE_NAME + " changed while a line was replaced");
    }
    out.flush(); // the caller forces and closes the target
    return moved;
  }

  private void writeLine(long offset, byte[] old, OutputStream out) throws IOException {
    String key = offset == replacedAt ? id : idAt.get(offset);
    if (key == null) {
      out.write(old); // not an entry of ours: as it was
      written += old.length;
      return;
    }
    byte[] entry = offset == replacedAt ? line : old;
    int length = entry.length - 1;
    while (length > 0 && entry[length - 1] == ' ') {
      length--;
    }
    byte[] roomy = StoreLines.padded(entry, length, length + room(length) + 1);
    out.write(roomy);
    moved.put(key, new FileTarget.Line(written, roomy.length));
    written += roomy.length;
  }
}
