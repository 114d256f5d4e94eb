package dev.copydesk.publish;

import java.time.Duration;

/**
 * How the relay delivers: {@code workers} concurrent deliveries, how often it looks for due rows,
 * the backoff range, how many failed attempts make a dead letter, and how long the circuit stays
 * open once the CMS looks down.
 */
public record RelaySettings(
    int workers,
    Duration poll,
    Duration backoffBase,
    Duration backoffCap,
    int maxAttempts,
    Duration circuitOpen,
    long seed) {

  public static RelaySettings defaults() {
    return new RelaySettings(
        4,
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        25,
        Duration.ofSeconds(5),
        System.nanoTime());
  }

  public RelaySettings withBackoff(Duration base, Duration cap) {
    return new RelaySettings(workers, poll, base, cap, maxAttempts, circuitOpen, seed);
  }

  public RelaySettings withCircuitOpen(Duration open) {
    return new RelaySettings(workers, poll, backoffBase, backoffCap, maxAttempts, open, seed);
  }

  public RelaySettings withWorkers(int count) {
    return new RelaySettings(count, poll, backoffBase, backoffCap, maxAttempts, circuitOpen, seed);
  }

  public RelaySettings withSeed(long newSeed) {
    return new RelaySettings(
        workers, poll, backoffBase, backoffCap, maxAttempts, circuitOpen, newSeed);
  }
}
