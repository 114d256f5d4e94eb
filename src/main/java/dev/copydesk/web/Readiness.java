package dev.copydesk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Readiness checks that need only the file system; the pipeline side adds its own. */
final class Readiness {

  private Readiness() {}

  /** Up when {@code dir} exists (or can be made) and a file can be created in it. */
  static BooleanSupplier writableDirectory(Path dir) {
    return () -> {
      try {
        Files.createDirectories(dir);
        Path probe = Files.createTempFile(dir, ".health-", ".tmp");
        Files.delete(probe);
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    };
  }
}
