package dev.copydesk.cli;

import dev.copydesk.jobs.JobStatus;
import java.io.PrintWriter;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What a command stopped before its end (Ctrl-C, SIGTERM) says on stderr: where it stood and how to
 * go on. A shutdown hook, registered for the run and removed when it ends.
 */
final class StopNotice implements AutoCloseable {

  private final PrintWriter err;
  private final Thread hook = new Thread(this::say, "copydesk-stopped");
  private volatile Supplier<String> message = () -> null;
  private volatile boolean elsewhere;

  private StopNotice(PrintWriter err) {
    this.err = err;
  }

  static StopNotice register(PrintWriter err) {
    StopNotice notice = new StopNotice(err);
    Runtime.getRuntime().addShutdownHook(notice.hook);
    return notice;
  }

  /** The command is taking files in; {@code taken} counts them so far. */
  void takingIn(IntSupplier taken) {
    message =
        () ->
            "Stopped while taking the files in (%d so far). Run the same command again to start over."
                .formatted(taken.getAsInt());
  }

  /** The job followed is run by another process, which a stop here does not stop. */
  void runElsewhere() {
    elsewhere = true;
  }

  /** The job runs; {@code job} is its latest status. */
  void running(JobStatus job) {
    if (job.state().terminal()) {
      message = () -> null;
    } else if (elsewhere) {
      message =
          () ->
              "Stopped following job %s at %d of %d files; the process running it goes on."
                  .formatted(job.id(), job.processed(), job.total());
    } else {
      message =
          () ->
              ("Stopped at %d of %d files. Run the same command again to resume job %s: files"
                      + " already done are not done again.")
                  .formatted(job.processed(), job.total(), job.id());
    }
  }

  private void say() {
    String said = message.get();
    if (said != null) {
      err.printf("%n%s%n", said);
      err.flush();
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already stopping: the hook runs, which is what a stop needs
    }
  }
}
