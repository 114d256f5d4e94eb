package dev.copydesk.extract;

import dev.copydesk.model.Result;
import java.nio.file.Path;

/**
 * The parse itself, after the pre-checks and the type check passed. In-process today ({@link
 * InProcessParse}); a forked mode (child JVMs with a timeout and a memory cap) implements the same
 * step and returns its own failure codes (timeout, crash) as values.
 */
interface ParseStep {

  /**
   * @param file the checked file
   * @param format how to read it, from the allow-list
   * @param mediaType the type detected from the bytes, passed to Tika so it does not re-guess
   */
  Result<Parsed> parse(Path file, Format format, String mediaType);
}
