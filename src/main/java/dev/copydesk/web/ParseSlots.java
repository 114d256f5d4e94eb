package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code maxConcurrentParses} files in the pipeline at once; one more is told {@code BUSY}
 * at once instead of queueing. Slots are taken only after the body is received, so slow uploaders
 * never hold one. A parse that outlives the deadline is answered {@code PARSE_TIMEOUT} and
 * interrupted; its slot frees only when it really ends, so a stuck parser cannot multiply.
 */
final class ParseSlots implements AutoCloseable {

  private final Semaphore permits;
  private final Duration deadline;
  private final ExecutorService executor;

  ParseSlots(int maxConcurrent, Duration deadline) {
    this.permits = new Semaphore(maxConcurrent);
    this.deadline = deadline;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "copydesk-parse-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  <T> Result<T> run(Callable<T> work) {
    if (!permits.tryAcquire()) {
      return Result.failed(
          ErrorCode.BUSY, "All parse slots are in use; retry after the Retry-After delay");
    }
    // Freed as the work ends, before its answer is handed back (a client that sends its next
    // file on the answer must find the slot free), and once only: also if the task never runs.
    AtomicBoolean held = new AtomicBoolean(true);
    Runnable release =
        () -> {
          if (held.getAndSet(false)) {
            permits.release();
          }
        };
    FutureTask<T> task =
        new FutureTask<>(
            () -> {
              try {
                return work.call();
              } finally {
                release.run();
              }
            }) {
          @Override
          public void run() {
            try {
              super.run();
            } finally {
              release.run();
            }
          }
        };
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      release.run();
      return Result.failed(ErrorCode.NOT_READY, "The server is shutting down; retry shortly");
    }
    return await(task);
  }

  private <T> Result<T> await(FutureTask<T> task) {
    try {
      return Result.ok(task.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      task.cancel(true);
      return Result.failed(
          ErrorCode.PARSE_TIMEOUT,
          "Parsing took longer than " + deadline.toSeconds() + " s; the file may be too complex");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      return Result.failed(ErrorCode.NOT_READY, "The server is shutting down; retry shortly");
    } catch (ExecutionException e) {
      throw new IllegalStateException("The pipeline failed unexpectedly", e.getCause());
    }
  }

  /** Stops taking work and waits up to {@code grace} for parses in flight. */
  void drain(Duration grace) throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
