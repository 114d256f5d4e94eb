package dev.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average, printed next to every figure: on a shared machine it explains them.
 */
final class LoadAverage {

  private LoadAverage() {}

  static String now() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0]
          + " "
          + fields[1]
          + " "
          + fields[2]
          + " ("
          + Runtime.getRuntime().availableProcessors()
          + " cores)";
    } catch (IOException e) {
      return "unknown";
    }
  }
}
