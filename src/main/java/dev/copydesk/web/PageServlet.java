package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The upload page and its three static files, read from the jar (no CDN, no template engine). The
 * page holds no secret; it signs in through {@code api/v1/session}. A strict Content Security
 * Policy allows only this origin's scripts and styles.
 */
final class PageServlet extends Endpoint {

  private static final String ROOT = "/dev/copydesk/web/static/";
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8");
  private static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    if (path == null && !request.getRequestURI().endsWith("/")) {
      // Relative links in the page (app.js, api/v1/...) resolve against {base}/, not {base}.
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    String name = path == null || path.equals("/") ? "index.html" : path.substring(1);
    String type = FILES.get(name);
    if (type == null) {
      Problem.of(ErrorCode.NOT_FOUND, "No such page file").send(request, response);
      return;
    }
    byte[] body;
    try (InputStream in = PageServlet.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        Problem.of(ErrorCode.NOT_FOUND, "No such page file").send(request, response);
        return;
      }
      body = in.readAllBytes();
    }
    response.setContentType(type);
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
