package dev.copydesk.publish;

import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded store: {@code <dataDir>/entries.ndjson}, one entry JSON per line, upserted by id. A
 * revision delivered under {@code delivery.revisions = update} takes the earlier entry's line (same
 * place in the file), so the store holds the latest version of the article once.
 *
 * <p>A new entry is appended and forced to disk: one write, however large the store (a bulk import
 * of thousands of files is linear, not quadratic); entries delivered together ({@link #deliverAll})
 * are forced together, once. An entry delivered again exactly as stored is not written at all; one
 * delivered again changed but no longer is written over its old line, padded with spaces, through a
 * {@link RedoWrite} (a crash mid-write is repaired by the next writer). Any other replacement
 * copies the file with the line replaced into a temporary sibling that is moved over the old file
 * atomically, leaving room after every line for it to grow in place later ({@link RoomyRewrite}).
 * Held in memory: each id and where its line sits. A line torn by a crash mid-append (never
 * reported delivered) is cut off before the next write. A reader that does not take the lock may
 * see the last line half-appended, or a line half-overwritten while a write is under way.
 *
 * <p>Writers in one JVM queue on a lock per path; writers in other processes on a {@link FileLock}.
 * A write by anyone else changes the file's size, time or inode, and the lines are indexed again.
 */
public final class FileTarget implements BatchTarget {

  public static final String FILE_NAME = "entries.ndjson";

  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final Object lock;
  private final RedoWrite inPlace;
  private Map<String, Line> lines = new HashMap<>();
  private Stamp seen = Stamp.NONE;
  private boolean appendsToForce;

  public FileTarget(Path dataDir) {
    this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    this.lockFile = file.resolveSibling(FILE_NAME + ".lock");
    this.lock = LOCKS.computeIfAbsent(file, p -> new Object());
    this.inPlace = new RedoWrite(file);
  }

  @Override
  public String name() {
    return "file";
  }

  public Path file() {
    return file;
  }

  @Override
  public TargetReply deliver(StoredEntry entry, LastDelivery last) {
    return deliverAll(List.of(new Delivery(entry, last))).get(0);
  }

  /**
   * Writes every entry under one lock and forces the file to disk once, after the last append; a
   * failure on any entry answers retry for all of them (delivering one again is an upsert that
   * writes nothing when its line is already there).
   */
  @Override
  public List<TargetReply> deliverAll(List<Delivery> deliveries) {
    try {
      synchronized (lock) {
        if (!Files.isDirectory(file.getParent())) {
          // createDirectories alone costs an exception per call once the folder exists
          Files.createDirectories(file.getParent());
        }
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = channel.lock()) {
          if (inPlace.replay()) {
            seen = Stamp.NONE; // a crash interrupted a write: look at the file afresh
          }
          refreshIfChanged();
          for (Delivery delivery : deliveries) {
            StoredEntry entry = delivery.entry();
            upsert(entry.id(), entry.json(), delivery.last().replaces());
          }
          forceAppends();
          seen = Stamp.of(file);
        }
      }
      return deliveries.stream().map(this::delivered).toList();
    } catch (IOException e) {
      TargetReply retry =
          TargetReply.Retryable.of("cannot write " + FILE_NAME + ": " + e.getMessage());
      return Collections.nCopies(deliveries.size(), retry);
    }
  }

  private TargetReply delivered(Delivery delivery) {
    String id = delivery.entry().id();
    return new TargetReply.Delivered(id, file.toUri() + "#" + id);
  }

  /**
   * Replaces the id's own line; else a revision takes over {@code replaces}'s line; else appends
   * (forced to disk later, by {@link #forceAppends}).
   */
  private void upsert(String id, String line, String replaces) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    if (lines.containsKey(id)) {
      replace(id, bytes);
    } else if (replaces != null && lines.containsKey(replaces)) {
      rewrite(replaces, id, bytes);
    } else {
      append(id, bytes);
    }
  }

  /**
   * Replaces the id's line in place when the new one is no longer, padded with spaces (JSON allows
   * them after the value), else by rewriting the file; nothing is written when the line already
   * holds exactly this. In place, the store is written as much as the line is, not the whole file
   * again: importing an archive again, with its file names or the normaliser changed, is linear in
   * the store's size, not quadratic. (A revision's line changes hands by a rewrite, which another
   * process notices by the file's new inode.)
   */
  private void replace(String id, byte[] bytes) throws IOException {
    Line line = lines.get(id);
    if (bytes.length > line.length()) {
      rewrite(id, id, bytes);
      return;
    }
    byte[] slot = StoreLines.padded(bytes, bytes.length - 1, line.length());
    if (!holds(line, slot)) {
      inPlace.write(line.offset(), slot);
    }
  }

  private void append(String id, byte[] bytes) throws IOException {
    try (FileChannel out =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      long offset = out.size();
      write(out, bytes);
      lines.put(id, new Line(offset, bytes.length));
      appendsToForce = true;
    }
  }

  /**
   * Forces appended lines to disk, those of an earlier call that failed before its force included:
   * an entry retried after such a failure finds its line already there and writes nothing, yet is
   * reported delivered only once the line is on disk.
   */
  private void forceAppends() throws IOException {
    if (appendsToForce) {
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
        out.force(false);
      }
      appendsToForce = false;
    }
  }

  /** Whether {@code line} already holds exactly {@code bytes} (the same file imported again). */
  private boolean holds(Line line, byte[] bytes) throws IOException {
    if (line.length() != bytes.length) {
      return false;
    }
    ByteBuffer stored = ByteBuffer.allocate(line.length());
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      while (stored.hasRemaining() && in.read(stored, line.offset() + stored.position()) > 0) {
        // a file channel reads all of it at once in practice
      }
    }
    return !stored.hasRemaining() && Arrays.equals(stored.array(), bytes);
  }

  /**
   * Copies the file with the line of {@code oldId} replaced by {@code bytes}, now {@code id}'s, and
   * room after every line ({@link RoomyRewrite}); the copy is moved over the old file atomically.
   */
  private void rewrite(String oldId, String id, byte[] bytes) throws IOException {
    RoomyRewrite rewrite = new RoomyRewrite(lines, lines.get(oldId).offset(), id, bytes);
    Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
    try {
      Map<String, Line> moved;
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        moved = rewrite.copy(file, Channels.newOutputStream(out));
        out.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      lines = moved;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void write(FileChannel out, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  /** Another process (or another target instance) may have written since we last looked. */
  private void refreshIfChanged() throws IOException {
    Stamp now = Stamp.of(file);
    if (now.equals(seen)) {
      return;
    }
    cutTornTail();
    lines = Files.exists(file) ? indexLines(file) : new HashMap<>();
    seen = Stamp.of(file);
  }

  /** Each id in the store and where its line sits, found by scanning the bytes for newlines. */
  private static Map<String, Line> indexLines(Path file) throws IOException {
    Map<String, Line> index = new HashMap<>();
    StoreLines.forEach(
        file,
        (offset, line) -> {
          String id = EntryJson.idOf(new String(line, 0, line.length - 1, StandardCharsets.UTF_8));
          if (id != null) {
            index.put(id, new Line(offset, line.length));
          }
        });
    return index;
  }

  /** An append cut short by a crash leaves a last line without its newline: drop it. */
  private void cutTornTail() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long end = channel.size();
      long keep = end;
      ByteBuffer chunk = ByteBuffer.allocate(8192);
      scan:
      while (keep > 0) {
        long from = Math.max(0, keep - chunk.capacity());
        chunk.clear().limit((int) (keep - from));
        while (chunk.hasRemaining() && channel.read(chunk, from + chunk.position()) > 0) {
          // a file channel reads all of it at once in practice
        }
        for (int i = chunk.position() - 1; i >= 0; i--, keep--) {
          if (chunk.get(i) == '\n') {
            break scan;
          }
        }
      }
      if (keep < end) {
        channel.truncate(keep);
        channel.force(true);
      }
    }
  }

  /** Where one entry's line sits in the file: its first byte and its length with the newline. */
  record Line(long offset, int length) {}

  /** Enough to notice a write by someone else: appends change the size, a rewrite the inode key. */
  private record Stamp(Object key, FileTime modified, long size) {
    static final Stamp NONE = new Stamp(null, null, -1);

    static Stamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
      } catch (IOException e) {
        return NONE;
      }
    }
  }
}
