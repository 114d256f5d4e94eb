package dev.copydesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bulk baseline: {@link BareTikaServer} in its own JVM (same heap cap as copydesk), and two
 * clients that post the files one by one as raw bodies, each taking the next file from a shared
 * list. A 500 (Tika could not parse the file) counts as a failed file, as copydesk counts its own.
 */
final class PlainBulk {

  private static final int CLIENTS = 2;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private PlainBulk() {}

  static BulkRun run(List<Path> warmUp, List<Path> files, String heap, Path logs) throws Exception {
    List<String> command =
        List.of(
            "java",
            heap,
            "-cp",
            System.getProperty("java.class.path"),
            BareTikaServer.class.getName());
    try (ServerProcess server = ServerProcess.start(command, Map.of(), logs.resolve("plain.log"));
        HeapSampler heapSampler = HeapSampler.start(server.pid())) {
      upload(server.uri(), warmUp, new TreeMap<>());
      Map<String, Integer> failures = new TreeMap<>();
      double cpuBefore = heapSampler.cpuSeconds();
      long start = System.nanoTime();
      upload(server.uri(), files, failures);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = heapSampler.cpuSeconds() - cpuBefore;
      heapSampler.writeCsv(logs.resolve("plain-heap.csv"));
      int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
      return new BulkRun(
          "plain Tika + bare Jetty",
          files.size(),
          seconds,
          failed,
          failures,
          Map.of(),
          heapSampler.summary(),
          cpu,
          server.sawOutOfMemory(),
          "");
    }
  }

  /** Every file once, by {@link #CLIENTS} concurrent clients. */
  private static void upload(URI uri, List<Path> files, Map<String, Integer> failures)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(pool.submit(() -> send(uri, files, next, failures)));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Void send(
      URI uri, List<Path> files, AtomicInteger next, Map<String, Integer> failures)
      throws Exception {
    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
      Path file = files.get(i);
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofMinutes(2))
              .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
              .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)))
              .build();
      int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 200) {
        synchronized (failures) {
          failures.merge("HTTP " + status, 1, Integer::sum);
        }
      }
    }
    return null;
  }
}
