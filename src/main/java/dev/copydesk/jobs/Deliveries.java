package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.Publisher;
import java.util.List;
import java.util.Optional;

/**
 * Delivery control for the HTTP API and the command line: one entry's delivery state, the dead
 * letters and their re-drive, and the conflicts with their resolution. Everything answers in {@link
 * DeliveryStatus} values, so callers never see the outbox.
 */
public final class Deliveries {

  /** How an editor resolves a conflict. */
  public enum Resolution {
    /** Deliver copydesk's version over the editor's changes. */
    OVERWRITE,
    /** Keep the CMS version and stop delivering this entry. */
    SKIP
  }

  private final Publisher publisher;

  public Deliveries(Publisher publisher) {
    this.publisher = publisher;
  }

  public Optional<DeliveryStatus> status(String entryId) {
    return publisher.status(entryId);
  }

  /** The dead letters, each as its delivery state ({@code dead}, with the CMS's reply). */
  public List<DeliveryStatus> deadLetters() {
    return outbox()
        .map(
            o ->
                o.deadLetters().list().stream().flatMap(d -> status(d.entryId()).stream()).toList())
        .orElse(List.of());
  }

  /** Queues a dead letter again: its new state, or empty when it is not a dead letter. */
  public Optional<DeliveryStatus> retry(String entryId) {
    boolean requeued = outbox().map(o -> o.deadLetters().retry(entryId)).orElse(false);
    return requeued ? status(entryId) : Optional.empty();
  }

  /** Queues every dead letter again; how many. */
  public int retryAll() {
    return outbox().map(o -> o.deadLetters().retryAll()).orElse(0);
  }

  public List<DeliveryStatus> conflicts() {
    return outbox().map(o -> o.conflicts().list()).orElse(List.of());
  }

  /** Resolves a conflict: its new state, or empty when the entry is not in conflict. */
  public Optional<DeliveryStatus> resolve(String entryId, Resolution resolution) {
    boolean resolved =
        outbox()
            .map(
                o ->
                    resolution == Resolution.OVERWRITE
                        ? o.conflicts().overwrite(entryId)
                        : o.conflicts().skip(entryId))
            .orElse(false);
    return resolved ? status(entryId) : Optional.empty();
  }

  /** Dead letters and conflicts exist only where entries go through the outbox (not a dry run). */
  private Optional<OutboxPublisher> outbox() {
    return publisher instanceof OutboxPublisher outbox ? Optional.of(outbox) : Optional.empty();
  }
}
