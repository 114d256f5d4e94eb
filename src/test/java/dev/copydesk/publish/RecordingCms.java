package dev.copydesk.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny import API for tests: stores the entry JSON by id (an upsert, like a real CMS), records
 * every PUT with its arrival time, and takes {@code latency} to answer after storing, so a killed
 * client can lose the reply of an applied request. It also counts requests in progress: the most at
 * once, and any id sent again while its previous PUT was still being answered.
 */
final class RecordingCms implements AutoCloseable {

  /** One PUT as received ({@code nanoTime}) and answered ({@code doneNanoTime}). */
  record Put(String id, long nanoTime, long doneNanoTime) {}

  private final HttpServer server;
  private final Duration latency;
  private final Map<String, String> items = new ConcurrentHashMap<>();
  private final List<Put> puts = new CopyOnWriteArrayList<>();
  private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();
  private final AtomicInteger overlaps = new AtomicInteger();

  RecordingCms(Duration latency) throws IOException {
    this.latency = latency;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/entries/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/entries/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!exchange.getRequestMethod().equals("PUT") || !id.equals(EntryJson.idOf(body))) {
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    long arrived = System.nanoTime();
    most.accumulateAndGet(current.incrementAndGet(), Math::max);
    if (!inProgress.add(id)) {
      overlaps.incrementAndGet();
    }
    items.put(id, body);
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    inProgress.remove(id);
    current.decrementAndGet();
    puts.add(new Put(id, arrived, System.nanoTime()));
    byte[] reply = ("{\"id\":\"cms-" + id + "\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, reply.length);
    exchange.getResponseBody().write(reply);
    exchange.close();
  }

  /** The CMS's items by entry id: a second PUT of an id replaces, never adds. */
  Map<String, String> items() {
    return Map.copyOf(items);
  }

  List<Put> puts() {
    return List.copyOf(puts);
  }

  /** The most PUTs that were being answered at the same time. */
  int mostAtOnce() {
    return most.get();
  }

  /** PUTs that arrived while a PUT of the same id was still being answered. */
  int sameIdOverlaps() {
    return overlaps.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
