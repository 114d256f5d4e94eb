package dev.copydesk.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny import API for tests: stores the entry JSON by id (an upsert, like a real CMS), records
 * every PUT with its arrival time, and takes {@code latency} to answer after storing, so a killed
 * client can lose the reply of an applied request.
 */
final class RecordingCms implements AutoCloseable {

  /** One PUT as received. */
  record Put(String id, long nanoTime) {}

  private final HttpServer server;
  private final Duration latency;
  private final Map<String, String> items = new ConcurrentHashMap<>();
  private final List<Put> puts = new CopyOnWriteArrayList<>();

  RecordingCms(Duration latency) throws IOException {
    this.latency = latency;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/entries/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(8));
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
    items.put(id, body);
    puts.add(new Put(id, System.nanoTime()));
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  @Override
  public void close() {
    server.stop(0);
  }
}
