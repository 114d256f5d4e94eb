package dev.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** CPU time of processes from {@code /proc} (Linux; 100 clock ticks per second). */
final class ProcessCpu {

  static final double TICKS_PER_SECOND = 100.0;

  private ProcessCpu() {}

  /**
   * utime + stime from {@code /proc/PID/stat} (fields 14 and 15, after the command name); empty
   * when the process ended between listing and reading.
   */
  static OptionalLong ticks(ProcessHandle process) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** CPU seconds used so far by a process and its living descendants. */
  static double treeSeconds(ProcessHandle root) {
    return Stream.concat(Stream.of(root), root.descendants())
            .mapToLong(p -> ticks(p).orElse(0))
            .sum()
        / TICKS_PER_SECOND;
  }
}
