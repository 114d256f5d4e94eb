package dev.copydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The imports API of a running server, for {@code copydesk jobs}: GET requests with the bearer
 * token, JSON back, and every failure turned into one sentence that says what to do.
 */
final class JobsClient {

  /** A failure the user can act on; the message is printed as is. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  JobsClient(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  JsonNode get(String path) throws Failure, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new Failure("No copydesk server at " + base + "; start one with: copydesk serve");
    } catch (IOException e) {
      throw new Failure("Could not reach " + base + ": " + e.getMessage());
    }
    return body(response);
  }

  private static JsonNode body(HttpResponse<String> response) throws Failure {
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw new Failure("The server refused the token (HTTP " + status + "); set COPYDESK_TOKEN");
    }
    if (status == 404) {
      throw new Failure("No such import job");
    }
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new Failure("The server answered HTTP " + status + " without JSON");
    }
    if (status >= 400) {
      throw new Failure(
          "HTTP " + status + ": " + json.path("detail").asText(json.path("title").asText()));
    }
    return json;
  }
}
