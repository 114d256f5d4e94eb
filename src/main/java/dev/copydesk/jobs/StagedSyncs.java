package dev.copydesk.jobs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forces a submission's staged files to disk on a few threads while its intake goes on; the job is
 * committed only once {@link #awaitAll} has seen every force through. One force after another kept
 * a 10,000-file intake waiting on the disk for about 4 of its 9 s. Linux writes out a file's data
 * whichever descriptor asks, so each file is reopened for its force and none stays open meanwhile;
 * reopened for reading, since a file linked from a folder may be read-only (fsync needs no more).
 */
final class StagedSyncs implements AutoCloseable {

  private static final int THREADS = 4;

  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          THREADS,
          task -> {
            Thread thread = new Thread(task, "copydesk-staged-sync");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Future<?>> forces = new ArrayList<>();

  /** Forces {@code file} to disk soon; call from the intake's thread only. */
  void force(Path file) {
    forces.add(
        pool.submit(
            () -> {
              try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
              }
              return null;
            }));
  }

  /** Waits until every file given so far is on disk; throws the first force that failed. */
  void awaitAll() throws IOException {
    try {
      for (Future<?> force : forces) {
        force.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while staged files were forced to disk");
    }
    forces.clear();
  }

  /** Stops the threads; forces still pending are dropped (a draft that was dropped). */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
