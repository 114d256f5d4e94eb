package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import java.io.PrintWriter;
import java.nio.file.Files;

/**
 * For the commands that read what earlier runs left (dead letters, conflicts): run where copydesk
 * never ran, they say so and stop, instead of creating an empty data dir and reporting nothing.
 */
final class NoDataDir {

  private NoDataDir() {}

  /** True, after saying so on {@code err}, when the configured data dir does not exist. */
  static boolean told(CopydeskConfig config, PrintWriter err) {
    if (Files.isDirectory(config.dataPath())) {
      return false;
    }
    err.println(
        "copydesk: no data dir at "
            + config.dataPath().toAbsolutePath()
            + ": nothing was ingested or served from here. Run the command where copydesk ran,"
            + " or point at its data dir ("
            + CopydeskConfig.DATA_DIR_SETTINGS
            + ").");
    err.flush();
    return true;
  }
}
