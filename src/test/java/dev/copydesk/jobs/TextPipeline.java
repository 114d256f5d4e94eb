package dev.copydesk.jobs;

import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.extract.Extractor;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import dev.copydesk.model.Source;
import dev.copydesk.pipeline.Pipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A plain-text pipeline for exercising job mechanics quickly and deterministically: UTF-8 text only
 * (anything else is {@code CORRUPT_FILE}), paragraphs split on blank lines, the first line as
 * title, {@code MISSING_AUTHOR} unless a line starts with "By ". End-to-end tests use the real one.
 */
public final class TextPipeline {

  private static final DuplicateIndex NO_INDEX =
      new DuplicateIndex() {
        @Override
        public List<Flag> matches(Entry entry) {
          return List.of();
        }

        @Override
        public void add(Entry entry) {}
      };

  private TextPipeline() {}

  public static Pipeline create() {
    return new Pipeline(
        TextPipeline::extract, TextPipeline::normalize, UnaryOperator.identity(), NO_INDEX);
  }

  /** The same with its extractor wrapped, e.g. to fail on cue. */
  public static Pipeline wrapping(UnaryOperator<Extractor> wrap) {
    return new Pipeline(
        wrap.apply(TextPipeline::extract),
        TextPipeline::normalize,
        UnaryOperator.identity(),
        NO_INDEX);
  }

  /**
   * The same with a real duplicate {@code index}, and files named {@code slow*} taking {@code
   * slowness} to extract (so a later file is prepared first).
   */
  public static Pipeline withIndex(DuplicateIndex index, Duration slowness) {
    return new Pipeline(
        (file, fileName) -> {
          if (fileName.startsWith("slow")) {
            try {
              Thread.sleep(slowness.toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return extract(file, fileName);
        },
        TextPipeline::normalize,
        UnaryOperator.identity(),
        index);
  }

  private static Result<Extracted> extract(Path file, String fileName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return Result.failed(ErrorCode.CORRUPT_FILE, "Not UTF-8 text");
    }
    List<RawBlock> blocks = new ArrayList<>();
    for (String paragraph : text.split("\n\\s*\n")) {
      if (!paragraph.isBlank()) {
        blocks.add(RawBlock.of(BlockKind.PARAGRAPH, paragraph.strip()));
      }
    }
    Source source = new Source(fileName, "text/plain", bytes.length, sha256(bytes));
    return Result.ok(new Extracted(source, blocks, Map.of()));
  }

  private static Result<Entry> normalize(Extracted extracted) {
    if (extracted.blocks().isEmpty()) {
      return Result.failed(ErrorCode.NO_TEXT, "No text");
    }
    List<Block> body = new ArrayList<>();
    int words = 0;
    boolean byline = false;
    for (RawBlock raw : extracted.blocks().subList(1, extracted.blocks().size())) {
      byline |= raw.text().startsWith("By ");
      words += raw.text().split("\\s+").length;
      body.add(new Block(body.size(), raw.kind(), raw.text(), null));
    }
    List<Flag> flags = byline ? List.of() : List.of(Flag.of(FlagCode.MISSING_AUTHOR, "No byline"));
    Source source = extracted.source();
    return Result.ok(
        new Entry(
            Entry.SCHEMA_VERSION,
            source.sha256().substring(0, 32),
            source,
            extracted.blocks().get(0).text(),
            null,
            List.of(),
            null,
            "en",
            words,
            body,
            List.of(),
            flags,
            Map.of()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
