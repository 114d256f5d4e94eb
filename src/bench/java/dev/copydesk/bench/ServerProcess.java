package dev.copydesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test in its own JVM: started from a command line, its output copied to a log file,
 * its address read from the line it prints once it serves (the first {@code http://...} URI).
 * Stopped with SIGTERM (a graceful stop), forcibly after a grace period.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern URI_IN_LINE = Pattern.compile("(http://[^\\s)]+)");

  private final Process process;
  private final URI uri;
  private final Path log;

  private ServerProcess(Process process, URI uri, Path log) {
    this.process = process;
    this.uri = uri;
    this.log = log;
  }

  /**
   * {@code ./copydesk serve} on a free port, as users start it (with the launcher's JVM options for
   * a server), then {@code args}.
   */
  static List<String> copydeskServe(Path dataDir, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("./copydesk", "serve", "--port", "0", "--data-dir", dataDir.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * The launcher's {@code COPYDESK_JAVA_OPTS}: {@code heap} and the extra options (e.g. JFR) in the
   * environment variable {@code extraOptionsVariable}.
   */
  static Map<String, String> javaOptions(String heap, String extraOptionsVariable) {
    String extra = System.getenv(extraOptionsVariable);
    return Map.of(
        "COPYDESK_JAVA_OPTS", extra == null || extra.isBlank() ? heap : heap + " " + extra.trim());
  }

  static ServerProcess start(List<String> command, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<URI> serving = new CompletableFuture<>();
    Thread copier = new Thread(() -> copy(process, log, serving), "log-" + log.getFileName());
    copier.setDaemon(true);
    copier.start();
    try {
      return new ServerProcess(process, serving.get(180, TimeUnit.SECONDS), log);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not say where it serves; see " + log, e);
    }
  }

  private static void copy(Process process, Path log, CompletableFuture<URI> serving) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        Matcher found = URI_IN_LINE.matcher(line);
        if (!serving.isDone() && found.find()) {
          serving.complete(URI.create(found.group(1)));
        }
      }
    } catch (IOException e) {
      serving.completeExceptionally(e);
    }
    serving.completeExceptionally(new IOException("the server exited"));
  }

  URI uri() {
    return uri;
  }

  long pid() {
    return process.pid();
  }

  /** CPU seconds the server and its living child processes have used so far. */
  double cpuSeconds() {
    return ProcessCpu.treeSeconds(process.toHandle());
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Whether the server's output mentions an OutOfMemoryError (in the server or a child). */
  boolean sawOutOfMemory() throws IOException {
    return Files.readString(log).contains("OutOfMemoryError");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
