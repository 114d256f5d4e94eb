package dev.copydesk.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kills the parser children that are past their parse deadline ({@link
 * ChildProcess#killIfOverdue}), checking every {@link #PERIOD_MS} ms on one daemon thread, so a
 * caller blocked on a child's reply is freed within that much of the parse timeout.
 */
final class ParseWatchdog implements AutoCloseable {

  static final long PERIOD_MS = 50;

  private final Thread thread;

  ParseWatchdog(List<ChildProcess> children) {
    List<ChildProcess> watched = List.copyOf(children);
    this.thread =
        new Thread(
            () -> {
              try {
                while (true) {
                  TimeUnit.MILLISECONDS.sleep(PERIOD_MS);
                  long now = System.nanoTime();
                  watched.forEach(child -> child.killIfOverdue(now));
                }
              } catch (InterruptedException e) {
                // closed
              }
            },
            "copydesk-parse-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
