package dev.copydesk.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of an ingest on stderr (files, rate, ETA): a bar redrawn in place on a terminal;
 * elsewhere (a log file, cron, CI) one plain line every {@value #LOGGED_EVERY_MS} ms, so a log does
 * not collect one endless line of redraws.
 */
final class ProgressBars {

  /** Below this many files a progress bar is more noise than help. */
  private static final int MIN_FILES = 4;

  private static final int LOGGED_EVERY_MS = 10_000;

  private ProgressBars() {}

  /** A bar for {@code total} files, or null when there are too few for one. */
  static ProgressBar start(String task, long total, PrintWriter err) {
    if (total < MIN_FILES) {
      return null;
    }
    ProgressBarBuilder bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .showSpeed();
    if (System.console() == null) {
      bar.setConsumer(new DelegatingProgressBarConsumer(new Lines(err)))
          .setUpdateIntervalMillis(LOGGED_EVERY_MS);
    }
    return bar.build();
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
