package dev.copydesk.extract;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one small article of each main format before a parser JVM says it is ready. A fresh JVM
 * spends 1–3 s on its first file of a format (Tika loads and links its parser, the code runs
 * interpreted); without this, that cost fell on the first editor to upload after a restart, and
 * again after every worker a hostile file had killed.
 */
final class WarmUp {

  /** Our own seeds, bundled in the jar from {@code seeds/} by the build (see pom.xml). */
  static final List<String> SAMPLES =
      List.of(
          "library-fire.docx",
          "library-fire.pdf",
          "school-board.odt",
          "school-board.html",
          "water-main.rtf",
          "hospital-merger.doc");

  private static final String FOLDER = "warm-up/";

  private WarmUp() {}

  /**
   * Extracts every sample once, each from a copy in {@code folder} deleted after it; returns each
   * one's outcome (a failure never stops the rest).
   */
  static Map<String, Result<Extracted>> run(Extractor extractor, Path folder) {
    Map<String, Result<Extracted>> outcomes = new LinkedHashMap<>();
    for (String sample : SAMPLES) {
      Path copy = null;
      try (InputStream in = WarmUp.class.getResourceAsStream(FOLDER + sample)) {
        if (in == null) {
          throw new IOException("missing from the jar: " + FOLDER + sample);
        }
        copy = folder.resolve(sample);
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        outcomes.put(sample, extractor.extract(copy, sample));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        deleteQuietly(copy);
      }
    }
    return outcomes;
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
