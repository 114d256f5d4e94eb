package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The parser children not in use, handed out under one lock: an upload's file first, a bulk job's
 * once no upload waits. With two children or more, the last is kept for uploads ({@link
 * #forUploadsOnly}): a bulk job's file never gets it, so an editor at the upload button finds a
 * free child during an import instead of waiting for a job's parse to end, a file that hangs a
 * job's child does not stop the upload button, and the jobs' parsing is done, and JIT-compiled, in
 * fewer JVMs (docs/performance.md: one child instead of two imports 6–7 % more files/s on two
 * cores).
 *
 * <p>Which idle child: for an upload, the one kept for uploads; else the file's own (its format
 * family, see {@link ForkedExtractor}); either only when warm; else a warm one, else the one idle
 * longest. A child restarting after a kill would make the caller wait for a JVM start before its
 * own parse even begins: an upload therefore waits for a warm child (one given back, or one that
 * finishes starting) while its wait lasts, rather than taking a cold one at once and waiting for
 * that one alone while a warm child comes and goes (seen in the upload sweep: a BUSY after the
 * whole parse timeout, with two children starting and the third passed between the clients).
 */
final class ChildPool {

  /** How often an upload waiting for a warm child looks again (starting ones do not signal). */
  private static final long READY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

  private final List<ChildProcess> idle = new ArrayList<>();
  private final Predicate<ChildProcess> warm;

  /** The child no bulk job's file gets; null with a single child, which serves both. */
  private final ChildProcess forUploadsOnly;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition forUploads = lock.newCondition();
  private final Condition forJobs = lock.newCondition();
  private int uploadsWaiting;
  private boolean closed;

  /**
   * @param warm whether a child has loaded its parser ({@link ChildProcess#readyNow}; a seam for
   *     tests, whose children never start)
   */
  ChildPool(List<ChildProcess> children, Predicate<ChildProcess> warm) {
    this.warm = warm;
    idle.addAll(children);
    forUploadsOnly = children.size() > 1 ? children.get(children.size() - 1) : null;
  }

  /**
   * An idle warm child for an upload's file, waiting at most {@code waitNanos}; then a cold idle
   * one if that is all there is (its parse waits for it no longer: the caller's wait is spent),
   * else null; null too once the pool is closed.
   */
  ChildProcess takeForUpload(long waitNanos, ChildProcess own) throws InterruptedException {
    lock.lock();
    uploadsWaiting++;
    try {
      long deadline = System.nanoTime() + waitNanos;
      while (!closed && idle.stream().noneMatch(warm)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return idle.isEmpty() ? null : pick(idle, forUploadsOnly, own);
        }
        forUploads.awaitNanos(Math.min(left, READY_POLL_NANOS));
      }
      return closed ? null : pick(idle, forUploadsOnly, own);
    } finally {
      uploadsWaiting--;
      if (uploadsWaiting == 0 && !idle.isEmpty()) {
        forJobs.signalAll();
      }
      lock.unlock();
    }
  }

  /**
   * An idle child for a bulk job's file, not the one kept for uploads, once no upload waits for
   * one; waits as long as that takes (children are killed at their parse timeout, so one comes
   * free). Null once the pool is closed.
   */
  ChildProcess takeForJob(ChildProcess own) throws InterruptedException {
    lock.lock();
    try {
      while ((forJobs().isEmpty() || uploadsWaiting > 0) && !closed) {
        forJobs.await();
      }
      return closed ? null : pick(forJobs(), null, own);
    } finally {
      lock.unlock();
    }
  }

  /** A child back from its parse: to a waiting upload if there is one, else to a job. */
  void giveBack(ChildProcess child) {
    lock.lock();
    try {
      idle.add(child);
      if (uploadsWaiting > 0) {
        forUploads.signal();
      } else {
        forJobs.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every caller waiting for a child; they get none. */
  void close() {
    lock.lock();
    try {
      closed = true;
      forUploads.signalAll();
      forJobs.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private List<ChildProcess> forJobs() {
    return idle.stream().filter(child -> child != forUploadsOnly).toList();
  }

  /**
   * Takes one of {@code open} (idle children the caller may have): {@code first} or else {@code
   * own} if warm, else a warm one, else the one idle longest.
   */
  private ChildProcess pick(List<ChildProcess> open, ChildProcess first, ChildProcess own) {
    ChildProcess pick =
        Stream.of(first, own)
            .filter(child -> child != null && open.contains(child) && warm.test(child))
            .findFirst()
            .orElseGet(() -> open.stream().filter(warm).findFirst().orElse(open.get(0)));
    idle.remove(pick);
    return pick;
  }
}
