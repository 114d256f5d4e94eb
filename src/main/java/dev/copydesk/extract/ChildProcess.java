package dev.copydesk.extract;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One place in the parser pool: a child JVM running {@link ParserChild}, replaced by a fresh one as
 * soon as it hangs, crashes or exits. The replacement starts at once, so its JVM warms up while
 * nobody waits on it. Used by one caller at a time (the pool hands it out).
 */
final class ChildProcess implements AutoCloseable {

  /** Marks the end of a child's stdout in its line queue. */
  private static final String GONE = "\0gone";

  /** One incarnation: the process, its reply lines (read by a daemon thread) and its stdin. */
  private record Running(Process process, BlockingQueue<String> lines, BufferedWriter stdin) {}

  private final List<String> command;
  private final ChildProtocol.Hello hello;
  private Running running;

  /** Volatile: read by readiness checks without taking the child (see {@link #isReady}). */
  private volatile boolean ready;

  private volatile int starts;

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
      String first =
          running.lines().poll(Math.max(0, readyBy - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (first != null && !ChildProtocol.READY.equals(first)) {
        stop();
        return false;
      }
      ready = first != null;
    }
    return ready;
  }

  private Result<Extracted> exchange(Path file, String fileName, long timeoutMs)
      throws IOException, InterruptedException {
    running
        .stdin()
        .write(ChildProtocol.write(new ChildProtocol.Request(file.toString(), fileName)));
    running.stdin().newLine();
    running.stdin().flush();
    String reply = running.lines().poll(timeoutMs, TimeUnit.MILLISECONDS);
    if (reply == null) {
      return restartAfter(
          ErrorCode.PARSE_TIMEOUT,
          "Parsing took longer than " + timeoutMs + " ms and was stopped.");
    }
    if (reply.equals(GONE)) {
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
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> pump(process, lines), "parser-child-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    BufferedWriter stdin =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    running = new Running(process, lines, stdin);
    ready = false;
    // Only the first JVM of this place warms up (at server start, nobody waits); a replacement
    // after a kill must be ready as soon as it can, and a hostile file may be striking again.
    stdin.write(ChildProtocol.write(starts == 1 ? hello : hello.withoutWarmUp()));
    stdin.newLine();
    stdin.flush();
  }

  private static void pump(Process process, BlockingQueue<String> lines) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (ChildProtocol.isMessage(line)) {
          lines.add(line);
        } else {
          System.err.println("copydesk parser " + process.pid() + " printed: " + line);
        }
      }
    } catch (IOException e) {
      // the process is gone; GONE below says so
    }
    lines.add(GONE);
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
