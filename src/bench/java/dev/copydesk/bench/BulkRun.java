package dev.copydesk.bench;

import java.util.Locale;
import java.util.Map;

/**
 * What one subject of the bulk benchmark did: files sent, seconds from the first byte sent to the
 * last file's outcome, files that failed (by code), flags raised, and the server's memory.
 */
record BulkRun(
    String subject,
    int files,
    double seconds,
    int failed,
    Map<String, Integer> failures,
    Map<String, Integer> flags,
    String memory,
    double cpuSeconds,
    boolean outOfMemory,
    String note) {

  double filesPerSecond() {
    return files / seconds;
  }

  String line(BulkRun baseline) {
    return String.format(
        Locale.ROOT,
        "  %-58s %6d files %8.1f s %7.2f files/s  ratio %.2fx  CPU %5.1f ms/file (%.1fx)"
            + "  failed %d%n",
        subject,
        files,
        seconds,
        filesPerSecond(),
        filesPerSecond() / baseline.filesPerSecond(),
        cpuMsPerFile(),
        cpuMsPerFile() / baseline.cpuMsPerFile(),
        failed);
  }

  /** CPU time of the server process tree per file: immune to how busy the machine was. */
  double cpuMsPerFile() {
    return cpuSeconds * 1000 / files;
  }

  String details() {
    return String.format(
        Locale.ROOT,
        "  %s:%n    memory: %s%n    OutOfMemoryError: %s%n    failures by code: %s%n"
            + "    flags raised: %s%n%s",
        subject,
        memory,
        outOfMemory ? "YES" : "none",
        failures.isEmpty() ? "none" : failures,
        flags.isEmpty() ? "none" : flags,
        note.isEmpty() ? "" : "    " + note + "\n");
  }
}
