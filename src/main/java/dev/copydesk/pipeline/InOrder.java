package dev.copydesk.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a few threads and hands their results on in submission order, with a bounded
 * look-ahead: at most twice as many tasks in flight as threads, so memory stays flat however long
 * the list is.
 */
final class InOrder<T> implements AutoCloseable {

  private final ExecutorService workers;
  private final int window;

  InOrder(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "copydesk-batch-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.window = 2 * threads;
  }

  /** Runs every task; {@code sink} sees the results on the calling thread, in the tasks' order. */
  void run(List<Callable<T>> tasks, Consumer<T> sink) {
    Deque<Future<T>> inFlight = new ArrayDeque<>();
    for (Callable<T> task : tasks) {
      if (inFlight.size() == window) {
        sink.accept(next(inFlight));
      }
      inFlight.add(workers.submit(task));
    }
    while (!inFlight.isEmpty()) {
      sink.accept(next(inFlight));
    }
  }

  private T next(Deque<Future<T>> inFlight) {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a file", e);
    } catch (ExecutionException e) {
      // A task's own failure, as if it had run on this thread.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
