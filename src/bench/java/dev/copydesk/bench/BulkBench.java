package dev.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 6's benchmark: {@code BENCH_BULK_FILES} generated files (default 10,000; see {@link
 * BulkCorpus} for the mix) through copydesk's bulk endpoint, the server in its own JVM with its
 * heap capped at 512 MB, against the plain-Tika HTTP baseline ({@link BareTikaServer} in its own
 * JVM, same cap, 2 clients) on the same files, in one run. Subjects run one after another in the
 * order of {@code BENCH_BULK_SUBJECTS} (default {@code plain,forked,in-process,plain}: the baseline
 * brackets copydesk, so a change in the machine's load shows as two different baselines; other
 * subjects: see {@link BulkVariant}); the ratio is against the mean of the baselines, and each run
 * also against the baselines next to it ({@link PairedRatios}: repeat the subjects in rounds, e.g.
 * {@code plain,forked,in-process,plain,in-process,forked,plain}, for a median). A copydesk subject
 * is stopped after {@code BENCH_BULK_MAX_SECONDS} (default 1800) and reports how far it got. Every
 * server is warmed up first, untimed, with {@code BENCH_BULK_WARM_UP} (default 2,000; 0 for none)
 * files of other articles, in every format measured (seed copies included): a server runs for days,
 * and a cold one spent a third of its CPU in the JIT compilers during a 50 s import (measured per
 * thread). Logs and heap samples (CSV) go to {@code target/bench/bulk/logs/}.
 */
public final class BulkBench {

  private static final String HEAP = "-Xmx512m";

  private BulkBench() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(env("BENCH_BULK_FILES", "10000"));
    int batch = Integer.parseInt(env("BENCH_BULK_BATCH", "1000"));
    List<String> subjects =
        List.of(env("BENCH_BULK_SUBJECTS", "plain,forked,in-process,plain").split(","));
    Duration cap = Duration.ofSeconds(Long.parseLong(env("BENCH_BULK_MAX_SECONDS", "1800")));
    int warmUpCount = Integer.parseInt(env("BENCH_BULK_WARM_UP", "2000"));
    Path root = Path.of("target/bench/bulk");
    long start = System.nanoTime();
    Path folder = BulkCorpus.files(count, root);
    List<Path> files = BulkCorpus.list(folder);
    List<Path> zips = BulkCorpus.zips(folder, files, batch);
    BulkCorpus.Mix mix = BulkCorpus.mix(files);
    List<Path> warmUp = List.of();
    List<Path> warmUpZips = List.of();
    if (warmUpCount > 0) {
      Path warmUpFolder = BulkCorpus.warmUpFiles(warmUpCount, root);
      warmUp = BulkCorpus.list(warmUpFolder);
      warmUpZips = BulkCorpus.zips(warmUpFolder, warmUp, batch);
    }
    System.out.printf(
        Locale.ROOT,
        "bulk: %d files (%s; %d re-formatted copies of earlier"
            + " articles, %d seed copies), %d zips of %d, ready in %.0f s%n",
        mix.files(),
        mix.byExtension(),
        mix.formatCopies(),
        mix.seedCopies(),
        zips.size(),
        batch,
        (System.nanoTime() - start) / 1e9);
    System.out.printf(
        "bulk: every server is first warmed up untimed with %d other files%n", warmUp.size());
    Path logs = Files.createDirectories(root.resolve("logs"));
    List<BulkRun> runs = new ArrayList<>();
    for (String subject : subjects) {
      System.out.printf("bulk: %s starts, load average %s%n", subject, LoadAverage.now());
      BulkRun run =
          subject.equals("plain")
              ? PlainBulk.run(warmUp, files, HEAP, logs)
              : CopydeskBulk.run(
                  BulkVariant.parse(subject),
                  warmUpZips,
                  warmUp.size(),
                  zips,
                  files.size(),
                  HEAP,
                  logs,
                  cap);
      runs.add(run);
      System.out.printf(
          Locale.ROOT,
          "bulk: %s took %.1f s (%.2f files/s), load average %s%n",
          subject,
          run.seconds(),
          run.filesPerSecond(),
          LoadAverage.now());
    }
    report(runs);
  }

  private static void report(List<BulkRun> runs) {
    List<BulkRun> plain = runs.stream().filter(r -> r.subject().startsWith("plain")).toList();
    BulkRun baseline = plain.isEmpty() ? runs.get(0) : mean(plain);
    System.out.printf(
        "bulk: results (ratio = files/s over the mean baseline), load average %s%n",
        LoadAverage.now());
    for (BulkRun run : runs) {
      System.out.print(run.line(baseline));
    }
    System.out.println("  (required ratio >= 0.7x, goal >= 1x)");
    System.out.print(PairedRatios.report(runs));
    runs.forEach(run -> System.out.print(run.details()));
  }

  /** The baselines' mean throughput, as one run of the same files. */
  private static BulkRun mean(List<BulkRun> plain) {
    double rate = plain.stream().mapToDouble(BulkRun::filesPerSecond).average().orElseThrow();
    BulkRun first = plain.get(0);
    double cpu = plain.stream().mapToDouble(BulkRun::cpuSeconds).average().orElseThrow();
    return new BulkRun(
        "plain (mean)",
        first.files(),
        first.files() / rate,
        first.failed(),
        first.failures(),
        first.flags(),
        first.memory(),
        cpu,
        false,
        "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
