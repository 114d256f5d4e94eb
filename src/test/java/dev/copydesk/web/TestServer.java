package dev.copydesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.config.Server;
import dev.copydesk.jobs.Ingestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real embedded server on port 0 with a test token, and a java.net.http client for it. */
final class TestServer implements AutoCloseable {

  static final String TOKEN = "test-token-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();

  final EmbeddedServer server;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestServer(EmbeddedServer server) {
    this.server = server;
  }

  static TestServer start(Ingestion ingestion, Limits limits, Path dataDir) {
    return start(ingestion, config(limits, dataDir));
  }

  static TestServer start(Ingestion ingestion, CopydeskConfig config) {
    return new TestServer(EmbeddedServer.start(config, ingestion, null));
  }

  /** Wraps a server started some other way (for example with the full standard wiring). */
  static TestServer wrap(EmbeddedServer server) {
    return new TestServer(server);
  }

  static CopydeskConfig config(Limits limits, Path dataDir) {
    Server server = new Server("127.0.0.1", 0, "/copydesk", TOKEN, false);
    CopydeskConfig d = CopydeskConfig.defaults();
    return new CopydeskConfig(
        dataDir.toString(), limits, server, d.delivery(), d.dedupe(), d.parse());
  }

  static Limits limits(long maxFileBytes, int maxParts, int maxConcurrentParses) {
    return LimitsBuilder.defaults()
        .maxFileBytes(maxFileBytes)
        .maxParts(maxParts)
        .maxConcurrentParses(maxConcurrentParses)
        .build();
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  HttpRequest.Builder authorized(String path) {
    return request(path).header("Authorization", "Bearer " + TOKEN);
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> upload(TestMultipart form, byte[] body) {
    return send(
        authorized("api/v1/uploads")
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
