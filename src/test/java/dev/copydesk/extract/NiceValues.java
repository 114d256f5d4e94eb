package dev.copydesk.extract;

import dev.copydesk.config.JobSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux nice values as {@code /proc} shows them (field 19 of a {@code stat} file). */
public final class NiceValues {

  private NiceValues() {}

  /** The nice value of a process, or of a thread ({@code /proc/PID/task/TID}). */
  public static int of(Path procEntry) {
    try {
      String stat = Files.readString(procEntry.resolve("stat"));
      return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
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

  /** A priority lowered for bulk work: {@link JobSettings#BACKGROUND_NICE} steps, at most 19. */
  public static int lowered(int nice) {
    return Math.min(19, nice + JobSettings.BACKGROUND_NICE);
  }
}
