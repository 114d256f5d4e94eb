package dev.copydesk.bench;

import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;
import dev.copydesk.extract.Extractor;
import dev.copydesk.extract.ForkedExtractor;
import dev.copydesk.extract.TikaExtractor;
import dev.copydesk.model.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Issue 7's speed check: what isolation costs. For the seed docx and pdf, the warm parse time per
 * file in this JVM ({@code in-process}) and in a warm child JVM ({@code forked}), alternating, the
 * median of {@value #ROUNDS} each after {@value #WARMUP} warm-up parses, and their ratio (goal:
 * forked at most 1.2× in-process). Then the cold-restart cost: the child is killed from outside and
 * the next file pays for a new JVM, Tika's start and the parse ({@value #KILLS} kills, median).
 */
public final class IsolationBench {

  private static final List<Path> FILES =
      List.of(Path.of("seeds/library-fire.docx"), Path.of("seeds/library-fire.pdf"));
  private static final int WARMUP = 5;
  private static final int ROUNDS = 25;
  private static final int KILLS = 3;
  private static final double GOAL = 1.2;

  private IsolationBench() {}

  public static void main(String[] args) throws Exception {
    Limits limits = Limits.defaults();
    TikaExtractor inProcess = new TikaExtractor(limits);
    long startedAt = System.nanoTime();
    // One child: the kill below must hit the child the next parse uses.
    try (ForkedExtractor forked =
        new ForkedExtractor(
            limits, new Parse(Parse.FORKED, 1, 512), TikaExtractor.class.getName())) {
      if (!forked.awaitReady(120_000)) {
        throw new IllegalStateException("the parser child did not start within 120 s");
      }
      System.out.printf("isolation: child JVM cold start to ready %d ms%n", millisSince(startedAt));
      boolean met = true;
      for (Path file : FILES) {
        met &= warm(file, inProcess, forked);
      }
      coldRestart(FILES.get(0), forked);
      System.out.printf(
          "isolation: warm goal (forked <= %.1fx in-process) %s%n", GOAL, met ? "met" : "NOT met");
    }
  }

  private static boolean warm(Path file, Extractor inProcess, Extractor forked) {
    List<Long> here = new ArrayList<>();
    List<Long> there = new ArrayList<>();
    for (int i = 0; i < WARMUP + ROUNDS; i++) {
      long a = time(inProcess, file);
      long b = time(forked, file);
      if (i >= WARMUP) {
        here.add(a);
        there.add(b);
      }
    }
    double inMs = median(here) / 1e6;
    double forkMs = median(there) / 1e6;
    double ratio = forkMs / inMs;
    System.out.printf(
        "isolation: %-20s warm median of %d: in-process %7.1f ms, forked %7.1f ms, ratio %.2fx%n",
        file.getFileName(), ROUNDS, inMs, forkMs, ratio);
    return ratio <= GOAL;
  }

  private static void coldRestart(Path file, Extractor forked) {
    List<Long> cold = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      killParserChildren();
      cold.add(time(forked, file));
      time(forked, file); // warm again before the next kill
    }
    long warm = time(forked, file);
    System.out.printf(
        "isolation: cold restart after a killed child (%s, median of %d): %d ms; next warm parse %d ms%n",
        file.getFileName(), KILLS, median(cold) / 1_000_000, warm / 1_000_000);
  }

  /**
   * Kills this JVM's parser child the way the OOM killer would: no warning. The bench starts no
   * other process, and a command line with the whole classpath may be cut short, so every child is
   * the parser.
   */
  private static void killParserChildren() {
    List<ProcessHandle> children = ProcessHandle.current().children().toList();
    if (children.isEmpty()) {
      throw new IllegalStateException("no parser child to kill");
    }
    for (ProcessHandle child : children) {
      child.destroyForcibly();
      child.onExit().join();
    }
  }

  private static long time(Extractor extractor, Path file) {
    long start = System.nanoTime();
    Result<?> result = extractor.extract(file, file.getFileName().toString());
    long nanos = System.nanoTime() - start;
    if (!(result instanceof Result.Ok<?>)) {
      throw new IllegalStateException(file + " did not parse: " + result);
    }
    return nanos;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
