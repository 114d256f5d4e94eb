package dev.copydesk.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Linux nice values as {@code /proc} shows them. */
public final class NiceValues {

  private NiceValues() {}

  /** The nice value of a process, or of a thread ({@code /proc/PID/task/TID}). */
  public static int of(Path procEntry) {
    try {
      return BackgroundPriority.niceOf(procEntry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int ofProcess(long pid) {
    return of(Path.of("/proc", Long.toString(pid)));
  }

  public static int ofThisThread() {
    return of(Path.of("/proc/thread-self"));
  }

  /** What {@link BackgroundPriority} makes of a priority: {@code nice} steps lower, at most 19. */
  public static int lowered(int nice) {
    return Math.min(19, nice + BackgroundPriority.NICE);
  }
}
