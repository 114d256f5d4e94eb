package dev.copydesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.jobs.Deliveries;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery control over {@link Deliveries}: {@code GET api/v1/entries/{id}/delivery}, {@code GET
 * api/v1/deadletters}, {@code POST api/v1/deadletters/retry} (all), {@code POST
 * api/v1/deadletters/{id}/retry}, {@code GET api/v1/conflicts} and {@code POST
 * api/v1/conflicts/{id}/resolve} with {@code {"resolution": "overwrite"|"skip"}}.
 */
final class DeliveriesServlet extends Endpoint {

  private static final Pattern ENTRY_DELIVERY =
      Pattern.compile("/api/v1/entries/([0-9a-f]{1,64})/delivery/?");
  private static final Pattern DEAD_LETTERS = Pattern.compile("/api/v1/deadletters/?");
  private static final Pattern RETRY_ALL = Pattern.compile("/api/v1/deadletters/retry/?");
  private static final Pattern RETRY_ONE =
      Pattern.compile("/api/v1/deadletters/([0-9a-f]{1,64})/retry/?");
  private static final Pattern CONFLICTS = Pattern.compile("/api/v1/conflicts/?");
  private static final Pattern RESOLVE =
      Pattern.compile("/api/v1/conflicts/([0-9a-f]{1,64})/resolve/?");

  /** A resolution body is one small JSON object. */
  private static final int MAX_BODY_BYTES = 4096;

  private final transient Supplier<Deliveries> control;
  private final String base;

  /**
   * @param control asked per request: nothing touches delivery until a caller does
   */
  DeliveriesServlet(Supplier<Deliveries> control, String base) {
    this.control = control;
    this.base = base;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get, "POST", this::post);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Deliveries deliveries = control.get();
    String path = route(request);
    Matcher entry = ENTRY_DELIVERY.matcher(path);
    if (entry.matches()) {
      sendState(
          request,
          response,
          deliveries.status(entry.group(1)),
          "No delivery is known for this entry");
    } else if (DEAD_LETTERS.matcher(path).matches()) {
      JsonBody.send(response, 200, Map.of("deadLetters", deliveries.deadLetters()));
    } else if (CONFLICTS.matcher(path).matches()) {
      JsonBody.send(response, 200, Map.of("conflicts", deliveries.conflicts()));
    } else {
      notFound(request, response, "No such resource; see docs/api.md");
    }
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Deliveries deliveries = control.get();
    String path = route(request);
    Matcher one = RETRY_ONE.matcher(path);
    Matcher resolve = RESOLVE.matcher(path);
    if (RETRY_ALL.matcher(path).matches()) {
      JsonBody.send(response, 200, Map.of("requeued", deliveries.retryAll()));
    } else if (one.matches()) {
      sendState(
          request, response, deliveries.retry(one.group(1)), "This entry is not a dead letter");
    } else if (resolve.matches()) {
      Optional<Deliveries.Resolution> resolution = resolution(request);
      if (resolution.isEmpty()) {
        Problem.of(
                ErrorCode.BAD_REQUEST,
                "Send {\"resolution\": \"overwrite\"} or {\"resolution\": \"skip\"}")
            .send(request, response);
        return;
      }
      sendState(
          request,
          response,
          deliveries.resolve(resolve.group(1), resolution.get()),
          "This entry is not in conflict");
    } else {
      notFound(request, response, "No such resource; see docs/api.md");
    }
  }

  /** The path below the base path, e.g. {@code /api/v1/deadletters/abc/retry}. */
  private String route(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.startsWith(base) ? path.substring(base.length()) : path;
  }

  private static Optional<Deliveries.Resolution> resolution(HttpServletRequest request) {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        return Optional.empty();
      }
      JsonNode json = JsonBody.MAPPER.readTree(body);
      String value = json == null ? "" : json.path("resolution").asText("");
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "overwrite" -> Optional.of(Deliveries.Resolution.OVERWRITE);
        case "skip" -> Optional.of(Deliveries.Resolution.SKIP);
        default -> Optional.empty();
      };
    } catch (IOException e) {
      return Optional.empty(); // not JSON
    }
  }

  private static void sendState(
      HttpServletRequest request,
      HttpServletResponse response,
      Optional<DeliveryStatus> state,
      String missing)
      throws IOException {
    if (state.isPresent()) {
      JsonBody.send(response, 200, state.get());
    } else {
      notFound(request, response, missing);
    }
  }

  private static void notFound(
      HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    Problem.of(ErrorCode.NOT_FOUND, detail).send(request, response);
  }
}
