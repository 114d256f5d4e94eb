package dev.copydesk.bench;

import dev.copydesk.dedupe.DuplicateCorpusGenerator;
import dev.copydesk.dedupe.SqliteDuplicateIndex;
import dev.copydesk.model.Entry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The persistent duplicate index at scale: adds N synthetic articles (~550 words each) to a {@link
 * SqliteDuplicateIndex} in a temporary directory, then times 1,000 lookups (half of them copies of
 * indexed articles, half new articles) and divides the database file by N.
 *
 * <pre>java ... dev.copydesk.bench.DuplicateIndexBench 10000 100000 1000000</pre>
 */
public final class DuplicateIndexBench {

  private static final int LOOKUPS = 1_000;

  private DuplicateIndexBench() {}

  public static void main(String[] args) throws IOException {
    String[] sizes = args.length == 0 ? new String[] {"10000"} : args;
    // Wall-clock and thread-CPU latency: on a shared machine the first includes waiting for a core.
    System.out.printf(
        "%10s %12s %12s %12s %12s %12s %10s%n",
        "documents", "add µs/doc", "lookup p50", "lookup p99", "cpu p50", "cpu p99", "bytes/doc");
    for (String size : sizes) {
      run(Integer.parseInt(size));
    }
  }

  private static void run(int documents) throws IOException {
    DuplicateCorpusGenerator text = new DuplicateCorpusGenerator(1);
    Path dir = Files.createTempDirectory("dedupe-bench");
    Path file = dir.resolve("index.db");
    long addNanos = 0;
    long[] lookups = new long[LOOKUPS];
    long[] lookupsCpu = new long[LOOKUPS];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file)) {
      for (int i = 0; i < documents; i++) {
        Entry entry = article(text, i);
        long start = System.nanoTime();
        index.add(entry);
        addNanos += System.nanoTime() - start;
      }
      Random queries = new Random(7);
      for (int q = 0; q < LOOKUPS; q++) {
        // Even lookups: a random indexed article under another id (a hit, rebuilt from its
        // seed). Odd lookups: an article the index has never seen (the common case).
        Entry probe =
            q % 2 == 0
                ? copy(article(text, queries.nextInt(documents)))
                : text.article("new-" + q, queries);
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        int flags = index.matches(probe).size();
        lookupsCpu[q] = threads.getCurrentThreadCpuTime() - startCpu;
        lookups[q] = System.nanoTime() - start;
        if (q % 2 == 0 && flags == 0) {
          throw new IllegalStateException("a planted copy was not found: " + probe.id());
        }
      }
    }
    Arrays.sort(lookups);
    Arrays.sort(lookupsCpu);
    System.out.printf(
        Locale.ROOT,
        "%10d %12.0f %10.0fµs %10.0fµs %10.0fµs %10.0fµs %10.0f%n",
        documents,
        addNanos / 1e3 / documents,
        lookups[LOOKUPS / 2] / 1e3,
        lookups[LOOKUPS * 99 / 100] / 1e3,
        lookupsCpu[LOOKUPS / 2] / 1e3,
        lookupsCpu[LOOKUPS * 99 / 100] / 1e3,
        (double) Files.size(file) / documents);
    TempTrees.delete(dir);
  }

  /** Document i, the same every time it is asked for. */
  private static Entry article(DuplicateCorpusGenerator text, int i) {
    return text.article(id(i), new Random(0x5EED_0000L + i));
  }

  private static Entry copy(Entry entry) {
    return new Entry(
        entry.schemaVersion(),
        "copy-" + entry.id(),
        entry.source(),
        entry.title(),
        entry.standfirst(),
        entry.authors(),
        entry.published(),
        entry.language(),
        entry.wordCount(),
        entry.body(),
        entry.removed(),
        entry.flags(),
        entry.metadata());
  }

  /** Ids like the ones the pipeline makes: 16 hex digits. */
  private static String id(int i) {
    return String.format("%016x", (long) i * 0x9E3779B97F4A7C15L);
  }
}
