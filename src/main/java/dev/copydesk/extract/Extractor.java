package dev.copydesk.extract;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.nio.file.Path;

/**
 * Turns a file into structured blocks and properties. Never throws for bad input: every failure is
 * a {@link Result.Failed} with a stable code.
 */
public interface Extractor {

  /**
   * @param file the bytes to parse (a local temp or source file)
   * @param fileName the name the user gave the file; a hint only, the bytes decide the type
   */
  Result<Extracted> extract(Path file, String fileName);

  /**
   * The same for a bulk job's file, which may wait behind uploads for a parser (the forked pool
   * serves an upload first; a parser in this JVM has nothing to wait for).
   */
  default Result<Extracted> extractInBulk(Path file, String fileName) {
    return extract(file, fileName);
  }

  /**
   * Whether a file handed in now would be parsed rather than refused as not ready; never blocks. An
   * in-process parser always is.
   */
  default boolean ready() {
    return true;
  }
}
