package dev.copydesk.normalize;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link Extracted} the way the extractor does for plain text: one paragraph block per
 * blank-line-separated chunk, single newlines kept as {@code \n}, no properties.
 */
final class PlainText {

  /** The shared samples, next to the project (../shared/samples); never copied into it. */
  static final Path SAMPLES = Path.of("..", "shared", "samples");

  private PlainText() {}

  static Extracted sample(String fileName) {
    Path file = SAMPLES.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("sample missing: " + file.toAbsolutePath());
    }
    try {
      return extracted(fileName, Files.readAllBytes(file), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Extracted of(String text) {
    return extracted("test.txt", text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Extracted extracted(String name, byte[] bytes, Map<String, List<String>> properties) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<RawBlock> blocks = new ArrayList<>();
    for (String chunk : text.split("\\r?\\n\\s*\\r?\\n")) {
      if (!chunk.isBlank()) {
        blocks.add(RawBlock.of(BlockKind.PARAGRAPH, chunk.strip()));
      }
    }
    Source source = new Source(name, "text/plain", bytes.length, sha256(bytes));
    return new Extracted(source, blocks, properties);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
