package dev.copydesk.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One relay per data directory and target, across processes: an OS file lock, which the kernel
 * releases the moment its process dies (even on {@code kill -9}), so a restarted copydesk takes
 * over at once and no two relays ever deliver the same row.
 */
final class RelayLock implements AutoCloseable {

  private final Path file;
  private FileChannel channel;
  private FileLock lock;

  RelayLock(Path file) {
    this.file = file;
  }

  /** True when this relay holds the lock (now or already). */
  synchronized boolean tryAcquire() {
    if (lock != null) {
      return true;
    }
    try {
      if (channel == null) {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      }
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // another relay in this JVM holds it
    } catch (IOException e) {
      lock = null;
    }
    return lock != null;
  }

  @Override
  public synchronized void close() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // the kernel drops the lock with the channel anyway
    } finally {
      lock = null;
      channel = null;
    }
  }
}
