package dev.copydesk.bench;

import dev.copydesk.config.Parse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 4's benchmark: uploads of a seed docx and pdf to copydesk's real server ({@code copydesk
 * serve}: token, port 0, temporary data dir, {@code ?dryRun=true}) in both parse modes, and to
 * {@link BareTikaServer}, from 2 concurrent clients ({@code hey}, another process). Each server
 * runs in a JVM of its own with the same heap, as it would in production, so that no subject's JIT
 * profile is warmed by another's traffic (in one shared JVM the baseline's Tika code was compiled
 * from the in-process subject's parses too, while the forked children only ever see their own).
 * Subjects are measured in alternating blocks so that the machine's load hits them alike; prints
 * p50, p99, throughput, the server's CPU per request (its JVM and parser children, from /proc: with
 * 2 clients on 2 cores the latency is mostly CPU) and the ratios. Server logs: {@code
 * target/bench/http/}.
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

  /** Every server's heap (copydesk's forked children have their own, as configured). */
  private static final String HEAP = "-Xmx1g";

  private static final Path LOGS = Path.of("target/bench/http");

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
    List<String> bareCommand =
        List.of(
            "java",
            HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            BareTikaServer.class.getName());
    try (ServerProcess bare =
            ServerProcess.start(bareCommand, Map.of(), LOGS.resolve("plain.log"));
        ServerProcess inProcess = copydesk(data, Parse.IN_PROCESS);
        ServerProcess forked = copydesk(data, Parse.FORKED)) {
      Map<UploadLoad.Subject, ServerProcess> subjects = new LinkedHashMap<>();
      subjects.put(new UploadLoad.Subject("plain Tika + bare Jetty", bare.uri(), null, 200), bare);
      subjects.put(subject("copydesk in-process", inProcess), inProcess);
      subjects.put(subject("copydesk forked", forked), forked);
      System.out.printf(
          "http: %d clients, %d requests per subject and file after %d warm-up, "
              + "one JVM per server (%s), load average %s%n",
          CLIENTS, requests, WARM_UP, HEAP, LoadAverage.now());
      for (UploadLoad.Upload upload : uploads) {
        measure(upload, subjects, requests);
      }
      System.out.printf("http: done, load average %s%n", LoadAverage.now());
    } finally {
      TempTrees.delete(data);
    }
  }

  private static void measure(
      UploadLoad.Upload upload, Map<UploadLoad.Subject, ServerProcess> subjects, int requests)
      throws Exception {
    Map<UploadLoad.Subject, Stats> stats = new LinkedHashMap<>();
    for (UploadLoad.Subject subject : subjects.keySet()) {
      UploadLoad.run(subject, upload, WARM_UP, CLIENTS);
      stats.put(subject, new Stats());
    }
    for (int block = 0; block < BLOCKS; block++) {
      // Alternate the order too, so no subject always runs right after the same neighbour.
      List<UploadLoad.Subject> order = new ArrayList<>(subjects.keySet());
      if (block % 2 == 1) {
        java.util.Collections.reverse(order);
      }
      for (UploadLoad.Subject subject : order) {
        ServerProcess server = subjects.get(subject);
        double cpuBefore = server.cpuSeconds();
        UploadLoad.Block run = UploadLoad.run(subject, upload, requests / BLOCKS, CLIENTS);
        stats.get(subject).add(run, server.cpuSeconds() - cpuBefore);
      }
    }
    System.out.printf(
        "%s (%d bytes), load average %s%n",
        upload.fileName(), upload.bytes().length, LoadAverage.now());
    Stats baseline = stats.values().iterator().next();
    for (Map.Entry<UploadLoad.Subject, Stats> entry : stats.entrySet()) {
      Stats s = entry.getValue();
      System.out.printf(
          "  %-24s p50 %7.1f ms  p99 %7.1f ms  %6.2f req/s  CPU %5.2f ms/req  p50 ratio %.2fx"
              + "  p99 ratio %.2fx  throughput ratio %.2fx  CPU ratio %.2fx%n",
          entry.getKey().name(),
          s.percentileMs(50),
          s.percentileMs(99),
          s.throughput(),
          s.cpuMsPerRequest(),
          s.percentileMs(50) / baseline.percentileMs(50),
          s.percentileMs(99) / baseline.percentileMs(99),
          s.throughput() / baseline.throughput(),
          s.cpuMsPerRequest() / baseline.cpuMsPerRequest());
    }
    System.out.println("  (required p50 ratio <= 1.5x, goal <= 1.2x)");
  }

  /** {@code ./copydesk serve}, as a user starts it, in the given parse mode. */
  private static ServerProcess copydesk(Path data, String parseMode) throws Exception {
    Map<String, String> env =
        new HashMap<>(Map.of("COPYDESK_TOKEN", TOKEN, "COPYDESK_PARSE_MODE", parseMode));
    env.putAll(ServerProcess.javaOptions(HEAP, "BENCH_HTTP_SERVER_OPTS"));
    return ServerProcess.start(
        ServerProcess.copydeskServe(data.resolve(parseMode)),
        env,
        LOGS.resolve("copydesk-" + parseMode + ".log"));
  }

  private static UploadLoad.Subject subject(String name, ServerProcess server) {
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
    private double cpuSeconds;

    void add(UploadLoad.Block block, double cpuSeconds) {
      latencies.addAll(block.latencies());
      wallNanos += block.wallNanos();
      this.cpuSeconds += cpuSeconds;
    }

    /** The server's CPU (its JVM and its parser children, all threads) per measured request. */
    double cpuMsPerRequest() {
      return cpuSeconds * 1000 / latencies.size();
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
