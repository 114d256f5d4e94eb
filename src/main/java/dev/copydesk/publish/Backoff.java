package dev.copydesk.publish;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * When to try again: exponential backoff with full jitter (a uniform delay between zero and {@code
 * base * 2^attempts}, capped), so many entries failing together do not retry in step; a CMS's own
 * {@code Retry-After} wins when it gave one.
 */
final class Backoff {

  private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  private final Duration base;
  private final Duration cap;
  private final Random random;

  Backoff(Duration base, Duration cap, long seed) {
    this.base = base;
    this.cap = cap;
    this.random = new Random(seed);
  }

  /** The delay before the next attempt, after {@code attempts} failed ones (0 or more). */
  Duration delay(int attempts, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.isNegative() ? Duration.ZERO : min(asked, MAX_RETRY_AFTER);
    }
    long ceiling = min(base.multipliedBy(1L << Math.min(attempts, 20)), cap).toMillis();
    long jittered;
    synchronized (random) {
      jittered = (long) (random.nextDouble() * (ceiling + 1));
    }
    return Duration.ofMillis(jittered);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
