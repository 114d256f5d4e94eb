package dev.copydesk.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk import work runs at a lower operating-system priority than the upload button's: the job
 * workers' threads and the parser children kept for jobs get a Linux nice value {@value #NICE}
 * above the server's own. With two cores shared by an import and an editor's upload, the scheduler
 * then gives the upload's threads and child most of a core (a nice-10 thread weighs about a tenth
 * of a nice-0 one), and the import all the CPU the uploads leave; an import with nothing else
 * running is as fast as before. Raising a nice value needs no privilege. Where there is no {@code
 * nice}/{@code renice} or no {@code /proc/thread-self} (not Linux), work runs at the normal
 * priority.
 */
public final class BackgroundPriority {

  /** How much nicer than the server bulk import work is (0 is normal, 19 the lowest). */
  static final int NICE = 10;

  private static final int LOWEST = 19;

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);

  private static final Path NICE_COMMAND = Path.of("/usr/bin/nice");
  private static final Path RENICE_COMMAND = Path.of("/usr/bin/renice");
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private BackgroundPriority() {}

  /** The nice value of a process or thread ({@code /proc/PID} or {@code /proc/PID/task/TID}). */
  static int niceOf(Path proc) throws IOException {
    String stat = Files.readString(proc.resolve("stat"));
    // after the command name in parentheses: state, then field 19 of the line is the nice value
    return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
  }

  /** {@code command} run at the background priority, when this system can. */
  static List<String> command(List<String> command) {
    if (!Files.isExecutable(NICE_COMMAND)) {
      return command;
    }
    List<String> niced = new ArrayList<>(List.of(NICE_COMMAND.toString(), "-n", "" + NICE));
    niced.addAll(command);
    return niced;
  }

  /**
   * Lowers the calling thread to the background priority, when this system can (a thread's nice
   * value is its own on Linux; the threads it starts inherit it).
   *
   * @return whether the priority was lowered
   */
  public static boolean lowerThisThread() {
    if (!Files.isExecutable(RENICE_COMMAND) || !Files.isSymbolicLink(THREAD_SELF)) {
      return false;
    }
    try {
      // "PID/task/TID"
      String thread = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      int lowered = Math.min(LOWEST, niceOf(THREAD_SELF) + NICE);
      Process renice =
          new ProcessBuilder(RENICE_COMMAND.toString(), "-n", "" + lowered, "-p", thread)
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
}
