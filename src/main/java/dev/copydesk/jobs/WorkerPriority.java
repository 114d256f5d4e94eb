package dev.copydesk.jobs;

import dev.copydesk.config.JobSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers a job worker's thread {@value JobSettings#BACKGROUND_NICE} nice steps below where it was,
 * so that an upload during an import gets the CPU first. Java cannot set a thread's nice value; on
 * Linux each thread has its own, which {@code renice} sets given the thread's id ({@code
 * /proc/thread-self}). Where either is missing (not Linux), the worker runs at the normal priority.
 */
final class WorkerPriority {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerPriority.class);

  private static final int LOWEST = 19;
  private static final Path RENICE = Path.of("/usr/bin/renice");
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private WorkerPriority() {}

  /**
   * Lowers the calling thread's priority (the threads it starts later inherit it).
   *
   * @return whether it was lowered
   */
  static boolean lowerThisThread() {
    if (!Files.isExecutable(RENICE) || !Files.isSymbolicLink(THREAD_SELF)) {
      return false;
    }
    try {
      // "PID/task/TID"
      String thread = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      int lowered = Math.min(LOWEST, niceOf(THREAD_SELF) + JobSettings.BACKGROUND_NICE);
      Process renice =
          new ProcessBuilder(RENICE.toString(), "-n", Integer.toString(lowered), "-p", thread)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return false;
      }
      return renice.exitValue() == 0;
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not lower the priority of {}: {}", Thread.currentThread().getName(), e);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The nice value of a thread ({@code /proc/PID/task/TID}): field 19 of its {@code stat}. */
  private static int niceOf(Path thread) throws IOException {
    String stat = Files.readString(thread.resolve("stat"));
    // the fields after the command name, which is in parentheses, start at field 3
    return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
  }
}
