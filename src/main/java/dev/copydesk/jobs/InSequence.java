package dev.copydesk.jobs;

import java.util.HashMap;
import java.util.Map;

/**
 * Finishes a job's files in the order they were queued, although several are prepared at once. A
 * worker that prepared a file out of turn parks its finishing step and goes on to the next file;
 * the worker that finishes the file in turn also finishes every parked one that follows it. So a
 * later file is matched against an earlier one exactly as if they went one by one, and no worker
 * waits for a slow neighbour unless {@code maxParked} steps are already parked (which bounds the
 * memory that prepared entries hold).
 */
final class InSequence {

  private final int maxParked;
  private final Map<Long, Runnable> parked = new HashMap<>();
  private long issued;
  private long next;
  private boolean finishing;

  InSequence(int maxParked) {
    this.maxParked = maxParked;
  }

  /** The place of the next file queued. */
  synchronized long ticket() {
    return issued++;
  }

  /**
   * Hands over the finishing step of the file with this {@code ticket}: run now, with the parked
   * ones after it, when it is the file's turn; else parked for the worker whose turn it is. {@code
   * finish} must not throw.
   *
   * @throws InterruptedException while waiting for room to park (the runner is stopping)
   */
  void offer(long ticket, Runnable finish) throws InterruptedException {
    synchronized (this) {
      while (ticket != next && parked.size() >= maxParked) {
        wait();
      }
      parked.put(ticket, finish);
      if (finishing || ticket != next) {
        return;
      }
      finishing = true;
    }
    for (Runnable step = take(); step != null; step = take()) {
      step.run();
    }
  }

  /**
   * The parked step whose turn it is (the one just run counts as done), or null: stop finishing.
   */
  private synchronized Runnable take() {
    Runnable step = parked.remove(next);
    if (step == null) {
      finishing = false;
      return null;
    }
    next++;
    notifyAll();
    return step;
  }
}
