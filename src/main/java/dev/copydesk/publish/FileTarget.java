package dev.copydesk.publish;

import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded store: {@code <dataDir>/entries.ndjson}, one entry JSON per line, upserted by id.
 * A revision delivered under {@code delivery.revisions = update} takes the earlier entry's line
 * (same place in the file), so the store holds the latest version of the article once.
 *
 * <p>A new entry is appended and forced to disk: one write, however large the store (a bulk import
 * of thousands of files is linear, not quadratic). Replacing a line streams the file into a
 * temporary sibling that is moved over the old one atomically, so a reader (or a crash) sees the
 * old or the new file, never half of it. Only the ids are held in memory. A line torn by a crash
 * mid-append (never reported delivered) is cut off before the next write.
 *
 * <p>Writers in one JVM queue on a lock per path; writers in other processes on a {@link
 * FileLock}. A write by anyone else changes the file's size, time or inode, and the ids are
 * read again.
 */
public final class FileTarget implements Target {

  public static final String FILE_NAME = "entries.ndjson";

  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final Object lock;
  private Set<String> ids = new HashSet<>();
  private Stamp seen = Stamp.NONE;

  public FileTarget(Path dataDir) {
    this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    this.lockFile = file.resolveSibling(FILE_NAME + ".lock");
    this.lock = LOCKS.computeIfAbsent(file, p -> new Object());
  }

  @Override
  public String name() {
    return "file";
  }

  public Path file() {
    return file;
  }

  @Override
  public TargetReply deliver(Entry entry) {
    return deliver(entry, LastDelivery.NONE);
  }

  @Override
  public TargetReply deliver(Entry entry, LastDelivery last) {
    String line = EntryJson.write(entry);
    try {
      synchronized (lock) {
        Files.createDirectories(file.getParent());
        try (FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = channel.lock()) {
          refreshIfChanged();
          upsert(entry.id(), line, last.replaces());
          seen = Stamp.of(file);
        }
      }
      return new TargetReply.Delivered(entry.id(), file.toUri() + "#" + entry.id());
    } catch (IOException e) {
      return TargetReply.Retryable.of("cannot write " + FILE_NAME + ": " + e.getMessage());
    }
  }

  /** Replaces the id's own line; else a revision takes over {@code replaces}'s line; else appends. */
  private void upsert(String id, String line, String replaces) throws IOException {
    if (ids.contains(id)) {
      rewrite(id, line);
    } else if (replaces != null && ids.contains(replaces)) {
      rewrite(replaces, line);
      ids.remove(replaces);
      ids.add(id);
    } else {
      append(line);
      ids.add(id);
    }
  }

  private void append(String line) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    try (FileChannel out =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(false);
    }
  }

  /** Copies the file with the line of {@code oldId} replaced by {@code line}. */
  private void rewrite(String oldId, String line) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      OutputStream stream = Channels.newOutputStream(channel);
      BufferedWriter out =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        out.write(oldId.equals(EntryJson.idOf(text)) ? line : text);
        out.write('\n');
      }
      out.flush();
      channel.force(true);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Another process (or another target instance) may have written since we last looked. */
  private void refreshIfChanged() throws IOException {
    Stamp now = Stamp.of(file);
    if (now.equals(seen)) {
      return;
    }
    cutTornTail();
    Set<String> fresh = new HashSet<>();
    if (Files.exists(file)) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          String id = EntryJson.idOf(text);
          if (id != null) {
            fresh.add(id);
          }
        }
      }
    }
    ids = fresh;
    seen = Stamp.of(file);
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
