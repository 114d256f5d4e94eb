package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;

/**
 * Builds the extractor for a configuration: always the {@link PreScan} first, then Tika either in
 * this JVM ({@code parse.mode = in-process}: trusted CLI batches) or in a pool of child JVMs
 * ({@code forked}: uploads). Close it on shutdown to stop the children.
 */
public final class Extractors {

  public static final String IN_PROCESS = "in-process";
  public static final String FORKED = "forked";

  private Extractors() {}

  public static ScreenedExtractor create(Limits limits, Parse parse) {
    Extractor parser =
        switch (parse.mode()) {
          case IN_PROCESS -> new TikaExtractor(limits);
          case FORKED -> new ForkedExtractor(limits, parse, TikaExtractor.class.getName());
          default -> throw new IllegalArgumentException(
              "parse.mode must be '" + IN_PROCESS + "' or '" + FORKED + "', not '" + parse.mode()
                  + "'");
        };
    return new ScreenedExtractor(new PreScan(limits), parser);
  }
}
