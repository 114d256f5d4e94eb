package dev.copydesk.pipeline;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.SectionDuplicates;
import dev.copydesk.extract.Extractor;
import dev.copydesk.extract.TikaExtractor;
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
public final class Pipeline {

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
        new TikaExtractor(config.limits()),
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
}
