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
import org.apache.tika.io.TikaInputStream;

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
    String name = fileName != null || file == null ? fileName : String.valueOf(file.getFileName());
    return FileCheck.check(file, limits.maxFileBytes())
        .then(facts -> detectAndParse(file, name, facts));
  }

  /** One stream for both, so what detection opened (a zip container) the parse reuses. */
  private Result<Extracted> detectAndParse(Path file, String name, FileCheck.Facts facts) {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      String type = detection.detect(in, name);
      Source source = new Source(FileNames.sanitise(name), type, facts.bytes(), facts.sha256());
      return SupportedTypes.formatOf(type, name)
          .then(format -> parseStep.parse(new ParseStep.Input(file, in), format, type))
          .then(parsed -> withText(source, parsed));
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read.");
    }
  }

  private static Result<Extracted> withText(Source source, Parsed parsed) {
    List<RawBlock> blocks = parsed.blocks().stream().filter(b -> !b.text().isBlank()).toList();
    if (blocks.isEmpty()) {
      return Result.failed(
          ErrorCode.NO_TEXT, "No text was found in the file (a scanned document or images only?).");
    }
    return Result.ok(new Extracted(source, blocks, parsed.properties()));
  }
}
