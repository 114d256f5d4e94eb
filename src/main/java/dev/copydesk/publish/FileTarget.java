package dev.copydesk.publish;

import dev.copydesk.model.EntryJson;
import dev.copydesk.model.Entry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded store: {@code <dataDir>/entries.ndjson}, one entry JSON per line, upserted by id.
 * A revision delivered under {@code delivery.revisions = update} takes the earlier entry's line
 * (same place in the file), so the store holds the latest version of the article once.
 *
 * <p>Every write rewrites the file to a temporary sibling and moves it over the old one
 * atomically, so a reader (or a crash) sees either the old or the new file, never half a line.
 * Writers in one JVM queue on a lock per path; writers in other processes on a {@link FileLock}.
 */
public final class FileTarget implements Target {

  public static final String FILE_NAME = "entries.ndjson";

  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final Object lock;
  private Map<String, String> lines = new LinkedHashMap<>();
  private Stamp loaded = Stamp.NONE;

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
          reloadIfChanged();
          put(entry.id(), line, last.replaces());
          rewrite();
        }
      }
      return new TargetReply.Delivered(entry.id(), file.toUri() + "#" + entry.id());
    } catch (IOException e) {
      return TargetReply.Retryable.of("cannot write " + FILE_NAME + ": " + e.getMessage());
    }
  }

  /** Upserts by id; a revision taking over {@code replaces} goes where that entry's line was. */
  private void put(String id, String line, String replaces) {
    if (replaces == null || lines.containsKey(id) || !lines.containsKey(replaces)) {
      lines.put(id, line);
      return;
    }
    Map<String, String> next = new LinkedHashMap<>();
    lines.forEach((key, text) -> next.put(key.equals(replaces) ? id : key, key.equals(replaces) ? line : text));
    lines = next;
  }

  /** Another process (or another target instance) may have written since we last looked. */
  private void reloadIfChanged() throws IOException {
    Stamp now = Stamp.of(file);
    if (now.equals(loaded)) {
      return;
    }
    Map<String, String> fresh = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String id = EntryJson.idOf(text);
        if (id != null) {
          fresh.put(id, text);
        }
      }
    }
    lines = fresh;
    loaded = now;
  }

  private void rewrite() throws IOException {
    Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      StringBuilder text = new StringBuilder();
      lines.values().forEach(l -> text.append(l).append('\n'));
      ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(true);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    loaded = Stamp.of(file);
  }

  /** Enough to notice a rewrite by someone else: the move gives the file a new inode key. */
  private record Stamp(Object key, FileTime modified, long size) {
    static final Stamp NONE = new Stamp(null, null, -1);

    static Stamp of(Path file) {
      try {
        var attributes =
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
      } catch (IOException e) {
        return NONE;
      }
    }
  }
}
