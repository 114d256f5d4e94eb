package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.Publisher;
import java.nio.file.Path;

/** One file through the pipeline and, unless it is a dry run, into delivery. */
public final class Ingestion {

  private final Pipeline pipeline;
  private final Publisher publisher;

  public Ingestion(Pipeline pipeline, Publisher publisher) {
    this.pipeline = pipeline;
    this.publisher = publisher;
  }

  public IngestResult ingest(Path file, String fileName, boolean dryRun) {
    Outcome outcome = pipeline.process(file, fileName);
    if (!(outcome instanceof Outcome.Accepted accepted)) {
      return new IngestResult(outcome, null);
    }
    DeliveryStatus delivery =
        dryRun
            ? DeliveryStatus.skipped(accepted.entry().id(), "dry run")
            : publisher.submit(accepted.entry());
    return new IngestResult(outcome, delivery);
  }

  public Publisher publisher() {
    return publisher;
  }
}
