package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import dev.copydesk.model.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The extractor: pre-checks (readable, not empty, within size), type detection on the bytes, the
 * allow-list, then the parse step. Every failure is a {@link Result.Failed} with a stable code.
 */
public final class TikaExtractor implements Extractor {

  private final Limits limits;
  private final TypeDetection detection = new TypeDetection();
  private final ParseStep parseStep;

  public TikaExtractor(Limits limits) {
    this(limits, new InProcessParse(limits));
  }

  TikaExtractor(Limits limits, ParseStep parseStep) {
    this.limits = limits;
    this.parseStep = parseStep;
  }

  @Override
  public Result<Extracted> extract(Path file, String fileName) {
    String given = fileName != null ? fileName : file == null ? null : String.valueOf(file.getFileName());
    Result<FileCheck.Facts> checked = FileCheck.check(file, limits.maxFileBytes());
    if (checked instanceof Result.Failed<FileCheck.Facts> failed) {
      return new Result.Failed<>(failed.error());
    }
    FileCheck.Facts facts = ((Result.Ok<FileCheck.Facts>) checked).value();
    String mediaType;
    try {
      mediaType = detection.detect(file, given);
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read.");
    }
    Result<Format> format = SupportedTypes.formatOf(mediaType, given);
    if (format instanceof Result.Failed<Format> refused) {
      return new Result.Failed<>(refused.error());
    }
    Source source = new Source(DisplayName.of(given), mediaType, facts.bytes(), facts.sha256());
    Result<Parsed> parsed = parseStep.parse(file, ((Result.Ok<Format>) format).value(), mediaType);
    if (parsed instanceof Result.Failed<Parsed> failed) {
      return new Result.Failed<>(failed.error());
    }
    return withText(source, ((Result.Ok<Parsed>) parsed).value());
  }

  private static Result<Extracted> withText(Source source, Parsed parsed) {
    List<RawBlock> blocks = parsed.blocks().stream().filter(b -> !b.text().isBlank()).toList();
    if (blocks.isEmpty()) {
      return Result.failed(
          ErrorCode.NO_TEXT,
          "No text was found in the file (a scanned document or images only?).");
    }
    return Result.ok(new Extracted(source, blocks, parsed.properties()));
  }
}
