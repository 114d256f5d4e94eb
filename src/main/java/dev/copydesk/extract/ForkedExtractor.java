package dev.copydesk.extract;

import dev.copydesk.config.JobSettings;
import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Parses in a pool of warm child JVMs ({@link ParserChild}) so a hostile file can hang, exhaust
 * memory or call {@code System.exit} without touching the server: the child is killed at the parse
 * timeout or dies alone, the file gets {@code PARSE_TIMEOUT} or {@code PARSER_CRASHED}, and a fresh
 * child starts in its place at once. The pool is bounded: an upload waits at most one parse timeout
 * for a free, started child, then gets {@code BUSY}; so a reply takes at most twice the parse
 * timeout, and one parse timeout (plus the kill) when a warm child is free: callers are handed warm
 * children before restarting ones, so a pool with one child more than concurrent callers keeps the
 * one-timeout bound through restarts. A bulk job's file ({@link #extractInBulk}) gets a child only
 * when no upload waits for one, and never the one kept for uploads ({@link ChildPool}); the others
 * run {@link JobSettings#BACKGROUND_NICE} nice steps below the server, as the job workers do.
 */
public final class ForkedExtractor implements Extractor, AutoCloseable {

  private static final Path NICE = Path.of("/usr/bin/nice");

  private final Limits limits;
  private final List<ChildProcess> children = new ArrayList<>();
  private final ChildPool pool;
  private final ParseWatchdog watchdog;
  private volatile boolean closed;

  /**
   * @param extractorClass what each child runs: an {@link Extractor} with a public {@code (Limits)}
   *     constructor, normally {@link TikaExtractor}, so both modes give the same result
   */
  public ForkedExtractor(Limits limits, Parse parse, String extractorClass) {
    this.limits = limits;
    ChildProtocol.Hello hello = new ChildProtocol.Hello(extractorClass, limits, null);
    List<String> command = command(parse.forkedHeapMb());
    for (int i = 0; i < parse.forkedWorkers(); i++) {
      boolean forJobs = i < parse.forkedWorkers() - 1;
      ChildProcess child = new ChildProcess(forJobs ? niced(command) : command, hello);
      child.prestart();
      children.add(child);
    }
    this.pool = new ChildPool(children, ChildProcess::readyNow);
    this.watchdog = new ParseWatchdog(children);
  }

  /** An upload's file: the next free child goes to it before any bulk job's file. */
  @Override
  public Result<Extracted> extract(Path file, String fileName) {
    if (closed) {
      return Result.failed(ErrorCode.NOT_READY, "The parser pool is shut down.");
    }
    long readyBy = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.parseTimeoutMs());
    ChildProcess child;
    try {
      child =
          pool.takeForUpload(
              TimeUnit.MILLISECONDS.toNanos(limits.parseTimeoutMs()), childFor(fileName));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(ErrorCode.BUSY, "Interrupted while waiting for a parser.");
    }
    if (child == null) {
      return closed
          ? Result.failed(ErrorCode.NOT_READY, "The parser pool is shut down.")
          : Result.failed(ErrorCode.BUSY, "All parsers are busy.");
    }
    return parse(child, file, fileName, readyBy);
  }

  /**
   * A bulk job's file: waits for a child while any upload waits, and for as long as every child is
   * busy (never {@code BUSY}: the job's file would fail for being queued); then at most one parse
   * timeout for a restarting child to be ready.
   */
  @Override
  public Result<Extracted> extractInBulk(Path file, String fileName) {
    ChildProcess child;
    try {
      child = closed ? null : pool.takeForJob(childFor(fileName));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(ErrorCode.NOT_READY, "Interrupted while waiting for a parser.");
    }
    if (child == null) {
      return Result.failed(ErrorCode.NOT_READY, "The parser pool is shut down.");
    }
    long readyBy = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.parseTimeoutMs());
    return parse(child, file, fileName, readyBy);
  }

  private Result<Extracted> parse(ChildProcess child, Path file, String fileName, long readyBy) {
    try {
      return child.parse(file.toAbsolutePath(), fileName, readyBy, limits.parseTimeoutMs());
    } finally {
      pool.giveBack(child);
    }
  }

  /**
   * The child a file goes to when it is free: one per family of formats (PDF, office documents, web
   * pages, plain text) among the children bulk jobs may use (all but the one {@link ChildPool}
   * keeps for uploads), so that each child's JIT compiles the parsers of its families rather than
   * of all of them (in a mixed bulk import the children's JIT cost more CPU than their parsing).
   * Judged by the name: a misnamed file only lands on another child.
   */
  private ChildProcess childFor(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    int family =
        switch (extension) {
          case "pdf" -> 0;
          case "docx", "docm", "dotx", "doc", "dot", "odt", "ott", "rtf" -> 1;
          case "html", "htm", "xhtml" -> 2;
          default -> 3;
        };
    int forJobs = Math.max(1, children.size() - 1);
    return children.get(family % forJobs);
  }

  /**
   * Waits until every child has loaded its parser (server readiness, benchmarks, tests).
   *
   * @return false when some child is not ready within the time
   */
  public boolean awaitReady(long timeoutMs) {
    long readyBy = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    List<ChildProcess> taken = new ArrayList<>();
    try {
      while (taken.size() < children.size()) {
        ChildProcess child = pool.takeForUpload(Math.max(0, readyBy - System.nanoTime()), null);
        if (child == null) {
          return false;
        }
        taken.add(child);
        if (!child.awaitReady(readyBy)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      taken.forEach(pool::giveBack);
    }
  }

  /**
   * True while open and some child has loaded its parser: a busy child counts, an idle one is asked
   * without waiting (so a pool that has warmed up reports ready before its first file).
   */
  @Override
  public boolean ready() {
    return !closed && (children.stream().anyMatch(ChildProcess::isReady) || awaitReady(0));
  }

  /** Child JVMs started so far, restarts included (for metrics and tests). */
  public int processStarts() {
    return children.stream().mapToInt(ChildProcess::starts).sum();
  }

  @Override
  public void close() {
    closed = true;
    pool.close();
    watchdog.close();
    children.forEach(ChildProcess::close);
  }

  private static List<String> command(int heapMb) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-Xmx" + heapMb + "m",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseSerialGC", // one parse at a time: the smallest, fastest-starting collector
        // Shallower C2 inlining, as the launcher gives `serve`: PDFBox, POI, jsoup and Xerces make
        // C2 compile huge methods for as long as a child lives (its JIT cost more CPU than its
        // parsing in a bulk import); with these a bulk import used 13 % less CPU per file (see
        // docs/performance.md)
        "-XX:InlineSmallCode=1000",
        "-XX:MaxInlineLevel=9",
        "-Djava.awt.headless=true",
        "-cp",
        classpath(),
        ParserChild.class.getName());
  }

  /** {@code command} started under {@code nice} where there is one (Linux, macOS). */
  private static List<String> niced(List<String> command) {
    if (!Files.isExecutable(NICE)) {
      return command;
    }
    List<String> niced =
        new ArrayList<>(
            List.of(NICE.toString(), "-n", Integer.toString(JobSettings.BACKGROUND_NICE)));
    niced.addAll(command);
    return niced;
  }

  /**
   * The classpath that loaded copydesk: a web app's own jars (its class loader) before the JVM's
   * classpath, so the child finds Tika whether copydesk runs embedded or inside a servlet host.
   */
  static String classpath() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader loader = ParserChild.class.getClassLoader();
        loader != null && loader != ClassLoader.getSystemClassLoader();
        loader = loader.getParent()) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          toPath(url, entries);
        }
      }
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void toPath(URL url, Set<String> entries) {
    if (!"file".equals(url.getProtocol())) {
      return;
    }
    try {
      entries.add(Path.of(url.toURI()).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      // not a local file: the child cannot use it anyway
    }
  }
}
