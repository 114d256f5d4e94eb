package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: readiness for load balancers and the host, open without a token and saying
 * nothing secret: {@code {"status":"up","checks":{"parser":"up",...}}}, 200 when every check is up,
 * 503 otherwise (also while the server drains for shutdown).
 */
final class HealthServlet extends Endpoint {

  private final transient Map<String, BooleanSupplier> checks;
  private final transient BooleanSupplier accepting;

  HealthServlet(Map<String, BooleanSupplier> checks, BooleanSupplier accepting) {
    this.checks = Collections.unmodifiableSortedMap(new TreeMap<>(checks));
    this.accepting = accepting;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, String> results = new LinkedHashMap<>();
    boolean up = accepting.getAsBoolean();
    for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
      boolean ok = safely(check.getValue());
      results.put(check.getKey(), ok ? "up" : "down");
      up &= ok;
    }
    JsonBody.send(
        response, up ? 200 : 503, Map.of("status", up ? "up" : "down", "checks", results));
  }

  private static boolean safely(BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
