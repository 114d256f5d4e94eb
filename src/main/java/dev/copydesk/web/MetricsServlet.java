package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code GET /metrics}: Prometheus text format (the guard filter requires the token). */
final class MetricsServlet extends Endpoint {

  private final transient WebMetrics metrics;

  MetricsServlet(WebMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/plain; version=0.0.4; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
