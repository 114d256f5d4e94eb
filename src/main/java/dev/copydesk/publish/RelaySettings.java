package dev.copydesk.publish;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Delivery;
import java.time.Duration;

/**
 * How the relay delivers: {@code workers} deliveries in flight at once per target, how often it
 * looks for due rows, the backoff range, how many failed attempts make a dead letter, how long the
 * circuit stays open once the CMS looks down, and whether a revision updates the earlier entry's
 * CMS item ({@code revisionsUpdate}).
 */
public record RelaySettings(
    int workers,
    Duration poll,
    Duration backoffBase,
    Duration backoffCap,
    int maxAttempts,
    Duration circuitOpen,
    long seed,
    boolean revisionsUpdate) {

  /** More in flight than this only queues inside the CMS (and looks like an attack to it). */
  static final int MAX_WORKERS = 32;

  public RelaySettings {
    if (workers < 1 || workers > MAX_WORKERS) {
      throw new ConfigException(
          "delivery.concurrency must be between 1 and " + MAX_WORKERS + ", not " + workers);
    }
  }

  public static RelaySettings defaults() {
    return new RelaySettings(
        Delivery.DEFAULT_CONCURRENCY,
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        25,
        Duration.ofSeconds(5),
        System.nanoTime(),
        false);
  }

  /**
   * The defaults with the configured {@code delivery.concurrency} and {@code delivery.revisions}.
   */
  public static RelaySettings from(Delivery delivery) {
    String policy = delivery.revisions() == null ? Delivery.REVISIONS_NEW : delivery.revisions();
    if (!policy.equals(Delivery.REVISIONS_NEW) && !policy.equals(Delivery.REVISIONS_UPDATE)) {
      throw new ConfigException(
          "delivery.revisions '" + policy + "' is unknown; use new (the default) or update");
    }
    return defaults()
        .withWorkers(delivery.concurrency())
        .withRevisionsUpdate(policy.equals(Delivery.REVISIONS_UPDATE));
  }

  public RelaySettings withBackoff(Duration base, Duration cap) {
    return new RelaySettings(
        workers, poll, base, cap, maxAttempts, circuitOpen, seed, revisionsUpdate);
  }

  public RelaySettings withCircuitOpen(Duration open) {
    return new RelaySettings(
        workers, poll, backoffBase, backoffCap, maxAttempts, open, seed, revisionsUpdate);
  }

  public RelaySettings withWorkers(int count) {
    return new RelaySettings(
        count, poll, backoffBase, backoffCap, maxAttempts, circuitOpen, seed, revisionsUpdate);
  }

  public RelaySettings withSeed(long newSeed) {
    return new RelaySettings(
        workers, poll, backoffBase, backoffCap, maxAttempts, circuitOpen, newSeed, revisionsUpdate);
  }

  public RelaySettings withRevisionsUpdate(boolean update) {
    return new RelaySettings(
        workers, poll, backoffBase, backoffCap, maxAttempts, circuitOpen, seed, update);
  }
}
