package dev.copydesk.publish;

import dev.copydesk.config.CopydeskConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The data directory copydesk keeps its state in: created when missing, or said why not. */
final class DataDir {

  private DataDir() {}

  /**
   * @throws UncheckedIOException naming the folder, the reason (e.g. "permission denied") and what
   *     to do
   */
  static void create(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data directory "
              + dir.toAbsolutePath()
              + " ("
              + reason(e)
              + "): create it, or use another one ("
              + CopydeskConfig.DATA_DIR_SETTINGS
              + ")",
          e);
    }
  }

  /** "permission denied" rather than the path again, all an {@code AccessDeniedException} says. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException failure && failure.getReason() != null
        ? failure.getReason()
        : e.getMessage();
  }
}
