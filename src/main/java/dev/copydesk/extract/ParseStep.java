package dev.copydesk.extract;

import dev.copydesk.model.Result;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;

/**
 * The parse itself, after the pre-checks and the type check passed. In-process today ({@link
 * InProcessParse}); a forked mode (child JVMs with a timeout and a memory cap) implements the same
 * step and returns its own failure codes (timeout, crash) as values.
 */
interface ParseStep {

  /**
   * The checked file, and the stream type detection read (at its start again, with any container
   * detection opened kept open on it for Tika's parser to reuse). The caller closes the stream.
   */
  record Input(Path file, TikaInputStream detected) {}

  /**
   * @param input the checked file and its detection stream
   * @param format how to read it, from the allow-list
   * @param mediaType the type detected from the bytes, passed to Tika so it does not re-guess
   */
  Result<Parsed> parse(Input input, Format format, String mediaType);
}
