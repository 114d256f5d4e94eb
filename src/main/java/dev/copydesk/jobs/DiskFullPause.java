package dev.copydesk.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The job workers' pause after a file could not be stored or recorded (a full disk): every worker
 * waits {@link #LENGTH} before its next file, so a full disk is not hammered with the whole queue;
 * and since when files have been waiting, for the job status, until one is recorded again.
 */
final class DiskFullPause {

  static final Duration LENGTH = Duration.ofSeconds(10);

  private final Clock clock;

  /** {@link System#nanoTime} before which no worker takes a file. */
  private volatile long until = System.nanoTime();

  private volatile Instant since;

  DiskFullPause(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts a pause, or makes the current one last {@link #LENGTH} from now.
   *
   * @return true when no pause was running (the caller logs it once)
   */
  boolean begin() {
    boolean fresh = until - System.nanoTime() <= 0;
    until = System.nanoTime() + LENGTH.toNanos();
    if (since == null) {
      since = clock.instant();
    }
    return fresh;
  }

  /** A file was recorded: there is room again. */
  void roomAgain() {
    since = null;
  }

  Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  void waitOut() throws InterruptedException {
    for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
