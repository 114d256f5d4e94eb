package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;

/**
 * Builds the extractor for a configuration: always the {@link PreScan} first, then Tika either in
 * this JVM ({@code parse.mode = in-process}: trusted CLI batches) or in a pool of child JVMs
 * ({@code forked}: uploads). Close it on shutdown to stop the children.
 */
public final class Extractors {

  private Extractors() {}

  public static ScreenedExtractor create(Limits limits, Parse parse) {
    Extractor parser =
        switch (parse.mode()) {
          case Parse.IN_PROCESS, Parse.AUTO -> new TikaExtractor(limits);
          case Parse.FORKED -> new ForkedExtractor(limits, parse, TikaExtractor.class.getName());
          default ->
              throw new IllegalArgumentException(
                  "parse.mode must be 'auto', '"
                      + Parse.IN_PROCESS
                      + "' or '"
                      + Parse.FORKED
                      + "', not '"
                      + parse.mode()
                      + "'");
        };
    return new ScreenedExtractor(new PreScan(limits), parser);
  }
}
