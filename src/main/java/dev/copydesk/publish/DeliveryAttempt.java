package dev.copydesk.publish;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery of outbox rows (one row, or a batch for a {@link BatchTarget}) through the target's
 * circuit breaker, and what each reply does to its row: delivered, retry later (backoff or {@code
 * Retry-After}), dead letter, or conflict.
 *
 * <p>Only "the CMS is unavailable" replies count against the circuit; a 400 for one bad entry says
 * the CMS is up.
 */
final class DeliveryAttempt {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

  private final OutboxStore store;
  private final Target target;
  private final RelaySettings settings;
  private final Clock clock;
  private final Backoff backoff;
  private final CircuitBreaker breaker;

  DeliveryAttempt(OutboxStore store, Target target, RelaySettings settings, Clock clock) {
    this.store = store;
    this.target = target;
    this.settings = settings;
    this.clock = clock;
    this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), settings.seed());
    this.breaker = CircuitBreaker.of("target-" + target.name(), breakerConfig(settings));
  }

  private static CircuitBreakerConfig breakerConfig(RelaySettings settings) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(settings.circuitOpen())
        .automaticTransitionFromOpenToHalfOpenEnabled(true)
        .permittedNumberOfCallsInHalfOpenState(2)
        .build();
  }

  /** False while the circuit is open: the CMS looks down, so nothing is even tried. */
  boolean circuitAllowsDispatch() {
    return breaker.getState() != CircuitBreaker.State.OPEN;
  }

  /** {@code closed}, {@code open} or {@code half_open}: for health checks and tests. */
  String circuit() {
    return breaker.getState().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Delivers the rows of {@code entryIds} that are still due: all in one call to a {@link
   * BatchTarget}, else one after another; those delivered are recorded in one transaction. The
   * batch is one call for the circuit breaker, failed if any entry's reply was "unavailable".
   */
  void run(List<String> entryIds) {
    List<OutboxStore.Attempt> due = store.attempts(entryIds);
    if (due.isEmpty()) {
      return; // delivered, skipped or re-queued by someone else meanwhile
    }
    if (!breaker.tryAcquirePermission()) {
      due.forEach(a -> store.postpone(a, clock.instant().plus(settings.poll())));
      return;
    }
    long start = System.nanoTime();
    List<TargetReply> replies = deliverSafely(due);
    long took = System.nanoTime() - start;
    Optional<TargetReply.Retryable> unavailable =
        replies.stream()
            .filter(TargetReply.Retryable.class::isInstance)
            .map(TargetReply.Retryable.class::cast)
            .findFirst();
    if (unavailable.isPresent()) {
      breaker.onError(
          took, TimeUnit.NANOSECONDS, new TargetUnavailable(unavailable.get().reason()));
    } else {
      breaker.onSuccess(took, TimeUnit.NANOSECONDS);
    }
    record(due, replies);
  }

  /** A bug or surprise inside a target must not kill the worker or spin the rows. */
  private List<TargetReply> deliverSafely(List<OutboxStore.Attempt> due) {
    if (target instanceof BatchTarget batch) {
      List<BatchTarget.Delivery> deliveries =
          due.stream().map(a -> new BatchTarget.Delivery(a.entry(), a.last())).toList();
      try {
        return batch.deliverAll(deliveries);
      } catch (RuntimeException e) {
        LOG.warn("target {} failed on a batch of {}: {}", target.name(), due.size(), e.toString());
        return Collections.nCopies(due.size(), internalError());
      }
    }
    return due.stream().map(this::deliverSafely).toList();
  }

  private TargetReply deliverSafely(OutboxStore.Attempt a) {
    try {
      return target.deliver(a.entry(), a.last());
    } catch (RuntimeException e) {
      LOG.warn("target {} failed on {}: {}", target.name(), a.entry().id(), e.toString());
      return internalError();
    }
  }

  private static TargetReply internalError() {
    return TargetReply.Retryable.of("internal error while delivering; see the server log");
  }

  private void record(List<OutboxStore.Attempt> due, List<TargetReply> replies) {
    List<OutboxStore.Delivered> delivered = new ArrayList<>();
    for (int i = 0; i < due.size(); i++) {
      if (replies.get(i) instanceof TargetReply.Delivered d) {
        delivered.add(new OutboxStore.Delivered(due.get(i), d));
      } else {
        record(due.get(i), replies.get(i));
      }
    }
    if (!delivered.isEmpty()) {
      store.delivered(delivered);
    }
  }

  private void record(OutboxStore.Attempt a, TargetReply reply) {
    if (reply instanceof TargetReply.Conflict c) {
      store.conflict(a, c);
    } else if (reply instanceof TargetReply.Permanent p) {
      store.dead(a, p.status(), p.reply(), "the CMS refused the entry (HTTP " + p.status() + ")");
    } else {
      TargetReply.Retryable r = (TargetReply.Retryable) reply;
      if (a.attempts() + 1 >= settings.maxAttempts()) {
        store.dead(a, 0, r.reason(), "gave up after " + settings.maxAttempts() + " attempts");
      } else {
        Duration wait = backoff.delay(a.attempts(), r.retryAfter());
        store.retry(a, r.reason(), Instant.now(clock).plus(wait));
      }
    }
  }

  /** What the circuit breaker records for a failed call; never shown to users. */
  private static final class TargetUnavailable extends RuntimeException {
    TargetUnavailable(String reason) {
      super(reason, null, false, false);
    }
  }
}
