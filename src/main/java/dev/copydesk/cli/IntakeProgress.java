package dev.copydesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBar;

/**
 * Files taken in so far, and their rate, on stderr while a command takes a folder or an archive in:
 * each file is linked or copied into the data dir and synced before the job starts, which for a
 * 10,000-file folder took 9 s with nothing on screen when files were copied one force after
 * another. Shown only once the intake has run for a second.
 */
final class IntakeProgress implements AutoCloseable {

  private static final Duration QUIET = Duration.ofSeconds(1);
  private static final Duration STEP = Duration.ofMillis(200);

  private final Thread ticker;

  private IntakeProgress(Thread ticker) {
    this.ticker = ticker;
  }

  static IntakeProgress start(String task, IntSupplier taken, PrintWriter err) {
    Thread ticker = new Thread(() -> show(task, taken, err), "copydesk-intake-progress");
    ticker.setDaemon(true);
    ticker.start();
    return new IntakeProgress(ticker);
  }

  private static void show(String task, IntSupplier taken, PrintWriter err) {
    try {
      Thread.sleep(QUIET.toMillis());
    } catch (InterruptedException e) {
      return; // over within a second: no bar
    }
    try (ProgressBar bar = ProgressBars.counting(task, err)) {
      while (!Thread.currentThread().isInterrupted()) {
        bar.stepTo(taken.getAsInt());
        try {
          Thread.sleep(STEP.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      bar.stepTo(taken.getAsInt());
    }
  }

  /** Ends the bar (its last state drawn) before anything else is printed. */
  @Override
  public void close() throws InterruptedException {
    ticker.interrupt();
    ticker.join();
  }
}
