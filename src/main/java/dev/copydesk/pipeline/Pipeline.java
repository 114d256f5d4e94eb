package dev.copydesk.pipeline;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.SectionDuplicates;
import dev.copydesk.extract.Extractor;
import dev.copydesk.extract.Extractors;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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
    Normalizer.warmUp();
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
    return remember(prepare(file, fileName));
  }

  /** Like {@link #process}, but the index does not remember the entry: a look, not an ingest. */
  public Outcome preview(Path file, String fileName) {
    return crossCheck(prepare(file, fileName), index::matches);
  }

  /**
   * Every file through the pipeline, up to {@code parallelism} extracted and normalised at once,
   * each prepared outcome finished by {@code finish} ({@link #remember}, or {@link #rehearse} for a
   * dry run) and handed to {@code sink} one at a time in the order of {@code files} (named by their
   * file names): a later file is flagged as the duplicate of an earlier one exactly as when they go
   * one by one.
   */
  public void processAll(
      List<Path> files, int parallelism, UnaryOperator<Outcome> finish, Consumer<Outcome> sink) {
    if (parallelism <= 1) {
      files.forEach(
          file -> sink.accept(finish.apply(prepare(file, file.getFileName().toString()))));
      return;
    }
    try (InOrder<Outcome> prepared = new InOrder<>(parallelism)) {
      prepared.run(
          files.stream()
              .map(file -> (Callable<Outcome>) () -> prepare(file, file.getFileName().toString()))
              .toList(),
          outcome -> sink.accept(finish.apply(outcome)));
    }
  }

  /** Extract, normalise and flag repeats inside the article: independent of other files. */
  public Outcome prepare(Path file, String fileName) {
    return prepared(extractor.extract(file, fileName), fileName);
  }

  /**
   * The same for a bulk job's file, which waits behind uploads for a parser ({@link
   * Extractor#extractInBulk}).
   */
  public Outcome prepareInBulk(Path file, String fileName) {
    return prepared(extractor.extractInBulk(file, fileName), fileName);
  }

  private Outcome prepared(Result<Extracted> extracted, String fileName) {
    Result<Entry> result = extracted.then(normalizer);
    if (result instanceof Result.Ok<Entry> ok) {
      return new Outcome.Accepted(fileName, sectionDuplicates.apply(ok.value()));
    }
    return new Outcome.Rejected(fileName, ((Result.Failed<Entry>) result).error());
  }

  /**
   * Match a prepared outcome against the earlier entries and remember it: one file at a time, in
   * order (a rejected outcome is returned as it is).
   */
  public Outcome remember(Outcome prepared) {
    return crossCheck(prepared, index::matchAndAdd);
  }

  /**
   * Like {@link #remember}, for a dry run: matched against the earlier entries, which do not
   * remember it, and against {@code scratch} (the run's own earlier files), which does. A flag of
   * the earlier entries wins over a scratch flag of the same code, as in a real run the earlier
   * entry would be matched first.
   */
  public Outcome rehearse(Outcome prepared, DuplicateIndex scratch) {
    return crossCheck(
        prepared,
        entry -> {
          List<Flag> flags = new ArrayList<>(index.matches(entry));
          Set<FlagCode> found = flags.stream().map(Flag::code).collect(Collectors.toSet());
          scratch.matchAndAdd(entry).stream()
              .filter(flag -> !found.contains(flag.code()))
              .forEach(flags::add);
          return flags;
        });
  }

  private Outcome crossCheck(Outcome prepared, Function<Entry, List<Flag>> matcher) {
    if (!(prepared instanceof Outcome.Accepted accepted)) {
      return prepared;
    }
    Entry entry = accepted.entry();
    List<Flag> matches = matcher.apply(entry);
    if (matches.isEmpty()) {
      return accepted;
    }
    List<Flag> flags = new ArrayList<>(entry.flags());
    flags.addAll(matches);
    return new Outcome.Accepted(accepted.fileName(), entry.withFlags(flags));
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
