package dev.copydesk.extract;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * A folder for a child JVM's warm-up, deleted when the process exits however it exits (a child
   * killed mid-sample, as when the server stops while starting, left its copy in the temp dir);
   * empty when none can be made: the child then starts cold. Named after the child's pid, so whose
   * it is can be told.
   */
  static Optional<Path> folderUntilExit(Process process) {
    try {
      Path folder = Files.createTempDirectory("copydesk-warm-up-" + process.pid() + "-");
      process.onExit().thenRun(() -> deleteFolder(folder));
      return Optional.of(folder);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Deletes a flat folder, unless a warm child has already removed it; what cannot be deleted stays
   * (a temp dir the OS clears).
   */
  private static void deleteFolder(Path folder) {
    if (Files.notExists(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      System.err.println("copydesk: could not delete " + folder + ": " + e.getMessage());
    }
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
