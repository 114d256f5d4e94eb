package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Everything under the base path that no endpoint claims: a 404 problem, not a host error page. */
final class NotFoundServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problem.of(ErrorCode.NOT_FOUND, "Nothing is served at this path; see docs/api.md")
        .send(request, response);
  }
}
