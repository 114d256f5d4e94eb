package dev.copydesk.web;

import dev.copydesk.jobs.Ingestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The checks behind {@code GET /health}: the file system here, the parser and target from jobs. */
final class Readiness {

  private static final byte[] PROBE_BYTES = new byte[64 * 1024];

  private Readiness() {}

  /**
   * What a running copydesk reports: {@code store} (the data directory), {@code uploads} (where
   * request bodies are streamed), {@code parser} (forked parsers warm) and {@code target} (the CMS
   * is not being held off by an open circuit).
   */
  static Map<String, BooleanSupplier> standard(Path dataDir, Path uploads, Ingestion ingestion) {
    return Map.of(
        "store", writableDirectory(dataDir),
        "uploads", writableDirectory(uploads),
        "parser", part(ingestion, "parser"),
        "target", part(ingestion, "target"));
  }

  /** One part of {@link Ingestion#readiness()}; a part it does not report is down. */
  static BooleanSupplier part(Ingestion ingestion, String name) {
    return () -> Boolean.TRUE.equals(ingestion.readiness().get(name));
  }

  /**
   * Up when {@code dir} exists (or can be made) and a small file can be written in it: an empty one
   * can still be created on a full disk, which could then take no upload.
   */
  static BooleanSupplier writableDirectory(Path dir) {
    return () -> {
      try {
        Files.createDirectories(dir);
        Path probe = Files.createTempFile(dir, ".health-", ".tmp");
        try {
          Files.write(probe, PROBE_BYTES);
        } finally {
          Files.delete(probe);
        }
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    };
  }
}
