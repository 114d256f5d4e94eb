package dev.copydesk.jobs;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.Publisher;
import dev.copydesk.publish.Publishers;
import java.nio.file.Path;

/** One file through the pipeline and, unless it is a dry run, into delivery. */
public final class Ingestion implements AutoCloseable {

  private final Pipeline pipeline;
  private final Publisher publisher;

  public Ingestion(Pipeline pipeline, Publisher publisher) {
    this.pipeline = pipeline;
    this.publisher = publisher;
  }

  /** The standard wiring: the configured Tika pipeline and the configured target's publisher. */
  public static Ingestion create(CopydeskConfig config, DuplicateIndex index) {
    return new Ingestion(Pipeline.create(config, index), Publishers.create(config));
  }

  public IngestResult ingest(Path file, String fileName, boolean dryRun) {
    return ingest(file, fileName, dryRun, false);
  }

  /**
   * Like {@link #ingest}, for a file that may have been submitted before a crash: when delivery
   * already knows the entry, its state is returned and nothing is submitted again.
   */
  public IngestResult resume(Path file, String fileName, boolean dryRun) {
    return ingest(file, fileName, dryRun, true);
  }

  private IngestResult ingest(Path file, String fileName, boolean dryRun, boolean resumed) {
    Outcome outcome = pipeline.process(file, fileName);
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

  public Publisher publisher() {
    return publisher;
  }

  @Override
  public void close() {
    publisher.close();
  }
}
