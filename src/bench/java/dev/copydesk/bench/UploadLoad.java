package dev.copydesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of raw-body uploads of one file from a few concurrent clients (each client sends
 * its share one after the other). Collects every latency; any unexpected status fails the run.
 */
final class UploadLoad {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One server under test: where to send and what a success looks like. */
  record Subject(String name, URI uri, String token, int okStatus) {}

  /** One file to send. */
  record Upload(String fileName, String mediaType, byte[] bytes) {}

  /** Latencies in nanoseconds and the wall time of the whole block. */
  record Block(List<Long> latencies, long wallNanos) {}

  private UploadLoad() {}

  static Block run(Subject subject, Upload upload, int requests, int clients) throws Exception {
    HttpRequest request = request(subject, upload);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int share = requests / clients + (client < requests % clients ? 1 : 0);
        done.add(pool.submit(() -> send(subject, request, share, latencies)));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Block(List.copyOf(latencies), System.nanoTime() - start);
  }

  private static Void send(Subject subject, HttpRequest request, int count, List<Long> latencies)
      throws Exception {
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      latencies.add(System.nanoTime() - start);
      if (response.statusCode() != subject.okStatus()) {
        throw new IllegalStateException(
            subject.name() + " answered " + response.statusCode() + ": " + response.body());
      }
    }
    return null;
  }

  private static HttpRequest request(Subject subject, Upload upload) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(subject.uri())
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", upload.mediaType())
            .header("Content-Disposition", "attachment; filename=\"" + upload.fileName() + "\"")
            .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes()));
    if (subject.token() != null) {
      builder.header("Authorization", "Bearer " + subject.token());
    }
    return builder.build();
  }
}
