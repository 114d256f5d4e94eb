package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;

/**
 * A servlet as a table of method handlers. Anything else gets a 405 problem (the container's own
 * 405 page would be HTML and differ between hosts).
 */
abstract class Endpoint extends HttpServlet {

  /** One method's handler. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
  }

  /** The handlers by HTTP method. */
  abstract Map<String, Handler> methods();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Handler handler = methods().get(request.getMethod());
    if (handler == null) {
      response.setHeader("Allow", String.join(", ", new TreeSet<>(methods().keySet())));
      Problem.of(
              ErrorCode.METHOD_NOT_ALLOWED,
              request.getMethod() + " is not allowed here; use " + methods().keySet())
          .send(request, response);
      return;
    }
    handler.handle(request, response);
  }
}
