package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process's claim on a job's folder: an OS lock on {@code <job>/claim.lock}, which the kernel
 * drops the moment the process dies (even on {@code kill -9}). Only the holder stages into, runs or
 * removes the folder, so a server and a {@code copydesk ingest} on the same data dir never run, nor
 * tidy away, each other's jobs; a job whose process died is resumed by the next one to start.
 *
 * <p>Claims held in this JVM are also kept in {@link #HELD}: closing any channel on a locked file
 * drops every lock this process has on it, so a second attempt on a claimed folder must not even
 * open the file.
 */
final class JobClaim implements AutoCloseable {

  static final String FILE = "claim.lock";

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private JobClaim(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Claims the folder (creating it if needed); empty when another process or another job runner in
   * this JVM holds it.
   */
  static Optional<JobClaim> tryTake(Path jobDir) throws IOException {
    Files.createDirectories(jobDir);
    Path file = jobDir.resolve(FILE).toAbsolutePath();
    if (!HELD.add(file)) {
      return Optional.empty();
    }
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (locked(channel)) {
        return Optional.of(new JobClaim(file, channel));
      }
      channel.close();
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
    HELD.remove(file);
    return Optional.empty();
  }

  private static boolean locked(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      return false; // locked in this JVM through a channel that is not a claim
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Gives the folder up; the lock file goes with the folder, not here. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // the kernel drops the lock with the channel anyway
    } finally {
      HELD.remove(file);
    }
  }
}
