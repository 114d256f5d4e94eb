package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code api/v1/session}: how the upload page gets going. {@code POST} with the bearer token starts
 * a page session (an HttpOnly cookie) so the token need not stay in the page; {@code GET} tells the
 * page who it is and the CSRF token to send with uploads (for cookie-based callers, including host
 * sessions from a plugged-in {@link Authenticator}).
 */
final class SessionServlet extends Endpoint {

  private final transient PageSessions sessions;
  private final String cookiePath;

  SessionServlet(PageSessions sessions, String cookiePath) {
    this.sessions = sessions;
    this.cookiePath = cookiePath;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get, "POST", this::post);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    AuthResult.Granted caller = (AuthResult.Granted) request.getAttribute(GuardFilter.CALLER);
    String csrf = caller.ambient() ? sessions.csrfToken(caller.csrfBinding()) : null;
    JsonBody.send(response, 200, reply(caller.subject(), csrf));
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String sessionId = sessions.start(request, response, request.getContextPath() + cookiePath);
    JsonBody.send(response, 201, reply("page-session", sessions.csrfToken(sessionId)));
  }

  private static Map<String, Object> reply(String subject, String csrfToken) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("csrfToken", csrfToken);
    return body;
  }
}
