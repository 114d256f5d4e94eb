package dev.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copydesk's side of the bulk benchmark: {@code ./copydesk serve} in its own JVM (token auth, port
 * 0, a fresh data dir, the {@link BulkVariant}'s parse mode and target), the zips posted to {@code
 * api/v1/imports} one after another as a producer's export script would, then every job polled once
 * a second until it has ended (or the time cap passed). The clock runs from the first byte posted
 * to the last job's end; delivery is waited for afterwards (bounded) and reported separately.
 */
final class CopydeskBulk {

  private static final String TOKEN = "bench-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Duration DELIVERY_WAIT = Duration.ofMinutes(3);

  private final URI imports;
  private final boolean dryRun;

  private CopydeskBulk(URI base, boolean dryRun) {
    this.imports = base.resolve("api/v1/imports");
    this.dryRun = dryRun;
  }

  static BulkRun run(
      BulkVariant variant,
      List<Path> warmUpZips,
      int warmUpFiles,
      List<Path> zips,
      int files,
      String heap,
      Path logs,
      Duration cap)
      throws Exception {
    // BENCH_BULK_DATA_PARENT=/dev/shm puts the data dir in memory: what the fsyncs cost
    String parent = System.getenv("BENCH_BULK_DATA_PARENT");
    Path data =
        parent == null || parent.isBlank()
            ? Files.createTempDirectory("copydesk-bulk")
            : Files.createTempDirectory(Path.of(parent), "copydesk-bulk");
    try (EntrySink sink = EntrySink.start()) {
      Map<String, String> env = new LinkedHashMap<>(Map.of("COPYDESK_TOKEN", TOKEN));
      if (variant.parseMode() != null) {
        env.put("COPYDESK_PARSE_MODE", variant.parseMode());
      }
      if (variant.delivery().equals("sink")) {
        env.putAll(Map.of("COPYDESK_TARGET", "http", "COPYDESK_HTTP_URL", sink.uri().toString()));
      }
      // BENCH_BULK_SERVER_OPTS, e.g. -XX:StartFlightRecording=filename=server.jfr to profile
      env.putAll(ServerProcess.javaOptions(heap, "BENCH_BULK_SERVER_OPTS"));
      // BENCH_BULK_JOB_WORKERS sets jobs.workers and BENCH_BULK_FORKED_WORKERS parse.forkedWorkers
      // (default 2 each), which have no environment variables
      Path config = data.resolve("copydesk.json");
      Files.writeString(
          config,
          "{\"jobs\": {\"workers\": %d}, \"parse\": {\"forkedWorkers\": %d}}"
              .formatted(
                  Integer.parseInt(env("BENCH_BULK_JOB_WORKERS", "2")),
                  Integer.parseInt(env("BENCH_BULK_FORKED_WORKERS", "2"))));
      List<String> command = ServerProcess.copydeskServe(data, "--config", config.toString());
      try (ServerProcess server =
              ServerProcess.start(command, env, logs.resolve(variant.fileName() + ".log"));
          HeapSampler heapSampler = HeapSampler.start(server.pid())) {
        CopydeskBulk bulk = new CopydeskBulk(server.uri(), variant.delivery().equals("dry"));
        bulk.warmUp(warmUpZips, warmUpFiles, heapSampler, cap);
        return bulk.measure(variant, zips, files, server, heapSampler, logs, cap);
      }
    } finally {
      TempTrees.delete(data);
    }
  }

  /** The warm-up files as jobs of their own, waited for (and their delivery), untimed. */
  private void warmUp(List<Path> zips, int files, HeapSampler heap, Duration cap) throws Exception {
    if (zips.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    List<String> jobs = new ArrayList<>();
    for (Path zip : zips) {
      jobs.add(submit(zip));
    }
    awaitEnd(jobs, files, start, heap, cap);
    String delivered = dryRun ? "" : ", " + awaitDelivery(jobs, start);
    System.out.printf(
        Locale.ROOT,
        "    warm-up done in %.1f s%s%n",
        (System.nanoTime() - start) / 1e9,
        delivered);
  }

  private BulkRun measure(
      BulkVariant variant,
      List<Path> zips,
      int files,
      ServerProcess server,
      HeapSampler heap,
      Path logs,
      Duration cap)
      throws Exception {
    double cpuBefore = heap.cpuSeconds();
    long start = System.nanoTime();
    List<String> jobs = new ArrayList<>();
    for (Path zip : zips) {
      jobs.add(submit(zip));
    }
    System.out.printf(
        Locale.ROOT,
        "    %d zips accepted (202) after %.1f s%n",
        zips.size(),
        (System.nanoTime() - start) / 1e9);
    Map<String, JsonNode> ended = awaitEnd(jobs, files, start, heap, cap);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = heap.cpuSeconds() - cpuBefore;
    int processed = ended.values().stream().mapToInt(s -> s.path("processed").asInt()).sum();
    String note =
        processed < files
            ? String.format(
                Locale.ROOT,
                "STOPPED at the %d s cap: %d of %d files processed",
                cap.toSeconds(),
                processed,
                files)
            : dryRun ? "" : awaitDelivery(jobs, start);
    heap.writeCsv(logs.resolve(variant.fileName() + "-heap.csv"));
    Tally tally = tally(jobs);
    int failed = ended.values().stream().mapToInt(s -> s.path("failed").asInt()).sum();
    return new BulkRun(
        variant.subject(),
        processed,
        seconds,
        failed,
        tally.codes(),
        tally.flags(),
        heap.summary(),
        cpu,
        !server.alive() || server.sawOutOfMemory(),
        note);
  }

  private String submit(Path zip) throws Exception {
    URI uri = dryRun ? URI.create(imports + "?dryRun=true") : imports;
    HttpRequest request =
        authorised(HttpRequest.newBuilder(uri))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/zip")
            .header("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"")
            .POST(HttpRequest.BodyPublishers.ofFile(zip))
            .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(zip + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body()).path("id").asText();
  }

  /**
   * Polls every job once a second until all have ended or the cap has passed; prints progress every
   * 30 s. Returns the last status of every job.
   */
  private Map<String, JsonNode> awaitEnd(
      List<String> jobs, int files, long start, HeapSampler heap, Duration cap) throws Exception {
    Map<String, JsonNode> last = new LinkedHashMap<>();
    Set<String> ended = new HashSet<>();
    long nextReport = start;
    long deadline = start + cap.toNanos();
    while (ended.size() < jobs.size() && System.nanoTime() < deadline) {
      int processed = 0;
      for (String job : jobs) {
        JsonNode status = ended.contains(job) ? last.get(job) : get(job);
        last.put(job, status);
        if (!List.of("queued", "running").contains(status.path("state").asText())) {
          ended.add(job);
        }
        processed += status.path("processed").asInt();
      }
      if (System.nanoTime() >= nextReport || ended.size() == jobs.size()) {
        List<HeapSampler.Sample> samples = heap.samples();
        double used = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).usedMb();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "    %6.0f s  %5d/%d files  %6.2f files/s  heap %4.0f MB" + "  load %s%n",
            seconds,
            processed,
            files,
            processed / seconds,
            used,
            LoadAverage.now());
        nextReport = System.nanoTime() + 30_000_000_000L;
      }
      Thread.sleep(1000);
    }
    return last;
  }

  /** Waits (bounded) until the file target confirmed every accepted entry. */
  private String awaitDelivery(List<String> jobs, long start) throws Exception {
    long deadline = System.nanoTime() + DELIVERY_WAIT.toNanos();
    int accepted = 0;
    int delivered = 0;
    while (System.nanoTime() < deadline) {
      accepted = 0;
      delivered = 0;
      for (String job : jobs) {
        JsonNode status = get(job);
        accepted += status.path("accepted").asInt();
        delivered += status.path("delivered").asInt();
      }
      if (delivered >= accepted) {
        break;
      }
      Thread.sleep(1000);
    }
    return String.format(
        Locale.ROOT,
        "delivered to the target: %d of %d accepted, %.1f s" + " after the first byte",
        delivered,
        accepted,
        (System.nanoTime() - start) / 1e9);
  }

  private record Tally(Map<String, Integer> codes, Map<String, Integer> flags) {}

  /** Failure codes and flag codes over every job's report. */
  private Tally tally(List<String> jobs) throws Exception {
    Map<String, Integer> codes = new TreeMap<>();
    Map<String, Integer> flags = new TreeMap<>();
    for (String job : jobs) {
      for (JsonNode file : get(job + "/report").path("files")) {
        if (file.hasNonNull("code")) {
          codes.merge(file.path("code").asText(), 1, Integer::sum);
        }
        file.path("flags").forEach(flag -> flags.merge(flag.asText(), 1, Integer::sum));
      }
    }
    return new Tally(codes, flags);
  }

  private JsonNode get(String path) throws Exception {
    HttpRequest request =
        authorised(HttpRequest.newBuilder(URI.create(imports + "/" + path)))
            .timeout(Duration.ofMinutes(1))
            .GET()
            .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder builder) {
    return builder.header("Authorization", "Bearer " + TOKEN);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
