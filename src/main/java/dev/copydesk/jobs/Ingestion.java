package dev.copydesk.jobs;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.dedupe.SqliteDuplicateIndex;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.Publisher;
import dev.copydesk.publish.Publishers;
import dev.copydesk.publish.SqliteFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One file through the pipeline and, unless it is a dry run, into delivery. */
public final class Ingestion implements AutoCloseable {

  /** The persistent duplicate index's file in the data dir, shared by a server and the CLI. */
  public static final String INDEX_FILE = "duplicates.db";

  private final Pipeline pipeline;
  private final Publisher publisher;
  private final int parallelism;

  public Ingestion(Pipeline pipeline, Publisher publisher) {
    this(pipeline, publisher, 1);
  }

  private Ingestion(Pipeline pipeline, Publisher publisher, int parallelism) {
    this.pipeline = pipeline;
    this.publisher = publisher;
    this.parallelism = parallelism;
  }

  /** The standard wiring: the configured Tika pipeline and the configured target's publisher. */
  public static Ingestion create(CopydeskConfig config, DuplicateIndex index) {
    return new Ingestion(
        Pipeline.create(config, index),
        Publishers.create(config),
        config.parse().batchParallelism());
  }

  /**
   * The duplicate index a server keeps in {@code file}, so an article uploaded today is matched
   * against last week's after restarts too. A server's first SQLite file, so its place is readied
   * as every other's ({@link SqliteFiles#prepare}: the data directory created, checked writable,
   * the driver's native library loaded from its copy).
   */
  public static SqliteDuplicateIndex persistentIndex(Path file) {
    SqliteFiles.prepare(file);
    return new SqliteDuplicateIndex(file);
  }

  /**
   * The wiring of a dry run that will only ever preview: the configured pipeline and no delivery at
   * all (nothing opens the outbox), so a preview of a folder starts as fast as it can.
   */
  public static Ingestion forDryRuns(CopydeskConfig config, DuplicateIndex index) {
    return new Ingestion(
        Pipeline.create(config, index), Publishers.none(), config.parse().batchParallelism());
  }

  public IngestResult ingest(Path file, String fileName, boolean dryRun) {
    return deliver(pipeline.process(file, fileName), dryRun, false);
  }

  /**
   * What one file would give, without consequences: matched against the earlier entries but not
   * remembered by the duplicate index (a preview must not make a later real upload look like a
   * duplicate), and delivered nowhere. The upload button's {@code ?dryRun=true}.
   */
  public IngestResult preview(Path file, String fileName) {
    return deliver(pipeline.preview(file, fileName), true, false);
  }

  /**
   * A batch: each file as by {@link #ingest}, several parsed at once, the results handed to {@code
   * sink} in the order of {@code files} (each named by its file name). A dry run is matched as
   * {@link #rehearse} matches: against the earlier entries, which do not remember it, and the
   * batch's own earlier files.
   */
  public void ingestAll(List<Path> files, boolean dryRun, Consumer<IngestResult> sink) {
    DuplicateIndex scratch = new InMemoryDuplicateIndex();
    pipeline.processAll(
        files,
        parallelism,
        dryRun ? prepared -> pipeline.rehearse(prepared, scratch) : pipeline::remember,
        outcome -> sink.accept(deliver(outcome, dryRun, false)));
  }

  /**
   * The first half of a job file's ingest: extract, normalise, flag repeats inside the article.
   * Independent of other files, so several can run at once; its parse waits behind uploads.
   */
  public Outcome prepare(Path file, String fileName) {
    return pipeline.prepareInBulk(file, fileName);
  }

  /**
   * The second half: match against the earlier entries and remember this one, then deliver. One
   * file at a time, in the files' order, for the flags to be those of a one-by-one run; {@code
   * resumed}: the file may have been submitted before a crash, so when delivery already knows the
   * entry, its state is returned and nothing is submitted again.
   */
  public IngestResult finish(Outcome prepared, boolean resumed) {
    return deliver(pipeline.remember(prepared), false, resumed);
  }

  /**
   * The second half of a dry run: flagged as {@link #finish} would, against the earlier entries and
   * the run's own earlier files (which {@code scratch} remembers instead of the shared index), and
   * delivered nowhere.
   */
  public IngestResult rehearse(Outcome prepared, DuplicateIndex scratch) {
    return deliver(pipeline.rehearse(prepared, scratch), true, false);
  }

  private IngestResult deliver(Outcome outcome, boolean dryRun, boolean resumed) {
    if (!(outcome instanceof Outcome.Accepted accepted)) {
      return new IngestResult(outcome, null);
    }
    String id = accepted.entry().id();
    if (dryRun) {
      return new IngestResult(outcome, DeliveryStatus.skipped(id, "dry run"));
    }
    DeliveryStatus known = resumed ? publisher.status(id).orElse(null) : null;
    return new IngestResult(outcome, known != null ? known : publisher.submit(accepted.entry()));
  }

  /**
   * Readiness by part, for health reports: {@code parser} (the extractor takes files now) and
   * {@code target} (delivery is not holding off a failing target). Never blocks.
   */
  public Map<String, Boolean> readiness() {
    Map<String, Boolean> parts = new LinkedHashMap<>();
    parts.put("parser", pipeline.ready());
    parts.put("target", publisher.targetUp());
    return parts;
  }

  public Publisher publisher() {
    return publisher;
  }

  /** Delivery control (states, dead letters, conflicts) over this ingestion's publisher. */
  public Deliveries deliveries() {
    return new Deliveries(publisher);
  }

  @Override
  public void close() {
    try {
      publisher.close();
    } finally {
      pipeline.close();
    }
  }
}
