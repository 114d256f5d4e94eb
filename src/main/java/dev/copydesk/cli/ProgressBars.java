package dev.copydesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of an ingest on stderr (files, rate, ETA): a bar redrawn in place on a terminal;
 * elsewhere (a log file, cron, CI) one plain line every {@link #LOGGED_EVERY}, so a log does not
 * collect one endless line of redraws. {@code copydesk jobs watch} follows the same rule.
 */
final class ProgressBars {

  /** Below this many files a progress bar is more noise than help. */
  private static final int MIN_FILES = 4;

  /** How often progress is written as a line when stderr is not a terminal. */
  static final Duration LOGGED_EVERY = Duration.ofSeconds(10);

  /** A logged line's width: a log has no terminal to fit, the default 80 cut the extra message. */
  private static final int LOGGED_WIDTH = 160;

  private ProgressBars() {}

  /** A bar for {@code total} files, or null when there are too few for one. */
  static ProgressBar start(String task, long total, PrintWriter err) {
    return start(task, total, 0, err);
  }

  /**
   * A bar for {@code total} files of which {@code done} were done before (a resumed job: its rate
   * and ETA count only what this run does), or null when there are too few for one.
   */
  static ProgressBar start(String task, long total, long done, PrintWriter err) {
    return total < MIN_FILES ? null : styled(task, total, done, err);
  }

  private static ProgressBar styled(String task, long total, long done, PrintWriter err) {
    ProgressBarBuilder bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .startsFrom(done, Duration.ZERO)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .showSpeed();
    if (!onTerminal()) {
      bar.setConsumer(new DelegatingProgressBarConsumer(new Lines(err), LOGGED_WIDTH))
          .setUpdateIntervalMillis((int) LOGGED_EVERY.toMillis());
    }
    return bar.build();
  }

  /** A bar that counts files without a known total (files taken in, and their rate). */
  static ProgressBar counting(String task, PrintWriter err) {
    return styled(task, -1, 0, err);
  }

  /** Whether progress can be redrawn in place (the JVM has a console), else it is logged. */
  static boolean onTerminal() {
    return System.console() != null;
  }

  /** Each state as a line; the bar renders its last state twice (at 100 % and closing): once. */
  private static final class Lines implements Consumer<String> {

    private final PrintWriter err;
    private String last;

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void accept(String rendered) {
      String line = rendered.strip();
      if (!line.equals(last)) {
        err.println(line);
        err.flush();
        last = line;
      }
    }
  }
}
