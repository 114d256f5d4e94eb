package dev.copydesk.extract;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.nio.file.Path;

/**
 * The extractor every entry point gets: the {@link PreScan} first (size, type by magic bytes,
 * archive limits), so bombs and unsupported content never reach a parser or a child JVM; then the
 * in-process or forked parser. Build it with {@link Extractors#create}.
 */
public final class ScreenedExtractor implements Extractor, AutoCloseable {

  private final PreScan preScan;
  private final Extractor parser;

  public ScreenedExtractor(PreScan preScan, Extractor parser) {
    this.preScan = preScan;
    this.parser = parser;
  }

  @Override
  public Result<Extracted> extract(Path file, String fileName) {
    return preScan.scan(file).then(scan -> parser.extract(file, fileName));
  }

  @Override
  public Result<Extracted> extractInBulk(Path file, String fileName) {
    return preScan.scan(file).then(scan -> parser.extractInBulk(file, fileName));
  }

  @Override
  public boolean ready() {
    return parser.ready();
  }

  @Override
  public void close() {
    if (parser instanceof ForkedExtractor forked) {
      forked.close();
    }
  }
}
