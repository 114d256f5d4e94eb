package dev.copydesk.bench;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.config.Server;
import dev.copydesk.web.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 4's benchmark: uploads of a seed docx and pdf to copydesk's real {@link EmbeddedServer}
 * (token, port 0, temporary dataDir, {@code ?dryRun=true}) in both parse modes, and to {@link
 * BareTikaServer}, all in this JVM, from 2 concurrent clients ({@code hey}, another process).
 * Subjects are measured in alternating blocks so that the machine's load hits them alike; prints
 * p50, p99, throughput and the ratios.
 *
 * <pre>java ... dev.copydesk.bench.HttpBench [requests per subject and file, default 200]</pre>
 */
public final class HttpBench {

  private static final int CLIENTS = 2;

  /**
   * A server runs for days: measure it warm. Copydesk has several times the baseline's code for the
   * JIT to compile (normaliser, duplicate index, servlets), and each forked parser JVM compiles
   * Tika on its own with half of the traffic. A method called once per request is compiled by C2
   * only after 5,000 calls (HotSpot's Tier4InvocationThreshold), so the warm-up runs past that:
   * after 3,000 warm-up requests the compiler still used 2.3 ms of CPU per copydesk request and
   * 0.6-1.1 ms per baseline request (per-thread CPU, docx), after 8,000 1.1 and 0.8 ms. {@code
   * BENCH_HTTP_WARM_UP} overrides.
   */
  private static final int WARM_UP =
      Integer.parseInt(System.getenv().getOrDefault("BENCH_HTTP_WARM_UP", "6000"));

  private static final int BLOCKS = 4;
  private static final String TOKEN = "bench-token-0123456789abcdef";

  private HttpBench() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<UploadLoad.Upload> uploads =
        List.of(
            upload(
                "library-fire.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            upload("library-fire.pdf", "application/pdf"));
    Path data = Files.createTempDirectory("copydesk-httpbench");
    try (BareTikaServer bare = BareTikaServer.start();
        EmbeddedServer inProcess = copydesk(data.resolve("in-process"), Parse.IN_PROCESS);
        EmbeddedServer forked = copydesk(data.resolve("forked"), Parse.FORKED)) {
      List<UploadLoad.Subject> subjects =
          List.of(
              new UploadLoad.Subject("plain Tika + bare Jetty", bare.uri(), null, 200),
              subject("copydesk in-process", inProcess),
              subject("copydesk forked", forked));
      System.out.printf(
          "http: %d clients, %d requests per subject and file after %d warm-up, "
              + "load average %s%n",
          CLIENTS, requests, WARM_UP, LoadAverage.now());
      for (UploadLoad.Upload upload : uploads) {
        measure(upload, subjects, requests);
      }
      System.out.printf("http: done, load average %s%n", LoadAverage.now());
    }
  }

  private static void measure(
      UploadLoad.Upload upload, List<UploadLoad.Subject> subjects, int requests) throws Exception {
    Map<UploadLoad.Subject, Stats> stats = new LinkedHashMap<>();
    for (UploadLoad.Subject subject : subjects) {
      UploadLoad.run(subject, upload, WARM_UP, CLIENTS);
      stats.put(subject, new Stats());
    }
    for (int block = 0; block < BLOCKS; block++) {
      // Alternate the order too, so no subject always runs right after the same neighbour.
      List<UploadLoad.Subject> order = new ArrayList<>(subjects);
      if (block % 2 == 1) {
        java.util.Collections.reverse(order);
      }
      for (UploadLoad.Subject subject : order) {
        stats.get(subject).add(UploadLoad.run(subject, upload, requests / BLOCKS, CLIENTS));
      }
    }
    System.out.printf(
        "%s (%d bytes), load average %s%n",
        upload.fileName(), upload.bytes().length, LoadAverage.now());
    Stats baseline = stats.get(subjects.get(0));
    for (Map.Entry<UploadLoad.Subject, Stats> entry : stats.entrySet()) {
      Stats s = entry.getValue();
      System.out.printf(
          "  %-24s p50 %7.1f ms  p99 %7.1f ms  %6.2f req/s  p50 ratio %.2fx"
              + "  p99 ratio %.2fx  throughput ratio %.2fx%n",
          entry.getKey().name(),
          s.percentileMs(50),
          s.percentileMs(99),
          s.throughput(),
          s.percentileMs(50) / baseline.percentileMs(50),
          s.percentileMs(99) / baseline.percentileMs(99),
          s.throughput() / baseline.throughput());
    }
    System.out.println("  (required p50 ratio <= 1.5x, goal <= 1.2x)");
  }

  private static EmbeddedServer copydesk(Path dataDir, String parseMode) {
    CopydeskConfig defaults = CopydeskConfig.defaults();
    Parse parse = defaults.parse();
    return EmbeddedServer.start(
        defaults
            .withDataDir(dataDir.toString())
            .withServer(new Server("127.0.0.1", 0, "/copydesk", TOKEN, false))
            .withParse(new Parse(parseMode, parse.forkedWorkers(), parse.forkedHeapMb())));
  }

  private static UploadLoad.Subject subject(String name, EmbeddedServer server) {
    return new UploadLoad.Subject(
        name, server.uri().resolve("api/v1/uploads?dryRun=true"), TOKEN, 201);
  }

  private static UploadLoad.Upload upload(String name, String mediaType) throws Exception {
    return new UploadLoad.Upload(name, mediaType, Files.readAllBytes(Path.of("seeds", name)));
  }

  /** All latencies of one subject for one file, and the summed wall time of its blocks. */
  private static final class Stats {
    private final List<Long> latencies = new ArrayList<>();
    private long wallNanos;

    void add(UploadLoad.Block block) {
      latencies.addAll(block.latencies());
      wallNanos += block.wallNanos();
    }

    double percentileMs(int percentile) {
      List<Long> sorted = latencies.stream().sorted().toList();
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, index)) / 1e6;
    }

    double throughput() {
      return latencies.size() / (wallNanos / 1e9);
    }
  }
}
