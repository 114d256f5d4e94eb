package dev.copydesk.web;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.dedupe.SectionDuplicates;
import dev.copydesk.extract.TikaExtractor;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.normalize.Normalizer;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.Publishers;

/**
 * The real pipeline (Tika in process, normaliser, section duplicates, in-memory index) and the
 * real durable publisher for a test server, until the shared factory on main replaces this.
 */
final class RealIngestion {

  private RealIngestion() {}

  static Ingestion create(CopydeskConfig config, OutboxPublisher publisher) {
    Normalizer normalizer = new Normalizer();
    SectionDuplicates sections = new SectionDuplicates();
    boolean dropExact = config.dedupe().dropExact();
    Pipeline pipeline =
        new Pipeline(
            new TikaExtractor(config.limits()),
            normalizer::apply,
            entry -> sections.apply(entry, dropExact),
            new InMemoryDuplicateIndex());
    return new Ingestion(pipeline, publisher);
  }

  static OutboxPublisher publisher(CopydeskConfig config) {
    return Publishers.create(config);
  }
}
