package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The parser children not in use, handed out under one lock: an upload's file first, a bulk job's
 * once no upload waits. With every child busy on an import, an editor at the upload button waits
 * for the parse in progress to end, not behind the job's queue (docs/performance.md, "Uploads
 * during a bulk import": what an upload still loses then is mostly the cores' contention).
 *
 * <p>Which idle child: the file's own (its format family, see {@link ForkedExtractor}) when it is
 * warm, else a warm one, else the one idle longest. A child restarting after a kill would make the
 * caller wait for a JVM start before its own parse even begins.
 */
final class ChildPool {

  private final List<ChildProcess> idle = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition forUploads = lock.newCondition();
  private final Condition forJobs = lock.newCondition();
  private int uploadsWaiting;
  private boolean closed;

  ChildPool(List<ChildProcess> children) {
    idle.addAll(children);
  }

  /**
   * An idle child for an upload's file, waiting at most {@code waitNanos}; null when none is free
   * by then or the pool is closed.
   */
  ChildProcess takeForUpload(long waitNanos, ChildProcess own) throws InterruptedException {
    lock.lock();
    uploadsWaiting++;
    try {
      long left = waitNanos;
      while (idle.isEmpty() && !closed) {
        if (left <= 0) {
          return null;
        }
        left = forUploads.awaitNanos(left);
      }
      return closed ? null : pick(own);
    } finally {
      uploadsWaiting--;
      if (uploadsWaiting == 0 && !idle.isEmpty()) {
        forJobs.signalAll();
      }
      lock.unlock();
    }
  }

  /**
   * An idle child for a bulk job's file, once no upload waits for one; waits as long as that takes
   * (children are killed at their parse timeout, so one comes free). Null once the pool is closed.
   */
  ChildProcess takeForJob(ChildProcess own) throws InterruptedException {
    lock.lock();
    try {
      while ((idle.isEmpty() || uploadsWaiting > 0) && !closed) {
        forJobs.await();
      }
      return closed ? null : pick(own);
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

  private ChildProcess pick(ChildProcess own) {
    ChildProcess pick =
        idle.contains(own) && own.readyNow()
            ? own
            : idle.stream().filter(ChildProcess::readyNow).findFirst().orElse(idle.get(0));
    idle.remove(pick);
    return pick;
  }
}
