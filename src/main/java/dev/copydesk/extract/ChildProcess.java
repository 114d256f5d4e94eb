package dev.copydesk.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One place in the parser pool: a child JVM running {@link ParserChild}, replaced by a fresh one as
 * soon as it hangs, crashes or exits. The replacement starts at once, so its JVM warms up while
 * nobody waits on it. Used by one caller at a time (the pool hands it out), which reads the child's
 * reply itself: a reader thread in between cost a thread wake-up per file on a busy machine. A
 * {@link ParseWatchdog} kills a child that has not answered by its deadline, which ends the read.
 */
final class ChildProcess implements AutoCloseable {

  /**
   * One incarnation: the process, its stdout and stdin, and whether it said {@link
   * ChildProtocol#READY} (true) or ended first (false), as read by its start-up thread.
   */
  private record Running(
      Process process, BufferedReader stdout, BufferedWriter stdin, Future<Boolean> started) {}

  /** While a request is out: the process that must answer, and by when (nanoTime). */
  private record Deadline(Process process, long byNanos) {}

  private final List<String> command;
  private final ChildProtocol.Hello hello;
  private Running running;

  /** Volatile: read by readiness checks without taking the child (see {@link #isReady}). */
  private volatile boolean ready;

  private volatile int starts;

  /** Guarded by {@code this}: shared with the watchdog. */
  private Deadline deadline;

  /** Guarded by {@code this}: the watchdog killed the child for the request now out. */
  private boolean overdue;

  ChildProcess(List<String> command, ChildProtocol.Hello hello) {
    this.command = List.copyOf(command);
    this.hello = hello;
  }

  /** Starts the JVM now so it is warm by the first file; a failure is retried on first use. */
  void prestart() {
    try {
      start();
    } catch (IOException e) {
      running = null;
    }
  }

  /** Whether this child last said it had loaded its parser (any thread; never blocks). */
  boolean isReady() {
    return ready;
  }

  /** How many JVMs this place has started: 1 plus one per restart. */
  int starts() {
    return starts;
  }

  /**
   * @param readyBy the caller's deadline (nanoTime) for a child that is still starting: past it the
   *     caller gets {@code BUSY} and the child keeps starting for the next file
   */
  Result<Extracted> parse(Path file, String fileName, long readyBy, long timeoutMs) {
    try {
      if (running != null && !running.process().isAlive()) {
        stop(); // died between files: the next file must not be blamed
      }
      if (!awaitReady(readyBy)) {
        return running == null
            ? Result.failed(ErrorCode.INTERNAL, "The parser process could not start.")
            : Result.failed(ErrorCode.BUSY, "The parsers are restarting.");
      }
      return exchange(file, fileName, timeoutMs);
    } catch (IOException e) {
      return restartAfter(ErrorCode.PARSER_CRASHED, "The parser process stopped.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return restartAfter(ErrorCode.INTERNAL, "Parsing was interrupted.");
    }
  }

  /** Whether the child has loaded its parser, without waiting (a dead one is not ready). */
  boolean readyNow() {
    try {
      return running != null && running.process().isAlive() && awaitReady(System.nanoTime());
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller still holds this child: never lose it
      return false;
    }
  }

  /**
   * Waits until the child has loaded its parser or {@code readyBy} (nanoTime) passes. A child that
   * dies while starting is stopped (and {@code running} left null) so the next call starts anew.
   */
  boolean awaitReady(long readyBy) throws IOException, InterruptedException {
    if (running == null) {
      start();
    }
    if (!ready) {
      try {
        ready = running.started().get(Math.max(0, readyBy - System.nanoTime()), NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        ready = false;
      }
      if (!ready) {
        stop();
      }
    }
    return ready;
  }

  /** Kills the child if the request it holds is past its deadline (the watchdog's thread). */
  synchronized void killIfOverdue(long now) {
    if (deadline != null && now - deadline.byNanos() > 0) {
      overdue = true;
      deadline.process().destroyForcibly();
      deadline = null;
    }
  }

  private synchronized void expectReplyBy(long byNanos) {
    overdue = false;
    deadline = new Deadline(running.process(), byNanos);
  }

  /** Ends the deadline; true when the watchdog killed the child before that. */
  private synchronized boolean replyWasOverdue() {
    deadline = null;
    return overdue;
  }

  private Result<Extracted> exchange(Path file, String fileName, long timeoutMs)
      throws IOException {
    expectReplyBy(System.nanoTime() + MILLISECONDS.toNanos(timeoutMs));
    String reply;
    try {
      running
          .stdin()
          .write(ChildProtocol.write(new ChildProtocol.Request(file.toString(), fileName)));
      running.stdin().newLine();
      running.stdin().flush();
      reply = nextMessage(running);
    } catch (IOException e) {
      reply = null;
    }
    if (replyWasOverdue()) {
      return restartAfter(
          ErrorCode.PARSE_TIMEOUT,
          "Parsing took longer than " + timeoutMs + " ms and was stopped.");
    }
    if (reply == null) {
      return restartAfter(
          ErrorCode.PARSER_CRASHED, "The parser process stopped while reading this file.");
    }
    return ChildProtocol.read(reply, ChildProtocol.Reply.class).toResult();
  }

  private Result<Extracted> restartAfter(ErrorCode code, String detail) {
    stop();
    prestart();
    return Result.failed(code, detail);
  }

  private void start() throws IOException {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    starts++;
    BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    BufferedWriter stdin =
        new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), UTF_8));
    FutureTask<Boolean> started = new FutureTask<>(() -> saysReady(process, stdout));
    Thread reader = new Thread(started, "parser-child-" + process.pid() + "-start");
    reader.setDaemon(true);
    reader.start();
    running = new Running(process, stdout, stdin, started);
    ready = false;
    // Only the first JVM of this place warms up (at server start, nobody waits); a replacement
    // after a kill must be ready as soon as it can, and a hostile file may be striking again.
    stdin.write(ChildProtocol.write(starts == 1 ? warmingUp(process) : hello));
    stdin.newLine();
    stdin.flush();
  }

  /** The hello of a child that warms up (in a folder gone when it exits), or starts cold. */
  private ChildProtocol.Hello warmingUp(Process process) {
    return WarmUp.folderUntilExit(process).map(hello::warmingUpIn).orElse(hello);
  }

  /**
   * Reads the child's first message on its start-up thread, so a caller can wait for it with a time
   * limit. The stdout reader is the caller's once this returns (the future's completion publishes
   * its state).
   */
  private static boolean saysReady(Process process, BufferedReader stdout) {
    try {
      return ChildProtocol.READY.equals(ChildProtocol.nextMessage(process, stdout));
    } catch (IOException e) {
      return false;
    }
  }

  private static String nextMessage(Running running) throws IOException {
    return ChildProtocol.nextMessage(running.process(), running.stdout());
  }

  private void stop() {
    if (running == null) {
      return;
    }
    Process process = running.process();
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    running = null;
    ready = false;
  }

  @Override
  public void close() {
    stop();
  }
}
