package dev.copydesk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The WordPress REST API ({@code /wp-json/wp/v2/}) with an Application Password. Transport failures
 * come back as a {@link Reply} with status 0, so callers map every outcome in one place.
 */
final class WordPressClient {

  /** One REST reply: status 0 means no HTTP reply at all ({@code failure} says why). */
  record Reply(int status, JsonNode body, String text, HttpHeaders headers, IOException failure) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** What the relay should do with a reply that is not ok. */
    TargetReply asFailure() {
      return failure != null
          ? HttpReplies.unreachable(failure)
          : HttpReplies.failure(status, text, headers);
    }
  }

  private final URI api;
  private final URI site;
  private final String authorization;
  private final Duration readTimeout;
  private final HttpClient client;

  WordPressClient(URI site, String user, String password, Duration connect, Duration read) {
    String base = site.toString().endsWith("/") ? site.toString() : site + "/";
    this.site = URI.create(base);
    this.api = this.site.resolve("wp-json/wp/v2/");
    String pair = user + ":" + password;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.readTimeout = read;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connect)
            .build();
  }

  URI site() {
    return site;
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET outside {@code wp/v2}: {@code path} is relative to the site, e.g. {@code wp-json/x}. */
  Reply getFromSite(String path) {
    return send(authorized(site.resolve(path)).GET());
  }

  Reply post(String path, JsonNode body) {
    return send(
        request(path)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return authorized(api.resolve(path));
  }

  private HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(readTimeout)
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> reply =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          reply.statusCode(), parse(reply.body()), reply.body(), reply.headers(), null);
    } catch (IOException e) {
      return new Reply(0, EntryJson.mapper().missingNode(), "", null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(
          0, EntryJson.mapper().missingNode(), "", null, new IOException("interrupted"));
    }
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank()
          ? EntryJson.mapper().missingNode()
          : EntryJson.mapper().readTree(text);
    } catch (IOException e) {
      return EntryJson.mapper().missingNode(); // an HTML error page from PHP, say
    }
  }
}
