package dev.copydesk.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.Limits;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The line protocol between {@link ForkedExtractor} and {@link ParserChild}: one JSON object per
 * line. The parent sends a {@link Hello} once, the child answers {@link #READY} when its parser is
 * loaded, then each {@link Request} gets exactly one {@link Reply}.
 */
final class ChildProtocol {

  static final String READY = "ready";

  /**
   * Whether a line the child printed is this protocol's ({@link #READY} or a JSON object): the JVM
   * itself may print to the child's stdout (an agent, {@code -Xlog} or flight-recorder start-up
   * lines from {@code JAVA_TOOL_OPTIONS}), which the child's {@code System.setOut} cannot catch.
   */
  static boolean isMessage(String line) {
    return READY.equals(line) || line.startsWith("{");
  }

  /**
   * Which extractor the child runs (a class with a public {@code (Limits)} constructor), and the
   * folder in which it parses the {@link WarmUp} samples before saying {@link #READY} (null: no
   * warm-up). The folder is the parent's: it deletes it when the child exits, however it exits.
   */
  record Hello(String extractorClass, Limits limits, String warmUpFolder) {

    Hello warmingUpIn(Path folder) {
      return new Hello(extractorClass, limits, folder.toString());
    }
  }

  record Request(String file, String fileName) {}

  /** Exactly one of the two is set. */
  record Reply(Extracted extracted, IngestError error) {
    static Reply of(Result<Extracted> result) {
      if (result instanceof Result.Ok<Extracted> ok) {
        return new Reply(ok.value(), null);
      }
      return new Reply(null, ((Result.Failed<Extracted>) result).error());
    }

    Result<Extracted> toResult() {
      return extracted != null ? Result.ok(extracted) : new Result.Failed<>(error);
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ChildProtocol() {}

  /**
   * The next protocol line the child printed, or null at the end of its stdout; anything else it
   * printed (see {@link #isMessage}) goes to the server's stderr.
   */
  static String nextMessage(Process process, BufferedReader stdout) throws IOException {
    for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
      if (isMessage(line)) {
        return line;
      }
      System.err.println("copydesk parser " + process.pid() + " printed: " + line);
    }
    return null;
  }

  static String write(Object message) {
    try {
      return MAPPER.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("protocol records always serialise", e);
    }
  }

  static <T> T read(String line, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(line, type);
  }
}
