package dev.copydesk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Delivery;
import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The generic JSON import API ({@code docs/openapi-import.yaml}): {@code PUT {url}/entries/{id}}
 * with the entry JSON and {@code Idempotency-Key: <entry id>}. The CMS upserts by id, so a retry
 * after a lost reply never makes a second item.
 */
public final class HttpTarget implements Target {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final String token;
  private final Duration readTimeout;
  private final HttpClient client;

  public HttpTarget(URI base, String token, Duration connectTimeout, Duration readTimeout) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.token = token;
    this.readTimeout = readTimeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
  }

  static HttpTarget create(Delivery.Http config) {
    if (config == null || config.url() == null || config.url().isBlank()) {
      throw new ConfigException(
          "delivery.http.url is not set; set it (or COPYDESK_HTTP_URL) to the import API base URL");
    }
    return new HttpTarget(URI.create(config.url()), config.token(), CONNECT_TIMEOUT, READ_TIMEOUT);
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public TargetReply deliver(StoredEntry entry, LastDelivery last) {
    URI uri = base.resolve("entries/" + URLEncoder.encode(entry.id(), StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(readTimeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Idempotency-Key", entry.id())
            .PUT(HttpRequest.BodyPublishers.ofString(entry.json()));
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    if (last.overwrite()) {
      request.header("Copydesk-Overwrite", "true");
    }
    try {
      HttpResponse<String> reply =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return toReply(entry, uri, reply);
    } catch (IOException e) {
      return HttpReplies.unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TargetReply.Retryable.of("delivery interrupted by shutdown");
    }
  }

  private static TargetReply toReply(StoredEntry entry, URI uri, HttpResponse<String> reply) {
    int status = reply.statusCode();
    if (status >= 200 && status < 300) {
      JsonNode body = parse(reply.body());
      String cmsId = body.path("id").asText(entry.id());
      String url = body.path("url").asText(uri.toString());
      return new TargetReply.Delivered(cmsId, url);
    }
    if (HttpReplies.disposition(status) == HttpReplies.Disposition.CONFLICT) {
      JsonNode body = parse(reply.body());
      return new TargetReply.Conflict(
          body.path("id").asText(entry.id()),
          body.path("detail").asText("the CMS item was changed after the last delivery"));
    }
    return HttpReplies.failure(status, reply.body(), reply.headers());
  }

  private static JsonNode parse(String body) {
    try {
      return EntryJson.mapper().readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      return EntryJson.mapper().createObjectNode();
    }
  }
}
