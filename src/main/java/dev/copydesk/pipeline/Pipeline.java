package dev.copydesk.pipeline;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.SectionDuplicates;
import dev.copydesk.extract.Extractor;
import dev.copydesk.extract.Extractors;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one flow every entry point uses: extract, normalise, flag repeats inside the article, then
 * match against earlier entries and remember this one.
 */
public final class Pipeline implements AutoCloseable {

  private final Extractor extractor;
  private final Function<Extracted, Result<Entry>> normalizer;
  private final UnaryOperator<Entry> sectionDuplicates;
  private final DuplicateIndex index;

  public Pipeline(
      Extractor extractor,
      Function<Extracted, Result<Entry>> normalizer,
      UnaryOperator<Entry> sectionDuplicates,
      DuplicateIndex index) {
    this.extractor = extractor;
    this.normalizer = normalizer;
    this.sectionDuplicates = sectionDuplicates;
    this.index = index;
  }

  /** The standard stages, configured; {@code index} holds the earlier entries to match against. */
  public static Pipeline create(CopydeskConfig config, DuplicateIndex index) {
    Normalizer normalizer = new Normalizer();
    SectionDuplicates sections = new SectionDuplicates();
    boolean dropExact = config.dedupe().dropExact();
    return new Pipeline(
        Extractors.create(config.limits(), config.parse()),
        normalizer::apply,
        entry -> sections.apply(entry, dropExact),
        index);
  }

  public Outcome process(Path file, String fileName) {
    Result<Entry> result = extractor.extract(file, fileName).then(normalizer);
    if (result instanceof Result.Ok<Entry> ok) {
      return new Outcome.Accepted(fileName, crossCheck(sectionDuplicates.apply(ok.value())));
    }
    return new Outcome.Rejected(fileName, ((Result.Failed<Entry>) result).error());
  }

  private Entry crossCheck(Entry entry) {
    List<Flag> matches = index.matchAndAdd(entry);
    if (matches.isEmpty()) {
      return entry;
    }
    List<Flag> flags = new ArrayList<>(entry.flags());
    flags.addAll(matches);
    return entry.withFlags(flags);
  }

  /** Whether the extractor would take a file now (forked parsers warm); never blocks. */
  public boolean ready() {
    return extractor.ready();
  }

  /** Stops what the extractor runs (forked parser processes). */
  @Override
  public void close() {
    if (extractor instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("The extractor did not close cleanly", e);
      }
    }
  }
}
